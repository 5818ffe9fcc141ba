package com.precog.domain.backtest;

/**
 * One input of a deterministic backtest replay, in time order. {@code market} is a dense index
 * (0..n-1) the caller assigns to each market; times are epoch milliseconds of the simulated
 * clock. Prices are micro-dollars, probabilities millionths, quantities contract hundredths.
 * Every event is an immutable record.
 */
public sealed interface BacktestEvent permits BacktestEvent.Quote, BacktestEvent.Forecast, BacktestEvent.Settlement {
    /** {@return the event's time on the simulated clock, in epoch milliseconds} */
    long timeMillis();

    /** {@return the market's dense index, {@code >= 0}} */
    int market();

    /**
     * The executable top of a market's book: YES bid and ask and the quantity at each.
     *
     * @param timeMillis the time in epoch milliseconds
     * @param market the market's dense index, {@code >= 0}
     * @param yesBidMicros the YES bid in micro-dollars (the NO ask is {@code 1 − bid})
     * @param yesAskMicros the YES ask in micro-dollars, above the bid and below 1 000 000
     * @param depthHundredths the quantity available at the ask (either side), in hundredths
     */
    record Quote(long timeMillis, int market, long yesBidMicros, long yesAskMicros, long depthHundredths) implements BacktestEvent {
        /**
         * Validates the quote.
         *
         * @throws IllegalArgumentException unless {@code market >= 0}, {@code 0 < bid < ask < 1 000 000} and {@code depth >= 0}
         */
        public Quote {
            if (market < 0) throw new IllegalArgumentException("market index must not be negative, was " + market);
            if (yesBidMicros <= 0 || yesAskMicros >= 1_000_000 || yesBidMicros >= yesAskMicros) {
                throw new IllegalArgumentException("quote needs 0 < yes bid < yes ask < 1, was " + yesBidMicros + "/" + yesAskMicros + " micros");
            }
            if (depthHundredths < 0) throw new IllegalArgumentException("depth must not be negative, was " + depthHundredths);
        }
    }

    /**
     * A model's P(YES) and confidence for a market.
     *
     * @param timeMillis the time in epoch milliseconds
     * @param market the market's dense index, {@code >= 0}
     * @param yesProbabilityMillionths P(YES) in millionths, {@code 0 .. 1_000_000}
     * @param confidenceMillionths the model's confidence in millionths, {@code 0 .. 1_000_000}
     */
    record Forecast(long timeMillis, int market, long yesProbabilityMillionths, long confidenceMillionths) implements BacktestEvent {
        /**
         * Validates the forecast.
         *
         * @throws IllegalArgumentException if the index is negative or a probability lies outside [0, 1]
         */
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

    /**
     * The market's outcome: one YES contract pays {@code yesValueMicros} and one NO contract the rest of
     * $1 — $1/$0 when YES won, $0/$1 when NO won, a value in between for a market resolved to one (a tied
     * NFL game: $0.50 a side, the Kalshi game-market rule) — or, when {@code voided}, every position gets
     * its cost back.
     *
     * @param timeMillis the time in epoch milliseconds
     * @param market the market's dense index, {@code >= 0}
     * @param yesWins whether YES won (true exactly when {@code yesValueMicros} is 1,000,000)
     * @param voided whether the market was voided (the contracts are returned at their entry price, the fee is not refunded; the value is ignored)
     * @param yesValueMicros what one YES contract pays, {@code 0 .. 1,000,000} micro-dollars
     */
    record Settlement(long timeMillis, int market, boolean yesWins, boolean voided, long yesValueMicros) implements BacktestEvent {
        /**
         * Validates the settlement.
         *
         * @throws IllegalArgumentException if the index is negative, the value lies outside [0, 1,000,000],
         *         or {@code yesWins} disagrees with a value of $1
         */
        public Settlement {
            if (market < 0) throw new IllegalArgumentException("market index must not be negative, was " + market);
            if (yesValueMicros < 0 || yesValueMicros > 1_000_000) {
                throw new IllegalArgumentException("YES value must be within [0, 1,000,000] micros, was " + yesValueMicros);
            }
            if (!voided && yesWins != (yesValueMicros == 1_000_000)) {
                throw new IllegalArgumentException("yesWins " + yesWins + " disagrees with a YES value of " + yesValueMicros + " micros");
            }
        }

        /**
         * A YES/NO outcome or a void.
         *
         * @param timeMillis the time in epoch milliseconds
         * @param market the market's dense index, {@code >= 0}
         * @param yesWins whether YES won
         * @param voided whether the market was voided (the contracts are returned at their entry price)
         */
        public Settlement(long timeMillis, int market, boolean yesWins, boolean voided) {
            this(timeMillis, market, yesWins, voided, yesWins && !voided ? 1_000_000 : 0);
        }

        /**
         * A market resolved to a value.
         *
         * @param timeMillis the time in epoch milliseconds
         * @param market the market's dense index, {@code >= 0}
         * @param yesValueMicros what one YES contract pays, {@code 0 .. 1,000,000} micro-dollars
         * @return the settlement ({@code yesWins} when the value is $1)
         */
        public static Settlement atValue(long timeMillis, int market, long yesValueMicros) {
            return new Settlement(timeMillis, market, yesValueMicros == 1_000_000, false, yesValueMicros);
        }

        /**
         * What one contract of a side pays.
         *
         * @param yes true for a YES contract
         * @return micro-dollars: the YES value, or $1 minus it for NO
         */
        public long valueMicros(boolean yes) {
            return yes ? yesValueMicros : 1_000_000 - yesValueMicros;
        }
    }
}
