package com.precog.domain.edge;

import com.precog.domain.money.Probability;
import java.util.Objects;

/**
 * Confidence gates of SPEC §4: an edge signals only when the model's confidence is strictly
 * above {@code signalAbove} (default 0.70) and never when it is below {@code floor} (0.50, which
 * no configuration can lower). Between the two the edge is recorded but does not signal unless
 * a strategy lowers {@code signalAbove}. Invariant: {@code 0.50 ≤ floor ≤ signalAbove ≤ 1}.
 */
public record ConfidenceGate(Probability floor, Probability signalAbove) {
    /** The hard lower bound of {@link #floor}. */
    public static final Probability HARD_FLOOR = Probability.HALF;

    public ConfidenceGate {
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(signalAbove, "signalAbove");
        if (floor.compareTo(HARD_FLOOR) < 0) throw new IllegalArgumentException("confidence floor must be at least 0.5, was " + floor);
        if (signalAbove.compareTo(floor) < 0) throw new IllegalArgumentException("signal confidence must be at least the floor " + floor + ", was " + signalAbove);
    }

    /** SPEC defaults: floor 0.50, signal above 0.70. */
    public static ConfidenceGate defaults() {
        return new ConfidenceGate(Probability.HALF, Probability.of("0.70"));
    }

    public static ConfidenceGate signalAbove(Probability signalAbove) {
        return new ConfidenceGate(HARD_FLOOR, signalAbove);
    }

    /** True when an edge with this confidence (millionths) may signal. */
    public boolean signals(long confidenceMillionths) {
        return confidenceMillionths >= floor.millionths() && confidenceMillionths > signalAbove.millionths();
    }

    public boolean signals(Probability confidence) {
        return signals(confidence.millionths());
    }

    /** True when the confidence is below the floor: never signal, whatever the strategy says. */
    public boolean isBelowFloor(long confidenceMillionths) {
        return confidenceMillionths < floor.millionths();
    }
}
