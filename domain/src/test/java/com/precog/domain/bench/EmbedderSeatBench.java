package com.precog.domain.bench;

import com.precog.domain.edge.EdgeMath;
import com.precog.domain.exit.ExitContext;
import com.precog.domain.exit.ExitDecision;
import com.precog.domain.exit.ExitResolver;
import com.precog.domain.market.BookTop;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.position.Position;
import com.precog.domain.position.TrailingStopConfig;
import com.precog.domain.sizing.ExposureView;
import com.precog.domain.sizing.KellyFraction;
import com.precog.domain.sizing.MarketConditions;
import com.precog.domain.sizing.PositionSizer;
import com.precog.domain.sizing.SizingDecision;
import com.precog.domain.sizing.SizingRequest;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 13 figure, from an embedder's seat: the fee-exact edge, the quarter-Kelly size under the
 * SPEC limits and the ten exit conditions for one position, all through the public API with value
 * types as docs/EMBEDDING.md writes them (no scaled-long shortcuts): {@code EdgeMath.takerEdge},
 * {@code SizingRequest.of} + {@code PositionSizer.size}, {@code ExitContext.load(Position)
 * .market(BookTop, Side, Contracts, Instant, Instant, ...).probability(Probability)} +
 * {@code ExitResolver.resolve}. Each invocation takes the next of 8 book states (the ask moves
 * 0.78–0.85, the held position's bid with it), so edges, sizes and exit decisions vary; a third
 * of the states fire the stop loss. Target ≤ 2 µs p99; run with {@code -prof gc} for B/op.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EmbedderSeatBench {
    private final FeeSchedule fees = FeeSchedule.standard();
    private final PositionSizer sizer = PositionSizer.defaults();
    private final ExitResolver resolver = ExitResolver.defaults();
    private final ExposureView account = ExposureView.flat(Dollars.of(10_000));
    private final ExitContext ctx = new ExitContext();
    private final Probability model = Probability.parse("0.88");
    private final Probability later = Probability.parse("0.80");
    private final Contracts depth = Contracts.of(2_897);
    private final Contracts volume = Contracts.of(1_000);
    private final Instant now = Instant.parse("2026-10-06T19:00:00Z");
    private final Instant close = Instant.parse("2026-10-11T00:15:00Z");
    private final Price[] asks = new Price[8];
    private final BookTop[] books = new BookTop[8];
    private Position position;
    private int i;

    @Setup
    public void setUp() {
        long[] askMicros = {810_000, 800_000, 820_000, 790_000, 830_000, 780_000, 840_000, 850_000};
        // held-side bids after the move: 0.66 and 0.68 and 0.62 fire the stop loss (−15% at HIGH), the rest hold
        long[] laterBids = {660_000, 790_000, 800_000, 680_000, 780_000, 620_000, 770_000, 790_000};
        for (int k = 0; k < 8; k++) {
            asks[k] = Price.ofMicros(askMicros[k]);
            books[k] = new BookTop(laterBids[k], 100_000, 1_000_000 - laterBids[k] - 10_000, 100_000);
        }
        Price entry = Price.parse("0.81");
        Contracts size = Contracts.of(61);
        position = Position.open("pos-1", "KXNFLGAME-26OCT08TBDAL-DAL", "KXNFLGAME-26OCT08TBDAL", Side.YES,
                ConfidenceLevel.HIGH, ExecutionEnvironment.PAPER, "pre_game_entry@v1.0", "elo_nfl@v1.0", entry,
                fees.takerFee(entry, size), size, TrailingStopConfig.balanced(), Instant.parse("2026-10-06T18:00:00Z"));
    }

    /** Edge + Kelly size + exit decision for one position: the "user's seat" figure. */
    @Benchmark
    public void edgeKellyExit(Blackhole bh) {
        int k = i++ & 7;
        Price ask = asks[k];
        Dollars fee = fees.takerFee(ask, Contracts.of(1));
        bh.consume(EdgeMath.takerEdge(fees, model, ask));
        SizingDecision size = sizer.size(SizingRequest.of(Side.YES, ask, fee, model, KellyFraction.DEFAULT,
                MarketConditions.calm(), "nfl", depth, false), account);
        bh.consume(size);
        ExitDecision decision = resolver.resolve(ctx.load(position)
                .market(books[k], Side.YES, volume, now, close, false, fees)
                .probability(later));
        bh.consume(decision);
    }
}
