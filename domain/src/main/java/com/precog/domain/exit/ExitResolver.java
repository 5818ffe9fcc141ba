package com.precog.domain.exit;

import com.precog.domain.money.Contracts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates every exit condition on every cycle and picks the winner (SPEC §7): the highest
 * priority (CRITICAL > HIGH > MEDIUM > LOW), ties broken by table order; all the other
 * triggered conditions become conflicting triggers. A triggered condition with nothing to
 * sell (e.g. a quantity that rounds to zero) does not win.
 *
 * <p>{@link #triggeredMask} and {@link #winnerIndex} allocate nothing; {@link #resolve} allocates
 * only when something fires. Immutable and thread-safe (the context is per thread).
 */
public final class ExitResolver {
    private final ExitCondition[] conditions;
    private final int[] order; // indexes sorted by (priority, kind ordinal)

    /**
     * A resolver over the given conditions.
     *
     * @param conditions the conditions, at most one per kind, in any order (copied)
     * @throws IllegalArgumentException if the list is empty or a kind appears twice
     * @throws NullPointerException if the list or a condition is null
     */
    public ExitResolver(List<ExitCondition> conditions) {
        Objects.requireNonNull(conditions, "conditions");
        if (conditions.isEmpty()) throw new IllegalArgumentException("conditions must not be empty");
        this.conditions = conditions.toArray(new ExitCondition[0]);
        int seen = 0;
        for (ExitCondition c : this.conditions) {
            Objects.requireNonNull(c, "condition");
            if ((seen & c.kind().bit()) != 0) throw new IllegalArgumentException("condition " + c.kind() + " appears twice");
            seen |= c.kind().bit();
        }
        Integer[] idx = new Integer[this.conditions.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        java.util.Arrays.sort(idx, (a, b) -> {
            ExitCondition x = this.conditions[a];
            ExitCondition y = this.conditions[b];
            int byPriority = Integer.compare(x.priority().ordinal(), y.priority().ordinal());
            return byPriority != 0 ? byPriority : Integer.compare(x.kind().ordinal(), y.kind().ordinal());
        });
        this.order = new int[idx.length];
        for (int i = 0; i < idx.length; i++) order[i] = idx[i];
    }

    /** {@return a resolver over all ten conditions with the SPEC defaults} */
    public static ExitResolver defaults() {
        PartialExitTarget partial = PartialExitTarget.defaults();
        return new ExitResolver(List.of(StopLoss.defaults(), new CircuitBreakerExit(), new TrailingStopExit(),
                TimeBasedUrgent.defaults(), LiquidityDriedUp.defaults(), ProfitTarget.defaults(partial), partial,
                EarlyExit.defaults(), new EdgeDisappeared(), Rebalance.defaults()));
    }

    /** {@return the conditions in construction order (immutable)} */
    public List<ExitCondition> conditions() {
        return List.of(conditions);
    }

    /**
     * Evaluates every condition. Allocation-free.
     *
     * @param ctx the loaded context of one position
     * @return bit mask ({@link ExitConditionKind#bit()}) of every condition that fires
     */
    public int triggeredMask(ExitContext ctx) {
        int mask = 0;
        for (ExitCondition c : conditions) {
            if (c.triggered(ctx)) mask |= c.kind().bit();
        }
        return mask;
    }

    /**
     * Picks the winner among triggered conditions. Allocation-free.
     *
     * @param ctx the loaded context of one position
     * @param mask the triggered conditions, from {@link #triggeredMask}
     * @return index into {@link #conditions()} of the most urgent triggered condition with something
     *         to sell (ties by table order), or −1
     */
    public int winnerIndex(ExitContext ctx, int mask) {
        for (int i : order) {
            ExitCondition c = conditions[i];
            if ((mask & c.kind().bit()) != 0 && c.quantityHundredths(ctx) > 0) return i;
        }
        return -1;
    }

    /**
     * Whether any condition is close to firing (the urgent re-check cadence).
     *
     * @param ctx the loaded context of one position
     * @param margin the closeness margin (see {@link ExitCondition#near})
     * @return {@code true} when any condition is within {@code margin} of its threshold
     */
    public boolean nearAny(ExitContext ctx, long margin) {
        for (ExitCondition c : conditions) {
            if (c.near(ctx, margin)) return true;
        }
        return false;
    }

    /**
     * Evaluates all conditions and resolves the winner.
     *
     * @param ctx the loaded context of one position
     * @return {@link ExitDecision.Hold#INSTANCE} when nothing with a quantity fires, else an
     *         {@link ExitDecision.Exit} with the winner, the quantity (capped by what is held) and the
     *         conflicting conditions
     */
    public ExitDecision resolve(ExitContext ctx) {
        int mask = triggeredMask(ctx);
        if (mask == 0) return ExitDecision.Hold.INSTANCE;
        int w = winnerIndex(ctx, mask);
        if (w < 0) return ExitDecision.Hold.INSTANCE;
        ExitCondition winner = conditions[w];
        long qty = Math.min(winner.quantityHundredths(ctx), ctx.currentHundredths());
        int stages = winner instanceof PartialExitTarget p ? p.dueStages(ctx) : 0;
        List<ExitConditionKind> others = new ArrayList<>(Integer.bitCount(mask) - 1);
        for (ExitConditionKind k : ExitConditionKind.ofMask(mask & ~winner.kind().bit())) others.add(k);
        return new ExitDecision.Exit(winner.kind(), Contracts.ofHundredths(qty), stages, others);
    }
}
