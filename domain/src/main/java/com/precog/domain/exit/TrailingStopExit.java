package com.precog.domain.exit;

/**
 * Condition 3, HIGH: the trailing stop is armed and {@code mark ≤ stop price}. The stop itself
 * is maintained by {@link com.precog.domain.position.TrailingStop}. Sells everything.
 */
public final class TrailingStopExit implements ExitCondition {
    /** The condition; it has no parameters. */
    public TrailingStopExit() {
    }

    @Override
    public ExitConditionKind kind() {
        return ExitConditionKind.TRAILING_STOP;
    }

    @Override
    public boolean triggered(ExitContext ctx) {
        return ctx.trailingActive() && ctx.hasMark() && ctx.markMicros() <= ctx.trailingStopMicros();
    }

    @Override
    public boolean near(ExitContext ctx, long margin) {
        return ctx.trailingActive() && ctx.hasMark() && ctx.markMicros() <= ctx.trailingStopMicros() + margin;
    }
}
