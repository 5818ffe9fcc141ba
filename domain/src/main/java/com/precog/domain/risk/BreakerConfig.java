package com.precog.domain.risk;

import com.precog.domain.money.Dollars;
import java.time.Duration;
import java.util.Objects;

/**
 * Trip thresholds of the circuit breakers (SPEC §8 defaults). Reloading the configuration
 * changes only future trips: a tripped breaker stays tripped until resolved. Immutable.
 */
public record BreakerConfig(Dollars dailyLossLimit, Dollars rapidLossLimit, Duration rapidLossWindow,
                            int consecutiveLosses, int apiErrorLimit, Duration apiErrorWindow, Duration apiHealthyReset,
                            Duration priceStaleAfter, Duration gameStaleAfter, long edgeAnomalyMicros, int edgeAnomalyCount,
                            Duration edgeAnomalyWindow, int unusualTradeCount, Duration unusualTradeWindow) {
    public BreakerConfig {
        positive(dailyLossLimit, "dailyLossLimit");
        positive(rapidLossLimit, "rapidLossLimit");
        positive(rapidLossWindow, "rapidLossWindow");
        atLeastOne(consecutiveLosses, "consecutiveLosses");
        atLeastOne(apiErrorLimit, "apiErrorLimit");
        positive(apiErrorWindow, "apiErrorWindow");
        positive(apiHealthyReset, "apiHealthyReset");
        positive(priceStaleAfter, "priceStaleAfter");
        positive(gameStaleAfter, "gameStaleAfter");
        if (edgeAnomalyMicros <= 0 || edgeAnomalyMicros >= 1_000_000) {
            throw new IllegalArgumentException("edgeAnomalyMicros must be within (0, 1_000_000), was " + edgeAnomalyMicros);
        }
        atLeastOne(edgeAnomalyCount, "edgeAnomalyCount");
        positive(edgeAnomalyWindow, "edgeAnomalyWindow");
        atLeastOne(unusualTradeCount, "unusualTradeCount");
        positive(unusualTradeWindow, "unusualTradeWindow");
    }

    private static void positive(Dollars d, String name) {
        Objects.requireNonNull(d, name);
        if (!d.isPositive()) throw new IllegalArgumentException(name + " must be positive, was " + d);
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be positive, was " + d);
    }

    private static void atLeastOne(int n, String name) {
        if (n < 1) throw new IllegalArgumentException(name + " must be at least 1, was " + n);
    }

    /** SPEC §8: $500/day, $200 in 15 min, 5 losses, 5 API errors in 5 min (reset after 300 s healthy),
     *  prices 120 s / games 60 s, edges ≥ 0.30 three times in 10 min, > 20 trades in 5 min. */
    public static BreakerConfig defaults() {
        return new BreakerConfig(Dollars.of(500), Dollars.of(200), Duration.ofMinutes(15), 5, 5, Duration.ofMinutes(5),
                Duration.ofSeconds(300), Duration.ofSeconds(120), Duration.ofSeconds(60), 300_000, 3, Duration.ofMinutes(10),
                20, Duration.ofMinutes(5));
    }
}
