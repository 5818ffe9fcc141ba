package com.precog.runner.daemon;

import com.precog.application.config.EffectiveConfig;
import com.precog.application.service.session.LifecyclePoints;
import com.precog.domain.money.Dollars;
import com.precog.domain.order.ExecutionEnvironment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code precog run --mode paper|demo|live} was started with.
 *
 * @param environment   paper, demo or live
 * @param config        the configuration of the files (YAML + defaults); the session puts the database overrides active at its start on top
 * @param home          {@code $PRECOG_HOME}
 * @param env           the process environment (Kalshi and ESPN hosts and credentials)
 * @param fairValues    optional operator fair-value file
 * @param paperBankroll starting cash of the paper account
 * @param tick          monitoring cadence (1 s; tests compress it)
 * @param points        lifecycle hook ({@link LifecyclePoints#NONE} in production)
 * @param database      an open database to use (tests); empty: the default one ({@code PRECOG_DB_URL} or embedded), opened and closed by the session
 */
public record SessionOptions(ExecutionEnvironment environment, EffectiveConfig config, Path home, Map<String, String> env,
                             Optional<Path> fairValues, Dollars paperBankroll, Duration tick, LifecyclePoints points,
                             Optional<com.precog.adapters.persistence.Database> database) {
    public SessionOptions {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(home, "home");
        env = Map.copyOf(env);
        Objects.requireNonNull(fairValues, "fairValues");
        Objects.requireNonNull(paperBankroll, "paperBankroll");
        Objects.requireNonNull(tick, "tick");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(database, "database");
    }
}
