package com.precog.application.service.models;

import com.precog.application.port.out.models.ModelVersions;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelType;
import com.precog.domain.model.ModelVersion;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The model versions that exist out of the box (created as drafts when missing), so that
 * {@code precog model evaluate} works on a fresh installation.
 */
public final class BuiltInModels {
    private BuiltInModels() {}

    public record BuiltIn(ModelRef ref, ModelType type, Map<String, String> config, String description) {}

    public static final List<BuiltIn> ALL = List.of(
            new BuiltIn(ModelRef.parse("elo_nfl@v1.0"), ModelType.ELO, Map.of("league", "NFL"),
                    "NFL Elo with the SPEC parameters (K 20, home advantage 48 then 30 from 2020-03-12, MOV clamp [1, 2.5], playoffs x1.25, 1/4 reversion to 1505)"),
            new BuiltIn(ModelRef.parse("elo538_nfl@v1.0"), ModelType.ELO, Map.of("league", "NFL", "elo.preset", "fivethirtyeight"),
                    "NFL Elo with FiveThirtyEight's parameters (K 20, home advantage 65, no clamp, 1/3 reversion)"),
            new BuiltIn(ModelRef.parse("logreg_nfl@v1.0"), ModelType.LOGISTIC_REGRESSION,
                    Map.of("league", "NFL", "features", "elo_diff,home,rest_diff", "alpha", "0.01"),
                    "Logistic regression on Elo difference, home field and rest difference (no market input)"),
            new BuiltIn(ModelRef.parse("logreg_market_nfl@v1.0"), ModelType.LOGISTIC_REGRESSION,
                    Map.of("league", "NFL", "features", "elo_diff,market_logit", "alpha", "0.01"),
                    "Logistic regression on Elo difference and the spread-implied log-odds"),
            new BuiltIn(ModelRef.parse("ensemble_nfl@v1.0"), ModelType.ENSEMBLE,
                    Map.of("league", "NFL", "features", "elo_diff,market_logit", "alpha", "0.01"),
                    "SPEC ensemble (elo 0.40, regression 0.35; shrinkage 0.10) with the market-aware regression member"));

    /** Adds every built-in version the store lacks; returns how many were added. */
    public static int seed(ModelVersions store, Clock clock) {
        int added = 0;
        for (BuiltIn b : ALL) {
            if (store.find(b.ref()).isEmpty()) {
                store.add(ModelVersion.draft(b.ref(), b.type(), b.config(), b.description(), clock.instant()));
                added++;
            }
        }
        return added;
    }
}
