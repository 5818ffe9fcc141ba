package com.precog.domain.execution;

import com.precog.domain.exit.ExitPriority;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The four urgency plans plus the maximum slippage that defines the worst acceptable price of
 * an immediate exit ({@code bid − max_slippage}, floor one tick). Slippage in micro-dollars
 * within [0, 1_000_000). Immutable.
 */
public final class ExecutionPolicy {
    private final EnumMap<ExitPriority, UrgencyPlan> plans;
    private final long maxSlippageMicros;

    public ExecutionPolicy(Map<ExitPriority, UrgencyPlan> plans, long maxSlippageMicros) {
        Objects.requireNonNull(plans, "plans");
        this.plans = new EnumMap<>(ExitPriority.class);
        for (ExitPriority p : ExitPriority.values()) {
            UrgencyPlan plan = plans.get(p);
            if (plan == null) throw new IllegalArgumentException("plans must cover priority " + p);
            if (plan.priority() != p) throw new IllegalArgumentException("plan for " + p + " names priority " + plan.priority());
            this.plans.put(p, plan);
        }
        if (maxSlippageMicros < 0 || maxSlippageMicros >= 1_000_000) {
            throw new IllegalArgumentException("maxSlippageMicros must be within [0, 1_000_000), was " + maxSlippageMicros);
        }
        this.maxSlippageMicros = maxSlippageMicros;
    }

    /** SPEC §9 defaults with a maximum slippage of $0.05 (Decision). */
    public static ExecutionPolicy defaults() {
        Map<ExitPriority, UrgencyPlan> m = new EnumMap<>(ExitPriority.class);
        for (ExitPriority p : ExitPriority.values()) m.put(p, UrgencyPlan.defaultFor(p));
        return new ExecutionPolicy(m, 50_000);
    }

    public UrgencyPlan plan(ExitPriority priority) {
        return plans.get(priority);
    }

    public long maxSlippageMicros() {
        return maxSlippageMicros;
    }
}
