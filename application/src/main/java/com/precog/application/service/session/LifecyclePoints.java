package com.precog.application.service.session;

/**
 * Named points of the order lifecycle the session passes through. Production passes
 * {@link #NONE}; the restart-safety tests install a hook that stops the process (or the session)
 * at one of them to prove that a crash anywhere loses and duplicates nothing.
 */
@FunctionalInterface
public interface LifecyclePoints {
    /** The order decision is journaled; nothing was sent yet. */
    String ORDER_JOURNALED = "order.journaled";
    /** The order was accepted by the venue; its state is not yet known to the session. */
    String ORDER_SENT = "order.sent";
    /** A fill arrived from the venue and is not yet recorded. */
    String FILL_RECEIVED = "fill.received";
    /** A fill is recorded as a trade; its position is not yet opened. */
    String FILL_RECORDED = "fill.recorded";
    /** A position was opened from an entry fill. */
    String POSITION_OPENED = "position.opened";
    /** A resting entry order timed out and is about to be canceled. */
    String ENTRY_TIMEOUT = "entry.timeout";
    /** Start-up reconciliation finished; trading is about to begin. */
    String RECONCILED = "startup.reconciled";

    /** Every point, in lifecycle order. */
    java.util.List<String> ALL = java.util.List.of(ORDER_JOURNALED, ORDER_SENT, FILL_RECEIVED, FILL_RECORDED, POSITION_OPENED,
            ENTRY_TIMEOUT, RECONCILED);

    /** Called when the session reaches {@code point}; may not return (a simulated crash). */
    void reached(String point);

    LifecyclePoints NONE = point -> { };
}
