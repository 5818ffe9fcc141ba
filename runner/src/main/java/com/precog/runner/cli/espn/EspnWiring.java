package com.precog.runner.cli.espn;

import com.precog.adapters.espn.EspnConfig;
import com.precog.adapters.espn.EspnGameFeed;
import com.precog.domain.game.League;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * How the CLI builds the ESPN adapter: {@link EspnConfig#fromEnvironment} over the process
 * environment, where a JVM system property of the same name ({@code -DESPN_BASE_URL=...})
 * overrides the environment variable (in-process tests use that).
 */
public final class EspnWiring {
    private EspnWiring() {}

    public static EspnGameFeed gameFeed(Clock clock) {
        Map<String, String> env = new HashMap<>(System.getenv());
        String override = System.getProperty("ESPN_BASE_URL");
        if (override != null) env.put("ESPN_BASE_URL", override);
        return new EspnGameFeed(EspnConfig.fromEnvironment(env), clock);
    }

    /** Picocli converter for {@code --league}: nfl, ncaaf, nba, nhl, mlb (any case). */
    public static final class LeagueConverter implements CommandLine.ITypeConverter<League> {
        @Override
        public League convert(String value) {
            return League.parse(value);
        }
    }

    /** Picocli converter for {@code --date YYYYMMDD}. */
    public static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("date must be YYYYMMDD, was '" + value + "'");
            }
        }
    }
}
