package com.precog.domain.exit;

/** Condition 2, CRITICAL: a loss-type circuit breaker is tripped (SPEC §8); sells everything, every position. */
public final class CircuitBreakerExit implements ExitCondition {
    /** The condition; it has no parameters. */
    public CircuitBreakerExit() {
    }

    @Override
    public ExitConditionKind kind() {
        return ExitConditionKind.CIRCUIT_BREAKER;
    }

    @Override
    public boolean triggered(ExitContext ctx) {
        return ctx.flattenRequired();
    }
}
