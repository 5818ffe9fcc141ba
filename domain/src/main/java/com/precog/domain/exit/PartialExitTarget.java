package com.precog.domain.exit;

import java.util.Arrays;

/**
 * Condition 7, MEDIUM: staged profit taking. Stage i fires once when {@code pnl_pct ≥
 * threshold_i} and sells {@code percent_i} of the <b>original</b> quantity, rounded down (to
 * whole contracts unless the market is fractional), capped by what is left. Defaults: stage 1
 * at +0.15 sells 50%, stage 2 at +0.25 sells 25%. When several stages are due at once they are
 * sold together. A stage whose quantity rounds to zero is skipped (never due).
 *
 * <p>Invariants: 1–30 stages, thresholds strictly increasing and positive, percents in
 * (0, 100] summing to at most 100.
 */
public final class PartialExitTarget implements ExitCondition {
    private final long[] thresholdsPpm;
    private final long[] percents;

    /**
     * Staged exits.
     *
     * @param thresholdsPpm the {@code pnl_pct} of each stage in millionths (150 000 = +15%), positive, strictly increasing (copied)
     * @param percents the percent of the original quantity each stage sells, each in (0, 100], summing to at most 100 (copied)
     * @throws IllegalArgumentException if the invariants above fail or the arrays differ in length or are not 1–30 long
     */
    public PartialExitTarget(long[] thresholdsPpm, long[] percents) {
        if (thresholdsPpm == null || percents == null || thresholdsPpm.length == 0 || thresholdsPpm.length > 30
                || thresholdsPpm.length != percents.length) {
            throw new IllegalArgumentException("partial exit needs 1-30 stages with one threshold and one percent each");
        }
        long sum = 0;
        for (int i = 0; i < thresholdsPpm.length; i++) {
            if (thresholdsPpm[i] <= 0 || (i > 0 && thresholdsPpm[i] <= thresholdsPpm[i - 1])) {
                throw new IllegalArgumentException("partial exit thresholds must be positive and strictly increasing, were "
                        + Arrays.toString(thresholdsPpm));
            }
            if (percents[i] <= 0 || percents[i] > 100) {
                throw new IllegalArgumentException("partial exit percent of stage " + (i + 1) + " must be within (0, 100], was " + percents[i]);
            }
            sum += percents[i];
        }
        if (sum > 100) throw new IllegalArgumentException("partial exit percents must sum to at most 100, were " + Arrays.toString(percents));
        this.thresholdsPpm = thresholdsPpm.clone();
        this.percents = percents.clone();
    }

    /** {@return the SPEC defaults: +15% sells 50%, +25% sells 25% of the original quantity} */
    public static PartialExitTarget defaults() {
        return new PartialExitTarget(new long[] {150_000, 250_000}, new long[] {50, 25});
    }

    /** {@return the number of stages} */
    public int stageCount() {
        return thresholdsPpm.length;
    }

    @Override
    public ExitConditionKind kind() {
        return ExitConditionKind.PARTIAL_EXIT_TARGET;
    }

    private long stageQuantity(ExitContext ctx, int i) {
        return ctx.tradable(ctx.originalHundredths() * percents[i] / 100);
    }

    /**
     * The stages due now.
     *
     * @param ctx the loaded context of one position
     * @return bit mask (bit i = stage i + 1) of the stages reached, not yet done and with a non-zero quantity; 0 without a mark
     */
    public int dueStages(ExitContext ctx) {
        if (!ctx.hasMark()) return 0;
        int mask = 0;
        for (int i = 0; i < thresholdsPpm.length; i++) {
            int bit = 1 << i;
            if ((ctx.stagesDone() & bit) == 0 && ctx.pnlAtLeast(thresholdsPpm[i]) && stageQuantity(ctx, i) > 0) mask |= bit;
        }
        return mask;
    }

    @Override
    public boolean triggered(ExitContext ctx) {
        return dueStages(ctx) != 0 && ctx.currentHundredths() > 0;
    }

    @Override
    public long quantityHundredths(ExitContext ctx) {
        int due = dueStages(ctx);
        long q = 0;
        for (int i = 0; i < thresholdsPpm.length; i++) {
            if ((due & (1 << i)) != 0) q += stageQuantity(ctx, i);
        }
        return Math.min(q, ctx.currentHundredths());
    }

    @Override
    public boolean near(ExitContext ctx, long margin) {
        if (!ctx.hasMark()) return false;
        for (int i = 0; i < thresholdsPpm.length; i++) {
            if ((ctx.stagesDone() & (1 << i)) == 0 && ctx.pnlAtLeast(thresholdsPpm[i] - margin)) return true;
        }
        return false;
    }
}
