package com.precog.domain.edge;

import com.precog.domain.money.Probability;
import java.util.Objects;

/**
 * Confidence gates of SPEC §4: an edge signals only when the model's confidence is strictly
 * above {@code signalAbove} (default 0.70) and never when it is below {@code floor} (0.50, which
 * no configuration can lower). Between the two the edge is recorded but does not signal unless
 * a strategy lowers {@code signalAbove}. Invariant: {@code 0.50 ≤ floor ≤ signalAbove ≤ 1}.
 * Immutable and thread-safe.
 *
 * @param floor confidence below which an edge never signals, at least {@link #HARD_FLOOR}
 * @param signalAbove confidence an edge must strictly exceed to signal, at least {@code floor}
 */
public record ConfidenceGate(Probability floor, Probability signalAbove) {
    /** The hard lower bound of {@link #floor}. */
    public static final Probability HARD_FLOOR = Probability.HALF;

    /**
     * Validates the gate.
     *
     * @throws IllegalArgumentException if {@code floor < 0.50} or {@code signalAbove < floor}
     * @throws NullPointerException if a bound is null
     */
    public ConfidenceGate {
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(signalAbove, "signalAbove");
        if (floor.compareTo(HARD_FLOOR) < 0) throw new IllegalArgumentException("confidence floor must be at least 0.5, was " + floor);
        if (signalAbove.compareTo(floor) < 0) throw new IllegalArgumentException("signal confidence must be at least the floor " + floor + ", was " + signalAbove);
    }

    /** {@return the SPEC defaults: floor 0.50, signal above 0.70} */
    public static ConfidenceGate defaults() {
        return new ConfidenceGate(Probability.HALF, Probability.of("0.70"));
    }

    /**
     * A gate with the hard floor and a strategy's own signal level.
     *
     * @param signalAbove confidence an edge must strictly exceed to signal, at least 0.50
     * @return the gate
     * @throws IllegalArgumentException if {@code signalAbove < 0.50}
     */
    public static ConfidenceGate signalAbove(Probability signalAbove) {
        return new ConfidenceGate(HARD_FLOOR, signalAbove);
    }

    /**
     * Whether an edge with this confidence may signal (allocation-free).
     *
     * @param confidenceMillionths the model's confidence in millionths
     * @return {@code true} when it is at least the floor and strictly above {@code signalAbove}
     */
    public boolean signals(long confidenceMillionths) {
        return confidenceMillionths >= floor.millionths() && confidenceMillionths > signalAbove.millionths();
    }

    /**
     * Whether an edge with this confidence may signal.
     *
     * @param confidence the model's confidence
     * @return as {@link #signals(long)}
     */
    public boolean signals(Probability confidence) {
        return signals(confidence.millionths());
    }

    /**
     * Whether the confidence is below the floor: never signal, whatever the strategy says.
     *
     * @param confidenceMillionths the model's confidence in millionths
     * @return {@code true} when it is strictly below the floor
     */
    public boolean isBelowFloor(long confidenceMillionths) {
        return confidenceMillionths < floor.millionths();
    }
}
