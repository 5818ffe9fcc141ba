package com.precog.domain.edge;

import com.precog.domain.money.Dollars;
import java.util.Objects;

/**
 * Boundaries of the recommended action (SPEC §4): an edge below {@code alert} is ignored, from
 * {@code alert} it alerts, from {@code autoExecute} it may be executed automatically. Both in
 * dollars per contract, {@code 0 < alert ≤ autoExecute ≤ 0.50}. Immutable and thread-safe.
 *
 * @param alert the smallest edge per contract that alerts, in (0, 0.50]
 * @param autoExecute the smallest edge per contract that may execute automatically, in [alert, 0.50]
 */
public record ActionThresholds(Dollars alert, Dollars autoExecute) {
    private static final Dollars MAX = Dollars.of("0.50");

    /**
     * Validates the thresholds.
     *
     * @throws IllegalArgumentException unless {@code 0 < alert ≤ autoExecute ≤ 0.50}
     * @throws NullPointerException if a threshold is null
     */
    public ActionThresholds {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(autoExecute, "autoExecute");
        if (!alert.isPositive() || alert.compareTo(MAX) > 0) throw new IllegalArgumentException("alert threshold must be within (0, 0.50], was " + alert);
        if (autoExecute.compareTo(alert) < 0 || autoExecute.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("autoExecute threshold must be within [alert, 0.50], was " + autoExecute);
        }
    }

    /** {@return the SPEC defaults: alert at $0.05, auto-execute at $0.15 per contract} */
    public static ActionThresholds defaults() {
        return new ActionThresholds(Dollars.of("0.05"), Dollars.of("0.15"));
    }

    /**
     * Parses decimal dollar thresholds such as {@code of("0.05", "0.15")}.
     *
     * @param alert the alert threshold in dollars per contract
     * @param autoExecute the auto-execute threshold in dollars per contract
     * @return the thresholds
     * @throws IllegalArgumentException if a value is malformed or the invariant fails
     */
    public static ActionThresholds of(String alert, String autoExecute) {
        return new ActionThresholds(Dollars.of(alert), Dollars.of(autoExecute));
    }

    /**
     * The action for an edge (allocation-free).
     *
     * @param edgeUnits the edge per contract in {@link Dollars} units (10<sup>-8</sup> $); {@link EdgeMath#NO_QUOTE} is ignored
     * @return {@code AUTO_EXECUTE} from {@code autoExecute}, {@code ALERT} from {@code alert}, else {@code IGNORE} (bounds inclusive)
     */
    public EdgeAction actionFor(long edgeUnits) {
        if (edgeUnits >= autoExecute.units()) return EdgeAction.AUTO_EXECUTE;
        if (edgeUnits >= alert.units()) return EdgeAction.ALERT;
        return EdgeAction.IGNORE;
    }

    /**
     * The action for an edge.
     *
     * @param edge the edge per contract
     * @return as {@link #actionFor(long)}
     */
    public EdgeAction actionFor(Dollars edge) {
        return actionFor(edge.units());
    }

    /**
     * Whether an edge is recorded (it is not ignored).
     *
     * @param edgeUnits the edge per contract in {@link Dollars} units
     * @return {@code true} when {@code edgeUnits >= alert}
     */
    public boolean isRecorded(long edgeUnits) {
        return edgeUnits >= alert.units();
    }
}
