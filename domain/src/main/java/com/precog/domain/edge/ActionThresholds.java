package com.precog.domain.edge;

import com.precog.domain.money.Dollars;
import java.util.Objects;

/**
 * Boundaries of the recommended action (SPEC §4): an edge below {@code alert} is ignored, from
 * {@code alert} it alerts, from {@code autoExecute} it may be executed automatically. Both in
 * dollars per contract, {@code 0 < alert ≤ autoExecute ≤ 0.50}. Immutable.
 */
public record ActionThresholds(Dollars alert, Dollars autoExecute) {
    private static final Dollars MAX = Dollars.of("0.50");

    public ActionThresholds {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(autoExecute, "autoExecute");
        if (!alert.isPositive() || alert.compareTo(MAX) > 0) throw new IllegalArgumentException("alert threshold must be within (0, 0.50], was " + alert);
        if (autoExecute.compareTo(alert) < 0 || autoExecute.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("autoExecute threshold must be within [alert, 0.50], was " + autoExecute);
        }
    }

    /** SPEC defaults: alert 0.05, auto-execute 0.15. */
    public static ActionThresholds defaults() {
        return new ActionThresholds(Dollars.of("0.05"), Dollars.of("0.15"));
    }

    public static ActionThresholds of(String alert, String autoExecute) {
        return new ActionThresholds(Dollars.of(alert), Dollars.of(autoExecute));
    }

    /** The action for an edge in Dollars units. */
    public EdgeAction actionFor(long edgeUnits) {
        if (edgeUnits >= autoExecute.units()) return EdgeAction.AUTO_EXECUTE;
        if (edgeUnits >= alert.units()) return EdgeAction.ALERT;
        return EdgeAction.IGNORE;
    }

    public EdgeAction actionFor(Dollars edge) {
        return actionFor(edge.units());
    }

    /** True when the edge must be recorded (it is above {@code ignore}). */
    public boolean isRecorded(long edgeUnits) {
        return edgeUnits >= alert.units();
    }
}
