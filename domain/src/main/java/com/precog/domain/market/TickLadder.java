package com.precog.domain.market;

import com.precog.domain.money.Price;
import java.util.ArrayList;
import java.util.List;

/**
 * A market's valid order prices: Kalshi's {@code price_ranges[{start, end, step}]}. A price is
 * valid when it lies in a range and is {@code start + k·step}; ranges are contiguous, cover
 * (0, 1) and are sorted. Rounding is always toward the passive side (down for a buy, up for a
 * sell), so rounding never makes an order more aggressive. All amounts in micro-dollars.
 * Immutable and thread-safe.
 */
public final class TickLadder {
    /**
     * One price range of the ladder, in micro-dollars; {@code [start, end]} with step {@code step}.
     *
     * @param startMicros the range's first price in micro-dollars, {@code >= 0}
     * @param endMicros the range's last price in micro-dollars, {@code <= 1_000_000}, above {@code startMicros}
     * @param stepMicros the tick in micro-dollars, positive, dividing {@code end − start}
     */
    public record Range(long startMicros, long endMicros, long stepMicros) {
        /**
         * Validates the range.
         *
         * @param startMicros the range's first price in micro-dollars
         * @param endMicros the range's last price in micro-dollars
         * @param stepMicros the tick in micro-dollars
         * @throws IllegalArgumentException unless {@code 0 <= start < end <= 1 000 000} and the step
         *         is positive and divides the range
         */
        public Range {
            if (startMicros < 0 || endMicros > Price.ONE_DOLLAR_MICROS || startMicros >= endMicros) {
                throw new IllegalArgumentException("tick range must satisfy 0 <= start < end <= 1, was ["
                        + startMicros + ", " + endMicros + "] micros");
            }
            if (stepMicros <= 0 || (endMicros - startMicros) % stepMicros != 0) {
                throw new IllegalArgumentException("tick step " + stepMicros + " micros must be positive and divide the range ["
                        + startMicros + ", " + endMicros + "]");
            }
        }

        /**
         * Parses the wire strings, e.g. {@code of("0.0000", "1.0000", "0.0100")}.
         *
         * @param start the first price in dollars, at most 6 decimals
         * @param end the last price in dollars, at most 6 decimals
         * @param step the tick in dollars, at most 6 decimals
         * @return the range
         * @throws IllegalArgumentException if a value is not a decimal, has more than 6 decimals
         *         or the range is invalid
         */
        public static Range of(String start, String end, String step) {
            return new Range(micros(start, "tick range start"), micros(end, "tick range end"), micros(step, "tick step"));
        }

        private static long micros(String s, String what) {
            // reuse Price's exact parser through a valid price shift: parse as dollars with 6 dp
            java.math.BigDecimal v;
            try {
                v = new java.math.BigDecimal(s.trim());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(what + " '" + s + "' is not a decimal number");
            }
            try {
                return v.movePointRight(6).longValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(what + " '" + s + "' "
                        + (v.stripTrailingZeros().scale() > 6 ? "has more than 6 decimal places" : "is too large"));
            }
        }
    }

    private final long[] starts;
    private final long[] ends;
    private final long[] steps;

    private TickLadder(List<Range> ranges) {
        if (ranges.isEmpty()) throw new IllegalArgumentException("tick ladder needs at least one range");
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> Long.compare(a.startMicros(), b.startMicros()));
        int n = sorted.size();
        starts = new long[n];
        ends = new long[n];
        steps = new long[n];
        for (int i = 0; i < n; i++) {
            Range r = sorted.get(i);
            if (i > 0 && r.startMicros() != ends[i - 1]) {
                throw new IllegalArgumentException("tick ranges must be contiguous: a range ends at " + ends[i - 1]
                        + " micros but the next starts at " + r.startMicros());
            }
            starts[i] = r.startMicros();
            ends[i] = r.endMicros();
            steps[i] = r.stepMicros();
        }
        if (starts[0] != 0 || ends[n - 1] != Price.ONE_DOLLAR_MICROS) {
            throw new IllegalArgumentException("tick ranges must cover 0 to 1 dollar");
        }
    }

    /**
     * A ladder from Kalshi's {@code price_ranges}, in any order.
     *
     * @param ranges the ranges; together contiguous and covering 0 to 1 dollar
     * @return the ladder
     * @throws IllegalArgumentException if the list is empty, has gaps or overlaps, or does not cover [0, 1]
     */
    public static TickLadder of(List<Range> ranges) {
        return new TickLadder(List.copyOf(ranges));
    }

    /** {@return the common one-cent ladder ({@code linear_cent})} */
    public static TickLadder cent() {
        return of(List.of(new Range(0, Price.ONE_DOLLAR_MICROS, 10_000)));
    }

    /**
     * A single-step ladder over (0, 1) (e.g. 0.001 or 0.0001 everywhere).
     *
     * @param stepMicros the tick in micro-dollars, positive and dividing 1 000 000
     * @return the ladder
     * @throws IllegalArgumentException if the step is not positive or does not divide a dollar
     */
    public static TickLadder uniform(long stepMicros) {
        return of(List.of(new Range(0, Price.ONE_DOLLAR_MICROS, stepMicros)));
    }

    /** {@return Kalshi's deci-cent ladder: $0.001 below 0.10 and above 0.90, $0.01 between} */
    public static TickLadder tapered() {
        return of(List.of(new Range(0, 100_000, 1_000), new Range(100_000, 900_000, 10_000),
                new Range(900_000, Price.ONE_DOLLAR_MICROS, 1_000)));
    }

    /** {@return a fresh list of the ranges in ascending order} */
    public List<Range> ranges() {
        List<Range> out = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) out.add(new Range(starts[i], ends[i], steps[i]));
        return out;
    }

    private int rangeIndex(long micros) {
        for (int i = 0; i < starts.length; i++) {
            if (micros < ends[i]) return i;
        }
        return starts.length - 1;
    }

    /**
     * The tick size at a price.
     *
     * @param priceMicros a price in micro-dollars
     * @return the step of the range containing it in micro-dollars; range boundaries belong to the upper range
     */
    public long tickAt(long priceMicros) {
        return steps[rangeIndex(priceMicros)];
    }

    /**
     * Whether a price is a valid order price.
     *
     * @param priceMicros a price in micro-dollars
     * @return {@code true} if it is {@code start + k·step} of its range
     */
    public boolean isOnLadder(long priceMicros) {
        int i = rangeIndex(priceMicros);
        return (priceMicros - starts[i]) % steps[i] == 0;
    }

    /**
     * Rounds down to the ladder.
     *
     * @param priceMicros a price in micro-dollars
     * @return the largest ladder price ≤ {@code priceMicros} (may be 0)
     */
    public long floor(long priceMicros) {
        int i = rangeIndex(priceMicros);
        return starts[i] + Math.floorDiv(priceMicros - starts[i], steps[i]) * steps[i];
    }

    /**
     * Rounds up to the ladder.
     *
     * @param priceMicros a price in micro-dollars
     * @return the smallest ladder price ≥ {@code priceMicros} (may be 1 000 000)
     */
    public long ceil(long priceMicros) {
        int i = rangeIndex(priceMicros);
        long k = -Math.floorDiv(-(priceMicros - starts[i]), steps[i]);
        return Math.min(starts[i] + k * steps[i], ends[i]);
    }

    /**
     * Rounds an order price to the ladder toward the passive side: down for a buy, up for a sell,
     * so rounding never makes an order more aggressive.
     *
     * @param price the desired order price
     * @param action whether the order buys or sells
     * @return the rounded price; {@code price} itself when it is on the ladder
     * @throws IllegalArgumentException if the rounded price would leave (0, 1)
     */
    public Price roundPassive(Price price, OrderAction action) {
        long r = action == OrderAction.BUY ? floor(price.micros()) : ceil(price.micros());
        if (r <= 0 || r >= Price.ONE_DOLLAR_MICROS) {
            throw new IllegalArgumentException("price " + price + " rounds to " + r + " micros, outside (0, 1), for a " + action);
        }
        return Price.ofMicros(r);
    }

    /**
     * One tick up.
     *
     * @param priceMicros a price in micro-dollars
     * @return one tick above a ladder price (the next ladder price for an off-ladder one), or the
     *         price itself when no valid ladder price lies above it (never $1)
     */
    public long tickUp(long priceMicros) {
        long on = ceil(priceMicros);
        if (on != priceMicros) return on >= Price.ONE_DOLLAR_MICROS ? priceMicros : on;
        long up = priceMicros + tickAt(priceMicros);
        return up >= Price.ONE_DOLLAR_MICROS ? priceMicros : up;
    }

    /**
     * One tick down, using the step of the range just below.
     *
     * @param priceMicros a price in micro-dollars
     * @return one tick below a ladder price (the previous ladder price for an off-ladder one), or
     *         the price itself when no valid ladder price lies below it (never $0)
     */
    public long tickDown(long priceMicros) {
        long on = floor(priceMicros);
        if (on != priceMicros) return on <= 0 ? priceMicros : on;
        long down = priceMicros - tickAt(priceMicros - 1);
        return down <= 0 ? priceMicros : down;
    }

    /** {@return the lowest valid price in micro-dollars (one tick above 0)} */
    public long minPrice() {
        return steps[0];
    }

    /** {@return the highest valid price in micro-dollars (one tick below 1)} */
    public long maxPrice() {
        return Price.ONE_DOLLAR_MICROS - steps[steps.length - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TickLadder t && java.util.Arrays.equals(starts, t.starts)
                && java.util.Arrays.equals(ends, t.ends) && java.util.Arrays.equals(steps, t.steps);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(starts) * 31 + java.util.Arrays.hashCode(steps);
    }

    @Override
    public String toString() {
        return "TickLadder" + ranges();
    }
}
