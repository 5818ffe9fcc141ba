package com.precog.domain.exit;

import java.util.Arrays;

/**
 * Condition 7, MEDIUM: staged profit taking. Stage i fires once when {@code pnl_pct ≥
 * threshold_i} and sells {@code percent_i} of the <b>original</b> quantity, rounded down (to
 * whole contracts unless the market is fractional), capped by what is left. Defaults: stage 1
 * at +0.15 sells 50%, stage 2 at +0.25 sells 25%. When several stages are due at once they are
 * sold together. A stage whose quantity rounds to zero is skipped (never due).
 *
 * <p>Invariants: 1–30 stages, thresholds strictly increasing and positive, shares of the
 * original quantity in (0, 100%] summing to at most 100%. Shares are given as whole percents
 * ({@link #PartialExitTarget(long[], long[])}) or in millionths ({@link #ofFractions}).
 */
public final class PartialExitTarget implements ExitCondition {
    private final long[] thresholdsPpm;
    private final long[] fractionsPpm; // share of the original quantity per stage, millionths

    /**
     * Staged exits.
     *
     * @param thresholdsPpm the {@code pnl_pct} of each stage in millionths (150 000 = +15%), positive, strictly increasing (copied)
     * @param percents the percent of the original quantity each stage sells, each in (0, 100], summing to at most 100 (copied)
     * @throws IllegalArgumentException if the invariants above fail or the arrays differ in length or are not 1–30 long
     */
    public PartialExitTarget(long[] thresholdsPpm, long[] percents) {
        this(thresholdsPpm, percents, 100, "percent", "percents", "100");
    }

    /**
     * Staged exits whose shares are finer than whole percents (a configured {@code 0.333} is 333 000).
     *
     * @param thresholdsPpm the {@code pnl_pct} of each stage in millionths (150 000 = +15%), positive, strictly increasing (copied)
     * @param fractionsPpm the share of the original quantity each stage sells in millionths, each in (0, 1 000 000], summing
     *        to at most 1 000 000 (copied)
     * @return the condition; {@code ofFractions(t, {500_000, 250_000})} behaves exactly as {@code new PartialExitTarget(t, {50, 25})}
     * @throws IllegalArgumentException if the invariants fail or the arrays differ in length or are not 1–30 long
     */
    public static PartialExitTarget ofFractions(long[] thresholdsPpm, long[] fractionsPpm) {
        return new PartialExitTarget(thresholdsPpm, fractionsPpm, 1_000_000, "fractionPpm", "fractionsPpm", "1_000_000");
    }

    private PartialExitTarget(long[] thresholdsPpm, long[] shares, long whole, String one, String many, String wholeText) {
        if (thresholdsPpm == null || shares == null || thresholdsPpm.length == 0 || thresholdsPpm.length > 30
                || thresholdsPpm.length != shares.length) {
            throw new IllegalArgumentException("partial exit needs 1-30 stages with one threshold and one " + one + " each");
        }
        long sum = 0;
        for (int i = 0; i < thresholdsPpm.length; i++) {
            if (thresholdsPpm[i] <= 0 || (i > 0 && thresholdsPpm[i] <= thresholdsPpm[i - 1])) {
                throw new IllegalArgumentException("partial exit thresholds must be positive and strictly increasing, were "
                        + Arrays.toString(thresholdsPpm));
            }
            if (shares[i] <= 0 || shares[i] > whole) {
                throw new IllegalArgumentException("partial exit " + one + " of stage " + (i + 1) + " must be within (0, " + wholeText
                        + "], was " + shares[i]);
            }
            sum += shares[i];
        }
        if (sum > whole) {
            throw new IllegalArgumentException("partial exit " + many + " must sum to at most " + wholeText + ", were " + Arrays.toString(shares));
        }
        this.thresholdsPpm = thresholdsPpm.clone();
        this.fractionsPpm = new long[shares.length];
        for (int i = 0; i < shares.length; i++) fractionsPpm[i] = shares[i] * (1_000_000 / whole);
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
        long original = ctx.originalHundredths(); // floor(original × f / 1e6) without overflowing the product
        long f = fractionsPpm[i];
        return ctx.tradable(original / 1_000_000 * f + original % 1_000_000 * f / 1_000_000);
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
