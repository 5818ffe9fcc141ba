package com.precog.domain.execution;

/** What an exit does when its walks run out (SPEC §9). */
public enum WalksExhausted {
    /** CRITICAL: keep re-sending IOC orders; raise an alert once the time budget is spent. */
    RESEND_IOC,
    /** HIGH: cross with an IOC at the worst acceptable price (then behave as CRITICAL). */
    IOC_CROSS,
    /** MEDIUM: cancel and let the next monitoring cycle re-evaluate. */
    CANCEL_AND_REEVALUATE,
    /** LOW: cancel. */
    CANCEL
}
