package com.precog.domain.exit;

/**
 * Condition 4, HIGH: at most {@code windowMillis} (default 10 min) before the event's close and
 * losing ({@code pnl_pct < 0}). Window within (0, 24 h]. Sells everything.
 */
public final class TimeBasedUrgent implements ExitCondition {
    private final long windowMillis;

    /**
     * A time-based urgent exit.
     *
     * @param windowMillis how long before the close (milliseconds) a losing position exits, {@code 1 .. 86_400_000}
     * @throws IllegalArgumentException if out of range
     */
    public TimeBasedUrgent(long windowMillis) {
        if (windowMillis <= 0 || windowMillis > 86_400_000L) {
            throw new IllegalArgumentException("time_based_urgent windowMillis must be within (0, 86_400_000], was " + windowMillis);
        }
        this.windowMillis = windowMillis;
    }

    /** {@return the SPEC default: the last 10 minutes before the close} */
    public static TimeBasedUrgent defaults() {
        return new TimeBasedUrgent(600_000L);
    }

    /** {@return the window before the close, in milliseconds} */
    public long windowMillis() {
        return windowMillis;
    }

    @Override
    public ExitConditionKind kind() {
        return ExitConditionKind.TIME_BASED_URGENT;
    }

    @Override
    public boolean triggered(ExitContext ctx) {
        return ctx.closeMillis() >= 0 && ctx.closeMillis() - ctx.nowMillis() <= windowMillis
                && ctx.hasMark() && !ctx.pnlAtLeast(0);
    }

    @Override
    public boolean near(ExitContext ctx, long margin) {
        return ctx.closeMillis() >= 0 && ctx.closeMillis() - ctx.nowMillis() <= windowMillis
                && ctx.hasMark() && !ctx.pnlAtLeast(margin);
    }
}
