package com.precog.domain.model;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A feature a pre-game regression may use, computed from a {@link PreGameRow}. Features marked
 * {@link #usesMarket()} read the closing line (allowed in backtests and where a line is known) and are
 * unavailable for games without one.
 */
public enum PreGameFeature {
    /** Home − away Elo + home advantage (Elo points). */
    ELO_DIFF("elo_diff", false),
    /** 1 at the home team's venue, 0 at a neutral site. */
    HOME("home", false),
    /** Home rest days − away rest days (capped at 14 each). */
    REST_DIFF("rest_diff", false),
    /** 1 for a playoff game. */
    PLAYOFF("playoff", false),
    /** Closing-line expected home margin (points). */
    SPREAD_MARGIN("spread_margin", true),
    /** Log-odds of the spread-implied probability Φ(margin/13.45). */
    MARKET_LOGIT("market_logit", true);

    private final String key;
    private final boolean usesMarket;

    PreGameFeature(String key, boolean usesMarket) {
        this.key = key;
        this.usesMarket = usesMarket;
    }

    /** {@return the configuration key, e.g. {@code "elo_diff"}} */
    public String key() {
        return key;
    }

    /** {@return whether the feature reads the closing line} */
    public boolean usesMarket() {
        return usesMarket;
    }

    /**
     * The feature's value for a row.
     *
     * @param row what was known before the game
     * @return the value in the unit named on the constant, empty when unavailable (no closing line)
     */
    public OptionalDouble value(PreGameRow row) {
        return switch (this) {
            case ELO_DIFF -> OptionalDouble.of(row.eloDifference());
            case HOME -> OptionalDouble.of(row.game().neutral() ? 0 : 1);
            case REST_DIFF -> OptionalDouble.of(row.homeRestDays() - row.awayRestDays());
            case PLAYOFF -> OptionalDouble.of(row.game().playoff() ? 1 : 0);
            case SPREAD_MARGIN -> row.game().closingHomeMargin();
            case MARKET_LOGIT -> {
                if (row.marketProbability().isEmpty()) yield OptionalDouble.empty();
                double p = Math.min(Math.max(row.marketProbability().getAsDouble(), 1e-6), 1 - 1e-6);
                yield OptionalDouble.of(Math.log(p / (1 - p)));
            }
        };
    }

    /**
     * Parses a configuration key.
     *
     * @param key e.g. {@code elo_diff}, case-insensitive
     * @return the feature
     * @throws IllegalArgumentException for an unknown key
     */
    public static PreGameFeature parse(String key) {
        String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        for (PreGameFeature f : values()) {
            if (f.key.equals(k)) return f;
        }
        throw new IllegalArgumentException("feature must be one of elo_diff, home, rest_diff, playoff, spread_margin, market_logit; was " + key);
    }
}
