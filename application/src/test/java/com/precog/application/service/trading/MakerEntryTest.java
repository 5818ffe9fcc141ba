package com.precog.application.service.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.InMemoryBooks;
import com.precog.application.port.out.InMemoryEdgeJournal;
import com.precog.application.port.out.InMemoryExposures;
import com.precog.application.port.out.InMemoryOrderJournal;
import com.precog.application.port.out.InMemoryProbabilities;
import com.precog.application.port.out.InMemoryStrategies;
import com.precog.application.port.out.InMemoryTradableMarkets;
import com.precog.application.port.out.InMemoryTradingHalts;
import com.precog.application.port.out.OrderRecord;
import com.precog.application.port.out.ProbabilityEstimate;
import com.precog.application.port.out.TradableMarket;
import com.precog.application.port.out.TradingFixtures;
import com.precog.application.service.exits.MutableClock;
import com.precog.application.service.trading.EntryDecision.SkipReason;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderStatus;
import com.precog.domain.order.TimeInForce;
import com.precog.domain.strategy.EntryContext;
import com.precog.domain.strategy.StrategyConfig;
import com.precog.domain.strategy.StrategyKey;
import com.precog.domain.strategy.StrategyStatus;
import com.precog.domain.strategy.StrategyType;
import com.precog.domain.strategy.StrategyVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Maker entries (issue 7) with the paper broker: the market KX-G1-A (NFL pre-game, required edge
 * 0.08) has YES bid 0.62 and YES ask 0.65 (spread 0.03), the standard fee schedule (maker fee 0).
 * At P(YES) 0.74 the taker edge is 0.74 − 0.65 − 0.016 = 0.074 (< 0.08) and the maker edge at the
 * passive price 0.63 is 0.11: the loop posts a post-only buy at 0.63.
 */
class MakerEntryTest {
    static final Instant T0 = Instant.parse("2026-09-07T12:00:00Z");
    static final String M = "KX-G1-A";
    static final StrategyKey PREGAME = StrategyKey.of("pregame", "v1.0");

    static final class World {
        final MutableClock clock = new MutableClock(T0);
        final InMemoryTradableMarkets markets = new InMemoryTradableMarkets();
        final InMemoryBooks books = new InMemoryBooks();
        final InMemoryProbabilities probabilities = new InMemoryProbabilities();
        final InMemoryStrategies strategies = new InMemoryStrategies();
        final InMemoryTradingHalts halts = new InMemoryTradingHalts();
        final InMemoryExposures exposures = new InMemoryExposures(Dollars.of(10_000), 700_000, clock);
        final InMemoryEdgeJournal edges = new InMemoryEdgeJournal();
        final InMemoryOrderJournal orders = new InMemoryOrderJournal();
        final PaperBroker broker;
        final EntryService loop;

        World(MakerEntryPolicy policy, String pYes) {
            broker = new PaperBroker(ExecutionEnvironment.PAPER, books, t -> markets.find(t).map(m -> m.market().fees()).orElse(null), clock);
            loop = new EntryService(EntryService.Settings.defaults(ExecutionEnvironment.PAPER).withMaker(policy), markets, books, probabilities,
                    strategies, halts, exposures, broker, edges, orders, clock);
            markets.put(new TradableMarket(TradingFixtures.market(M, "KX-G1", T0.plusSeconds(3 * 3600)), "NFL", "G1", 5_000, 1_000_000, 0));
            OrderBook b = books.bookFor(M);
            b.setLevel(Side.YES, 620_000, 500_00);
            b.setLevel(Side.NO, 350_000, 2_000_00); // YES ask 0.65 × 2000
            markets.situation("G1", EntryContext.pregame("NFL", 7_200));
            probability(pYes);
            strategies.create(StrategyVersion.draft(PREGAME, StrategyConfig.defaults(StrategyType.PRE_GAME_ENTRY), "", T0));
            strategies.changeStatus(PREGAME, StrategyStatus.TESTING, T0);
            strategies.changeStatus(PREGAME, StrategyStatus.ACTIVE, T0);
        }

        void probability(String p) {
            probabilities.put(M, ProbabilityEstimate.point(Probability.of(p), Probability.of("0.90"), "elo@v1.0", T0));
        }

        /** Advances the clock and polls once. */
        void after(Duration d) {
            clock.advance(d);
            loop.poll();
        }

        List<OrderRecord> journal() {
            return orders.orders();
        }

        OrderStatus status(OrderRecord r) {
            return broker.find(r.request().clientOrderId()).orElseThrow().status();
        }
    }

    private static EntryDecision.Entered entered(EntryDecision d) {
        assertThat(d).isInstanceOf(EntryDecision.Entered.class);
        return (EntryDecision.Entered) d;
    }

    @Test
    void makerEdgeQualifiesWhereTheTakerEdgeDoesNot_postsAPostOnlyBuyAtThePassivePrice_andASellerFillsItAsMaker() {
        World w = new World(MakerEntryPolicy.defaults(), "0.74");
        EntryDecision.Entered e = entered(w.loop.onBookChanged(M));

        assertThat(e.edge().liquidity()).isEqualTo(Liquidity.MAKER);
        assertThat(e.edge().price()).isEqualTo(Price.of("0.63"));
        assertThat(e.edge().value()).isEqualTo(Dollars.of("0.11"));
        assertThat(e.order().status()).isEqualTo(OrderStatus.RESTING);
        OrderRecord posted = w.journal().get(0);
        assertThat(posted.request().postOnly()).isTrue();
        assertThat(posted.request().timeInForce()).isEqualTo(TimeInForce.GOOD_TILL_CANCELED);
        assertThat(posted.request().limitPrice()).isEqualTo(Price.of("0.63"));
        // f* = (0.74 − 0.63)/0.37 = 0.297; × 0.25 × $10,000 = $743 → capped at $500: floor(500 / 0.63) = 793
        assertThat(e.size().contracts()).isEqualTo(Contracts.of(793));
        assertThat(w.loop.workingMakerEntries()).containsEntry(M, posted.request().clientOrderId());
        assertThat(EntryServiceTest.skip(w.loop.onBookChanged(M))).isEqualTo(SkipReason.ORDER_PENDING);

        // a seller arrives: NO bid 0.37 (YES ask 0.63) × 300 crosses our bid, which fills as maker at its own price
        w.books.bookFor(M).setLevel(Side.NO, 370_000, 300_00);
        List<Fill> fills = w.broker.onBookChanged(M);
        fills.forEach(w.loop::onFill);
        assertThat(fills).singleElement().satisfies(f -> {
            assertThat(f.liquidity()).isEqualTo(Liquidity.MAKER);
            assertThat(f.price()).isEqualTo(Price.of("0.63"));
            assertThat(f.count()).isEqualTo(Contracts.of(300));
            assertThat(f.fee()).isEqualTo(Dollars.ZERO);
        });
        assertThat(w.orders.trades()).singleElement().satisfies(t -> assertThat(t.attribution().strategy()).isEqualTo(PREGAME));
    }

    @Test
    void anUnfilledMakerEntry_walksOneTickTowardTheAskAfterItsTimeout_andStopsBeforeCrossing() {
        World w = new World(MakerEntryPolicy.defaults(), "0.74");
        entered(w.loop.onBookChanged(M));
        w.after(Duration.ofSeconds(59));
        assertThat(w.journal()).hasSize(1);

        w.after(Duration.ofSeconds(1));                        // 60 s: cancel, re-post at 0.64
        assertThat(w.journal()).hasSize(2);
        assertThat(w.status(w.journal().get(0))).isEqualTo(OrderStatus.CANCELED);
        OrderRecord walk = w.journal().get(1);
        assertThat(walk.request().limitPrice()).isEqualTo(Price.of("0.64"));
        assertThat(walk.request().postOnly()).isTrue();
        assertThat(walk.request().count()).isEqualTo(Contracts.of(793));
        assertThat(walk.edgePerContract()).isEqualTo(Dollars.of("0.10"));
        assertThat(w.status(walk)).isEqualTo(OrderStatus.RESTING);

        w.after(Duration.ofSeconds(60));                       // 0.65 is the ask: a walk would cross, the entry ends
        assertThat(w.journal()).hasSize(2);
        assertThat(w.status(walk)).isEqualTo(OrderStatus.CANCELED);
        assertThat(w.loop.workingMakerEntries()).isEmpty();
        assertThat(w.broker.openOrders()).isEmpty();

        // cooldown: no new maker entry for 60 s, then one is posted again
        assertThat(EntryServiceTest.skip(w.loop.onBookChanged(M))).isEqualTo(SkipReason.NO_SIGNAL);
        w.clock.advance(Duration.ofSeconds(60));
        assertThat(entered(w.loop.onBookChanged(M)).edge().price()).isEqualTo(Price.of("0.63"));
    }

    @Test
    void aWalk_neverGoesToAPriceWhoseMakerEdgeMissesTheThreshold() {
        World w = new World(MakerEntryPolicy.defaults(), "0.715"); // maker edge 0.085 at 0.63, 0.075 at 0.64
        entered(w.loop.onBookChanged(M));
        w.after(Duration.ofSeconds(60));
        assertThat(w.journal()).hasSize(1);
        assertThat(w.status(w.journal().get(0))).isEqualTo(OrderStatus.CANCELED);
        assertThat(w.loop.workingMakerEntries()).isEmpty();
    }

    @Test
    void partialFills_reduceTheWalkedRemainder_andTheWalksAreCapped() {
        World w = new World(new MakerEntryPolicy(true, Duration.ofSeconds(60), 1, Duration.ofSeconds(60)), "0.74");
        entered(w.loop.onBookChanged(M));
        w.books.bookFor(M).setLevel(Side.NO, 370_000, 93_00); // a seller of 93 at 0.63
        w.broker.onBookChanged(M).forEach(w.loop::onFill);
        w.books.bookFor(M).setLevel(Side.NO, 370_000, 0);       // the liquidity is gone
        w.broker.onBookChanged(M);

        w.after(Duration.ofSeconds(60));
        OrderRecord walk = w.journal().get(1);
        assertThat(walk.request().count()).isEqualTo(Contracts.of(700));
        assertThat(w.orders.trades()).singleElement().satisfies(t -> assertThat(t.fill().count()).isEqualTo(Contracts.of(93)));

        w.after(Duration.ofSeconds(60));                          // one walk only: canceled, not re-posted
        assertThat(w.journal()).hasSize(2);
        assertThat(w.broker.openOrders()).isEmpty();
    }

    @Test
    void aWorkingMakerEntry_isCanceledWhenItsEdgeDisappears_orEntriesAreHalted() {
        World w = new World(MakerEntryPolicy.defaults(), "0.74");
        entered(w.loop.onBookChanged(M));
        w.probability("0.70");                                   // maker edge at 0.63 is 0.07 < 0.08
        EntryDecision d = w.loop.onModelUpdated(M);
        assertThat(EntryServiceTest.skip(d)).isEqualTo(SkipReason.NO_SIGNAL);
        assertThat(w.status(w.journal().get(0))).isEqualTo(OrderStatus.CANCELED);

        w.probability("0.74");
        entered(w.loop.onModelUpdated(M));
        w.halts.haltAll("daily_loss", "test");
        EntryDecision halted = w.loop.onBookChanged(M);
        assertThat(EntryServiceTest.skip(halted)).isEqualTo(SkipReason.HALTED);
        assertThat(((EntryDecision.Skipped) halted).detail()).contains("canceled");
        assertThat(w.broker.openOrders()).isEmpty();
        assertThat(w.loop.workingMakerEntries()).isEmpty();
    }

    @Test
    void aTakerEdgeThatQualifies_isTakenAtOnce_evenWhenTheMakerEdgeIsLarger() {
        World w = new World(MakerEntryPolicy.defaults(), "0.80");
        EntryDecision.Entered e = entered(w.loop.onBookChanged(M));
        assertThat(e.edge().liquidity()).isEqualTo(Liquidity.TAKER);
        assertThat(e.order().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(w.journal().get(0).request().postOnly()).isFalse();
    }

    @Test
    void withMakerEntriesDisabled_onlyTakerEdgesEnter() {
        World w = new World(MakerEntryPolicy.disabled(), "0.74");
        EntryDecision d = w.loop.onBookChanged(M);
        assertThat(EntryServiceTest.skip(d)).isEqualTo(SkipReason.NO_SIGNAL);
        assertThat(((EntryDecision.Skipped) d).detail()).contains("edge 0.074 < 0.08").doesNotContain("maker");
        assertThat(w.journal()).isEmpty();
    }
}
