package com.precog.domain.backtest;

/**
 * One input of a deterministic backtest replay, in time order. {@code market} is a dense index
 * (0..n-1) the caller assigns to each market; times are epoch milliseconds of the simulated
 * clock. Prices are micro-dollars, probabilities millionths, quantities contract hundredths.
 */
public sealed interface BacktestEvent permits BacktestEvent.Quote, BacktestEvent.Forecast, BacktestEvent.Settlement {
    long timeMillis();

    int market();

    /** The executable top of a market's book: YES bid and ask and the quantity at each. */
    record Quote(long timeMillis, int market, long yesBidMicros, long yesAskMicros, long depthHundredths) implements BacktestEvent {
        public Quote {
            if (market < 0) throw new IllegalArgumentException("market index must not be negative, was " + market);
            if (yesBidMicros <= 0 || yesAskMicros >= 1_000_000 || yesBidMicros >= yesAskMicros) {
                throw new IllegalArgumentException("quote needs 0 < yes bid < yes ask < 1, was " + yesBidMicros + "/" + yesAskMicros + " micros");
            }
            if (depthHundredths < 0) throw new IllegalArgumentException("depth must not be negative, was " + depthHundredths);
        }
    }

    /** A model's P(YES) and confidence for a market. */
    record Forecast(long timeMillis, int market, long yesProbabilityMillionths, long confidenceMillionths) implements BacktestEvent {
        public Forecast {
            if (market < 0) throw new IllegalArgumentException("market index must not be negative, was " + market);
            if (yesProbabilityMillionths < 0 || yesProbabilityMillionths > 1_000_000) {
                throw new IllegalArgumentException("probability must be within [0, 1], was " + yesProbabilityMillionths + " millionths");
            }
            if (confidenceMillionths < 0 || confidenceMillionths > 1_000_000) {
                throw new IllegalArgumentException("confidence must be within [0, 1], was " + confidenceMillionths + " millionths");
            }
        }
    }

    /** The market's outcome: YES pays $1 per contract when {@code yesWins}, else NO does. A tie/void refunds at {@code voided}. */
    record Settlement(long timeMillis, int market, boolean yesWins, boolean voided) implements BacktestEvent {
        public Settlement {
            if (market < 0) throw new IllegalArgumentException("market index must not be negative, was " + market);
        }
    }
}
