package com.precog.domain.bench;

import com.precog.domain.edge.EdgeDetector;
import com.precog.domain.edge.EdgeMath;
import com.precog.domain.edge.MarketEdges;
import com.precog.domain.market.Side;
import com.precog.domain.market.TickLadder;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Liquidity;
import com.precog.domain.sizing.ExposureView;
import com.precog.domain.sizing.KellyFraction;
import com.precog.domain.sizing.MarketConditions;
import com.precog.domain.sizing.PositionSizer;
import com.precog.domain.sizing.SizingDecision;
import com.precog.domain.sizing.SizingRequest;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The entry hot path: for one market update, edges on both sides (taker and maker, fee-aware),
 * then Kelly sizing with every SPEC §5 limit for the better taker side when it has an edge.
 * {@code oneMarketUpdate} is measured per call (sample time → percentiles); {@code scan10k}
 * runs it over 10,000 markets, next to {@code plainLoop10k}, a bare array loop computing
 * {@code q − ask − fee} over the same numbers (the floor of what a scan can cost).
 * About 15% of the synthetic markets carry a positive edge and get sized.
 */
@State(Scope.Thread)
public class TradingHotPathBenchmark {
    static final int N = 10_000;
    final long[] yesProb = new long[N];
    final long[] yesBid = new long[N];
    final long[] noBid = new long[N];
    final long[] depth = new long[N];
    final FeeSchedule fees = FeeSchedule.withMakerFees();
    final TickLadder ladder = TickLadder.cent();
    final PositionSizer sizer = PositionSizer.defaults();
    final ExposureView exposure = ExposureView.flat(Dollars.of(10_000));
    final MarketConditions conditions = MarketConditions.calm();
    final KellyFraction fraction = KellyFraction.DEFAULT;
    final MarketEdges edges = new MarketEdges();
    int cursor;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < N; i++) {
            long mid = 50_000 + r.nextLong(900_000);
            long half = 10_000 * (1 + r.nextLong(3));
            yesBid[i] = Math.max(10_000, (mid - half) / 10_000 * 10_000);
            long yesAsk = Math.min(990_000, yesBid[i] + 2 * half);
            noBid[i] = 1_000_000 - yesAsk;
            long noise = r.nextDouble() < 0.15 ? 60_000 + r.nextLong(80_000) : r.nextLong(40_000) - 20_000;
            yesProb[i] = Math.max(0, Math.min(1_000_000, mid + (r.nextBoolean() ? noise : -noise)));
            depth[i] = 100_00 * (1 + r.nextLong(500));
        }
    }

    /** Edge + Kelly + limits for market {@code i}; returns contracts (hundredths) to buy, 0 when none. */
    long evaluate(int i) {
        EdgeDetector.scan(yesProb[i], yesBid[i], noBid[i], fees, ladder, edges);
        long best = edges.bestTakerEdgeUnits();
        if (best == EdgeMath.NO_QUOTE || best <= 0) return 0;
        Side side = edges.bestTakerSide();
        long price = edges.priceMicros(side, Liquidity.TAKER);
        long q = side == Side.YES ? yesProb[i] : 1_000_000 - yesProb[i];
        SizingDecision d = sizer.size(new SizingRequest(side, price, edges.feeUnits(side, Liquidity.TAKER), q, fraction, conditions, "NFL", depth[i], false),
                exposure);
        return d instanceof SizingDecision.Sized s ? s.contracts().hundredths() : 0;
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public long oneMarketUpdate() {
        int i = cursor;
        cursor = i + 1 == N ? 0 : i + 1;
        return evaluate(i);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void scan10k(Blackhole bh) {
        long total = 0;
        for (int i = 0; i < N; i++) total += evaluate(i);
        bh.consume(total);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void plainLoop10k(Blackhole bh) {
        long total = 0;
        for (int i = 0; i < N; i++) {
            long ask = 1_000_000 - noBid[i];
            long fee = fees.takerFeePerContractUnits(ask);
            long e = (yesProb[i] - ask) * 100 - fee;
            if (e > 0) total += e;
        }
        bh.consume(total);
    }
}
