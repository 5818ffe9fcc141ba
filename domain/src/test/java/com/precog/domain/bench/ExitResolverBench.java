package com.precog.domain.bench;

import com.precog.domain.exit.ExitContext;
import com.precog.domain.exit.ExitDecision;
import com.precog.domain.exit.ExitResolver;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.position.ConfidenceLevel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 8 target: evaluating all ten exit conditions and resolving the winner for one position
 * ≤ 2 µs p99. Each invocation loads a new book state (cycling through 8, so branches vary) and
 * resolves: {@code hold} never fires (the common case, allocation-free), {@code conflict} fires
 * stop loss + trailing stop + liquidity (builds the decision value).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ExitResolverBench {
    private final ExitResolver resolver = ExitResolver.defaults();
    private final ExitContext ctx = new ExitContext();
    private final FeeSchedule fees = FeeSchedule.standard();
    private final long[] holdBids = {600_000, 610_000, 620_000, 605_000, 615_000, 595_000, 625_000, 630_000};
    private int i;

    @Setup
    public void setUp() {
        ctx.position(ConfidenceLevel.HIGH, 60_000_000L, 10_000, 10_000, 0, false, 0).probability(800_000);
    }

    @Benchmark
    public ExitDecision hold() {
        long bid = holdBids[i++ & 7];
        ctx.market(bid, bid + 10_000, 10_000, 100_000, 1_700_000_000_000L, 1_700_007_200_000L, false, fees);
        return resolver.resolve(ctx);
    }

    @Benchmark
    public ExitDecision conflict() {
        long bid = 480_000 + (i++ & 7) * 1_000;
        ctx.position(ConfidenceLevel.HIGH, 60_000_000L, 10_000, 10_000, 0, true, 650_000);
        ctx.market(bid, bid + 50_000, 50_000, 100_000, 1_700_000_000_000L, 1_700_007_200_000L, false, fees);
        return resolver.resolve(ctx);
    }
}
