package com.precog.domain.exit;

import java.util.Locale;

/**
 * The ten exit conditions of SPEC §7 in table order (the tie-break order within one priority),
 * each with its priority. {@link #wireName()} is the stored name ({@code stop_loss}, ...).
 * Outside the table: {@link #MANUAL} is an operator's close request ({@code precog positions close}),
 * {@link #SETTLEMENT} the market's settlement (backtests close every position this way).
 */
public enum ExitConditionKind {
    STOP_LOSS(ExitPriority.CRITICAL),
    CIRCUIT_BREAKER(ExitPriority.CRITICAL),
    TRAILING_STOP(ExitPriority.HIGH),
    TIME_BASED_URGENT(ExitPriority.HIGH),
    LIQUIDITY_DRIED_UP(ExitPriority.HIGH),
    PROFIT_TARGET(ExitPriority.MEDIUM),
    PARTIAL_EXIT_TARGET(ExitPriority.MEDIUM),
    EARLY_EXIT(ExitPriority.LOW),
    EDGE_DISAPPEARED(ExitPriority.LOW),
    REBALANCE(ExitPriority.LOW),
    MANUAL(ExitPriority.HIGH),
    SETTLEMENT(ExitPriority.LOW);

    private final ExitPriority priority;

    ExitConditionKind(ExitPriority priority) {
        this.priority = priority;
    }

    public ExitPriority priority() {
        return priority;
    }

    /** Bit of this kind in a triggered-conditions mask. */
    public int bit() {
        return 1 << ordinal();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExitConditionKind parse(String text) {
        if (text != null) {
            for (ExitConditionKind k : values()) {
                if (k.name().equalsIgnoreCase(text.trim())) return k;
            }
        }
        throw new IllegalArgumentException("exit condition must be one of " + java.util.Arrays.toString(values()) + ", was '" + text + "'");
    }

    private static final ExitConditionKind[] VALUES = values();

    /** The kinds whose bits are set in {@code mask}, in table order. */
    public static java.util.List<ExitConditionKind> ofMask(int mask) {
        java.util.List<ExitConditionKind> out = new java.util.ArrayList<>(Integer.bitCount(mask));
        for (ExitConditionKind k : VALUES) {
            if ((mask & k.bit()) != 0) out.add(k);
        }
        return java.util.List.copyOf(out);
    }
}
