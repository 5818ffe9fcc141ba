package com.precog.domain.exit;

/**
 * Condition 5, HIGH: the YES spread is wider than {@code maxSpreadMicros} (default 0.03), nobody
 * bids for the held side (there is nothing to sell into), or the known 24 h volume is below
 * {@code minVolumeHundredths} (default 50 contracts). Sells everything.
 *
 * <p>A book whose only empty side is the held side's <em>ask</em> has no spread to measure and
 * still has buyers for what is held: it does not trigger on its own. That is the book right after
 * an entry that took the whole ask, and selling into it would be a round trip at a loss caused by
 * our own order, not a market that dried up.
 */
public final class LiquidityDriedUp implements ExitCondition {
    private final long maxSpreadMicros;
    private final long minVolumeHundredths;

    /**
     * A liquidity condition with the given bounds.
     *
     * @param maxSpreadMicros the widest acceptable YES spread in micro-dollars, {@code 1 .. 999_999}
     * @param minVolumeHundredths the smallest acceptable 24 h volume in hundredths of a contract, {@code >= 0}
     * @throws IllegalArgumentException if a bound is out of range
     */
    public LiquidityDriedUp(long maxSpreadMicros, long minVolumeHundredths) {
        if (maxSpreadMicros <= 0 || maxSpreadMicros >= 1_000_000) {
            throw new IllegalArgumentException("liquidity maxSpreadMicros must be within (0, 1_000_000), was " + maxSpreadMicros);
        }
        if (minVolumeHundredths < 0) throw new IllegalArgumentException("liquidity minVolumeHundredths must not be negative, was " + minVolumeHundredths);
        this.maxSpreadMicros = maxSpreadMicros;
        this.minVolumeHundredths = minVolumeHundredths;
    }

    /** {@return the SPEC defaults: spread above $0.03 or 24 h volume below 50 contracts} */
    public static LiquidityDriedUp defaults() {
        return new LiquidityDriedUp(30_000, 5_000);
    }

    @Override
    public ExitConditionKind kind() {
        return ExitConditionKind.LIQUIDITY_DRIED_UP;
    }

    @Override
    public boolean triggered(ExitContext ctx) {
        long spread = ctx.spreadMicros();
        long volume = ctx.volume24hHundredths();
        boolean noBuyers = spread < 0 && ctx.markMicros() <= 0; // the held side's bid is the empty one
        return noBuyers || spread > maxSpreadMicros || (volume >= 0 && volume < minVolumeHundredths);
    }

    @Override
    public boolean near(ExitContext ctx, long margin) {
        return ctx.spreadMicros() < 0 || ctx.spreadMicros() + margin > maxSpreadMicros;
    }
}
