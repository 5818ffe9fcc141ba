package com.precog.domain.execution;

/** Where an exit's first sell order is priced (SPEC §9, Decision column). */
public enum FirstPrice {
    /** IOC at the worst acceptable price: {@code bid − max_slippage}, floor one tick. */
    WORST_ACCEPTABLE_IOC,
    /** Best bid of the held side plus one tick. */
    BID_PLUS_TICK,
    /** Mid of the held side's bid and ask, rounded to the ladder (up, the passive side of a sell). */
    MID,
    /** Best ask of the held side minus one tick. */
    ASK_MINUS_TICK
}
