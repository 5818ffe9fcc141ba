package com.precog.domain.exit;

import java.util.Locale;

/**
 * The ten exit conditions of SPEC §7 in table order (the tie-break order within one priority),
 * each with its priority. {@link #wireName()} is the stored name ({@code stop_loss}, ...).
 * Outside the table: {@link #MANUAL} is an operator's close request ({@code precog positions close}),
 * {@link #SETTLEMENT} the market's settlement (backtests close every position this way).
 */
public enum ExitConditionKind {
    /** 1, CRITICAL: the loss reached the confidence-dependent threshold ({@link StopLoss}). */
    STOP_LOSS(ExitPriority.CRITICAL),
    /** 2, CRITICAL: a loss-type circuit breaker requires flattening ({@link CircuitBreakerExit}). */
    CIRCUIT_BREAKER(ExitPriority.CRITICAL),
    /** 3, HIGH: the mark fell to the armed trailing stop ({@link TrailingStopExit}). */
    TRAILING_STOP(ExitPriority.HIGH),
    /** 4, HIGH: losing close to the market's close ({@link TimeBasedUrgent}). */
    TIME_BASED_URGENT(ExitPriority.HIGH),
    /** 5, HIGH: the spread widened, a side emptied or volume dried up ({@link LiquidityDriedUp}). */
    LIQUIDITY_DRIED_UP(ExitPriority.HIGH),
    /** 6, MEDIUM: the profit target is reached ({@link ProfitTarget}). */
    PROFIT_TARGET(ExitPriority.MEDIUM),
    /** 7, MEDIUM: a staged partial exit is due ({@link PartialExitTarget}). */
    PARTIAL_EXIT_TARGET(ExitPriority.MEDIUM),
    /** 8, LOW: the current edge is below the early-exit threshold ({@link EarlyExit}). */
    EARLY_EXIT(ExitPriority.LOW),
    /** 9, LOW: the current edge is negative ({@link EdgeDisappeared}). */
    EDGE_DISAPPEARED(ExitPriority.LOW),
    /** 10, LOW: a blocked candidate is clearly better ({@link Rebalance}). */
    REBALANCE(ExitPriority.LOW),
    /** Outside the table: an operator's close request. */
    MANUAL(ExitPriority.HIGH),
    /** Outside the table: the market settled. */
    SETTLEMENT(ExitPriority.LOW);

    private final ExitPriority priority;

    ExitConditionKind(ExitPriority priority) {
        this.priority = priority;
    }

    /** {@return this condition's priority} */
    public ExitPriority priority() {
        return priority;
    }

    /** {@return the bit of this kind in a triggered-conditions mask ({@code 1 << ordinal()})} */
    public int bit() {
        return 1 << ordinal();
    }

    /** {@return the lower-case stored name ({@code "stop_loss"})} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a stored name.
     *
     * @param text e.g. {@code "stop_loss"}, any case
     * @return the kind
     * @throws IllegalArgumentException for an unknown name, including null
     */
    public static ExitConditionKind parse(String text) {
        if (text != null) {
            for (ExitConditionKind k : values()) {
                if (k.name().equalsIgnoreCase(text.trim())) return k;
            }
        }
        throw new IllegalArgumentException("exit condition must be one of " + java.util.Arrays.toString(values()) + ", was '" + text + "'");
    }

    private static final ExitConditionKind[] VALUES = values();

    /**
     * Decodes a triggered-conditions mask.
     *
     * @param mask bits from {@link #bit()}
     * @return the kinds whose bits are set, in table order (immutable)
     */
    public static java.util.List<ExitConditionKind> ofMask(int mask) {
        java.util.List<ExitConditionKind> out = new java.util.ArrayList<>(Integer.bitCount(mask));
        for (ExitConditionKind k : VALUES) {
            if ((mask & k.bit()) != 0) out.add(k);
        }
        return java.util.List.copyOf(out);
    }
}
