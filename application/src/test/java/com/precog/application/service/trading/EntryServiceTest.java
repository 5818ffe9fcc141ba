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
import com.precog.application.port.out.ProbabilityEstimate;
import com.precog.application.port.out.TradableMarket;
import com.precog.application.port.out.TradingFixtures;
import com.precog.application.service.trading.EntryDecision.SkipReason;
import com.precog.domain.edge.EdgeAction;
import com.precog.domain.edge.EdgeObservation;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.order.OrderStatus;
import com.precog.domain.strategy.EntryContext;
import com.precog.domain.strategy.StrategyConfig;
import com.precog.domain.strategy.StrategyKey;
import com.precog.domain.strategy.StrategyStatus;
import com.precog.domain.strategy.StrategyType;
import com.precog.domain.strategy.StrategyVersion;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EntryServiceTest {
    static final Instant T0 = Instant.parse("2026-09-07T12:00:00Z");
    static final StrategyKey PREGAME = StrategyKey.of("pregame", "v1.0");

    /** A wired loop: market KX-G1-A (game G1, NFL) two hours before kick-off, YES ask 0.65, P(YES) 0.80. */
    static final class World {
        final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        final InMemoryTradableMarkets markets = new InMemoryTradableMarkets();
        final InMemoryBooks books = new InMemoryBooks();
        final InMemoryProbabilities probabilities = new InMemoryProbabilities();
        final InMemoryStrategies strategies = new InMemoryStrategies();
        final InMemoryTradingHalts halts = new InMemoryTradingHalts();
        final InMemoryExposures exposures;
        final InMemoryEdgeJournal edges = new InMemoryEdgeJournal();
        final InMemoryOrderJournal orders = new InMemoryOrderJournal();
        final PaperBroker broker;
        final EntryService loop;

        World(ExecutionEnvironment env) {
            this(env, Dollars.of(10_000));
        }

        World(ExecutionEnvironment env, Dollars bankroll) {
            exposures = new InMemoryExposures(bankroll, 700_000, clock);
            broker = new PaperBroker(env, books, t -> markets.find(t).map(m -> m.market().fees()).orElse(null), clock);
            loop = new EntryService(EntryService.Settings.defaults(env), markets, books, probabilities, strategies, halts, exposures, broker, edges,
                    orders, clock);
            addMarket("KX-G1-A", "G1");
            markets.situation("G1", EntryContext.pregame("NFL", 7_200));
            probabilities.put("KX-G1-A", new ProbabilityEstimate(Probability.of("0.80"), Probability.of("0.78"), Probability.of("0.82"),
                    Probability.of("0.90"), "elo@v1.0", T0));
            strategies.create(StrategyVersion.draft(PREGAME, StrategyConfig.defaults(StrategyType.PRE_GAME_ENTRY), "", T0));
            strategies.changeStatus(PREGAME, StrategyStatus.TESTING, T0);
            strategies.changeStatus(PREGAME, StrategyStatus.ACTIVE, T0);
        }

        void addMarket(String ticker, String game) {
            markets.put(new TradableMarket(TradingFixtures.market(ticker, "KX-" + game, T0.plusSeconds(3 * 3600)), "NFL", game, 5_000, 1_000_000, 0));
            OrderBook b = books.bookFor(ticker);
            b.setLevel(Side.YES, 630_000, 500_00);
            b.setLevel(Side.NO, 350_000, 2_000_00); // YES ask 0.65 × 2000
        }
    }

    /** The world's loop over a venue whose answers can be lost; the venue has no seller at 0.65, so an entry rests. */
    private static EntryService overVenue(World w, com.precog.application.service.exits.SimpleMatchingVenue venue) {
        venue.setLevel("KX-G1-A", Side.YES, 630_000, 500_00); // no NO bid: a YES buy rests
        return new EntryService(EntryService.Settings.defaults(ExecutionEnvironment.PAPER), w.markets, w.books, w.probabilities, w.strategies,
                w.halts, w.exposures, venue, w.edges, w.orders, w.clock);
    }

    /**
     * SPEC §8 edge_anomaly: edges of 0.30 and more seen 3 times in 10 minutes halt entries. Before, nothing in the entry loop
     * told the breakers what it saw, so the breaker could never trip. A market's new observation counts once, whatever
     * sides and liquidities show it; an unchanged one is not seen again.
     */
    @Test
    void largeEdgesSeenThreeTimes_tripEdgeAnomaly_eachNewObservationOnce() {
        World w = new World(ExecutionEnvironment.PAPER);
        w.probabilities.put("KX-G1-A", new ProbabilityEstimate(Probability.of("0.99"), Probability.of("0.98"), Probability.of("0.995"),
                Probability.of("0.90"), "elo@v1.0", T0)); // against a YES ask of 0.65: an edge above 0.30 (taker and maker)
        com.precog.application.service.risk.CircuitBreakerService breakers = new com.precog.application.service.risk.CircuitBreakerService(
                w.clock, new com.precog.application.port.out.InMemoryBreakerEvents(), com.precog.domain.risk.BreakerConfig.defaults(), ZoneOffset.UTC);
        EntryService loop = new EntryService(EntryService.Settings.defaults(ExecutionEnvironment.PAPER), w.markets, w.books, w.probabilities,
                w.strategies, breakers, w.exposures, w.broker, w.edges, w.orders, w.clock);
        loop.onBookChanged("KX-G1-A");
        loop.onBookChanged("KX-G1-A"); // the same observation: not seen again
        w.books.bookFor("KX-G1-A").setLevel(Side.NO, 350_000, 0);
        w.books.bookFor("KX-G1-A").setLevel(Side.NO, 340_000, 2_000_00); // YES ask 0.66: a new observation
        loop.onBookChanged("KX-G1-A");
        assertThat(breakers.active()).as("two observations so far").isEmpty();
        w.books.bookFor("KX-G1-A").setLevel(Side.NO, 340_000, 0);
        w.books.bookFor("KX-G1-A").setLevel(Side.NO, 330_000, 2_000_00); // YES ask 0.67: the third
        loop.onBookChanged("KX-G1-A");
        assertThat(breakers.active()).extracting(e -> e.kind()).containsExactly(com.precog.domain.risk.BreakerKind.EDGE_ANOMALY);
        assertThat(loop.onBookChanged("KX-G1-A")).isInstanceOf(EntryDecision.Skipped.class);
    }

    @Test
    void anImmediateFill_stampedByAVenueClockBehindOurs_isStillRecorded() {
        World w = new World(ExecutionEnvironment.PAPER);
        PaperBroker behind = new PaperBroker(ExecutionEnvironment.PAPER, w.books, t -> FeeSchedule.standard(),
                Clock.offset(w.clock, java.time.Duration.ofSeconds(-30)));
        EntryService loop = new EntryService(EntryService.Settings.defaults(ExecutionEnvironment.PAPER), w.markets, w.books, w.probabilities,
                w.strategies, w.halts, w.exposures, behind, w.edges, w.orders, w.clock);

        assertThat(loop.onBookChanged("KX-G1-A")).isInstanceOfSatisfying(EntryDecision.Entered.class,
                e -> assertThat(e.order().status()).isEqualTo(OrderStatus.FILLED));

        assertThat(w.orders.trades()).singleElement().satisfies(t -> {
            assertThat(t.fill().count()).isEqualTo(Contracts.of(750));
            assertThat(t.fill().time()).isEqualTo(T0.minusSeconds(30));
        });
    }

    @Test
    void anEntryWhoseAcknowledgementIsLost_isFollowedAsResting_andNeverSentTwice() {
        World w = new World(ExecutionEnvironment.PAPER);
        var venue = new com.precog.application.service.exits.SimpleMatchingVenue(w.clock, FeeSchedule.standard());
        EntryService loop = overVenue(w, venue);
        venue.loseNextAcks(1);

        EntryDecision first = loop.onBookChanged("KX-G1-A");
        EntryDecision again = loop.onBookChanged("KX-G1-A");

        assertThat(first).isInstanceOfSatisfying(EntryDecision.Entered.class, e -> {
            assertThat(e.order().status()).isEqualTo(OrderStatus.RESTING); // the session follows it (and cancels it on timeout)
            assertThat(e.order().filled()).isEqualTo(Contracts.ZERO);
        });
        assertThat(again).isInstanceOfSatisfying(EntryDecision.Skipped.class, s -> assertThat(s.reason()).isEqualTo(EntryDecision.SkipReason.ORDER_PENDING));
        assertThat(venue.openOrders()).hasSize(1);
        assertThat(w.orders.orders()).hasSize(1);
    }

    @Test
    void anEntryThatNeverReachedTheVenue_isSentAgainOnTheNextEvaluation_once() {
        World w = new World(ExecutionEnvironment.PAPER);
        var venue = new com.precog.application.service.exits.SimpleMatchingVenue(w.clock, FeeSchedule.standard());
        EntryService loop = overVenue(w, venue);
        venue.failNext(1); // the place call fails before the venue sees it

        assertThat(loop.onBookChanged("KX-G1-A")).isInstanceOf(EntryDecision.Entered.class);
        assertThat(venue.openOrders()).isEmpty();
        assertThat(loop.onBookChanged("KX-G1-A")).isInstanceOf(EntryDecision.Entered.class); // the lookup finds nothing: a new entry
        assertThat(loop.onBookChanged("KX-G1-A")).isInstanceOfSatisfying(EntryDecision.Skipped.class,
                s -> assertThat(s.reason()).isEqualTo(EntryDecision.SkipReason.ORDER_PENDING));
        assertThat(venue.openOrders()).hasSize(1);
    }

    @Test
    void edgeAboveThreshold_entersWithLimitOrder_recordsOrderTradesAndEdges_taggedWithEnvironment() {
        World w = new World(ExecutionEnvironment.PAPER);
        EntryDecision d = w.loop.onBookChanged("KX-G1-A");

        assertThat(d).isInstanceOf(EntryDecision.Entered.class);
        EntryDecision.Entered e = (EntryDecision.Entered) d;
        assertThat(e.edge().side()).isEqualTo(Side.YES);
        assertThat(e.edge().price()).isEqualTo(Price.of("0.65"));
        assertThat(e.edge().value()).isEqualTo(Dollars.of("0.134")); // 0.80 − 0.65 − 0.016
        // f* = (0.80 − 0.666)/0.334 = 0.401197; × 0.25 (NFL) × $10,000 = $1002.99 → capped at $500 (position cap)
        assertThat(e.size().bindingLimit().wireName()).isEqualTo("position_cap");
        assertThat(e.size().contracts()).isEqualTo(Contracts.of(750)); // floor(500 / 0.666)
        assertThat(e.order().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(e.attribution().strategy()).isEqualTo(PREGAME);
        assertThat(e.attribution().modelVersion()).isEqualTo("elo@v1.0");
        assertThat(e.attribution().environment()).isEqualTo(ExecutionEnvironment.PAPER);

        assertThat(w.orders.orders()).singleElement().satisfies(o -> {
            assertThat(o.request().clientOrderId().value()).startsWith("pp-");
            assertThat(o.request().limitPrice()).isEqualTo(Price.of("0.65"));
            assertThat(o.attribution().environment()).isEqualTo(ExecutionEnvironment.PAPER);
        });
        assertThat(w.orders.trades()).singleElement().satisfies(t -> {
            assertThat(t.fill().count()).isEqualTo(Contracts.of(750));
            assertThat(t.fill().fee()).isEqualTo(FeeSchedule.standard().takerFee(Price.of("0.65"), Contracts.of(750)));
            assertThat(t.attribution().environment()).isEqualTo(ExecutionEnvironment.PAPER);
        });
        // YES taker (0.134) and YES maker (0.80 − 0.64 = 0.16) are above ignore; NO sides are negative
        assertThat(w.edges.recent(10)).extracting(o -> o.edge().side() + "/" + o.edge().liquidity() + "/" + o.action())
                .containsExactlyInAnyOrder("YES/TAKER/ALERT", "YES/MAKER/AUTO_EXECUTE");
        EdgeObservation taker = w.edges.recent(10).stream().filter(o -> o.edge().liquidity() == Liquidity.TAKER).findFirst().orElseThrow();
        assertThat(taker.modelVersion()).isEqualTo("elo@v1.0");
        assertThat(taker.ciLow()).isEqualTo(Probability.of("0.78"));
        assertThat(taker.book().yesBidMicros()).isEqualTo(630_000);
        assertThat(taker.action()).isEqualTo(EdgeAction.ALERT);
    }

    @Test
    void aMarketWithoutAnyTime_isSizedAsFarFromSettlement() {
        // P(YES) 0.20 at a YES ask of 0.10: edge ≈ 0.094 while quarter Kelly (≈ 2.6%) stays under the 5% position cap,
        // so the time cut shows in the size
        java.util.Map<String, Contracts> sizes = new java.util.LinkedHashMap<>();
        for (Instant close : new Instant[] {T0.plusSeconds(3600), T0.plusSeconds(10 * 3600), Instant.EPOCH}) {
            World w = new World(ExecutionEnvironment.PAPER, Dollars.of(1_000));
            w.probabilities.put("KX-G1-A", new ProbabilityEstimate(Probability.of("0.20"), Probability.of("0.19"), Probability.of("0.21"),
                    Probability.of("0.90"), "elo@v1.0", T0));
            OrderBook b = w.books.bookFor("KX-G1-A");
            b.setLevel(Side.YES, 630_000, 0);
            b.setLevel(Side.NO, 350_000, 0);
            b.setLevel(Side.YES, 90_000, 500_00);
            b.setLevel(Side.NO, 900_000, 2_000_00); // YES ask 0.10 × 2000
            w.markets.put(new TradableMarket(TradingFixtures.market("KX-G1-A", "KX-G1", close), "NFL", "G1", 5_000, 1_000_000, 0));
            EntryDecision d = w.loop.onBookChanged("KX-G1-A");
            assertThat(d).isInstanceOf(EntryDecision.Entered.class);
            sizes.put(close.toString(), ((EntryDecision.Entered) d).size().contracts());
        }
        Contracts near = sizes.get(T0.plusSeconds(3600).toString());
        Contracts far = sizes.get(T0.plusSeconds(10 * 3600).toString());
        assertThat(far.hundredths()).isLessThan(near.hundredths()); // the > 3 h cut
        assertThat(sizes.get(Instant.EPOCH.toString())).isEqualTo(far); // unknown end: the cautious size, not the near one
    }

    @Test
    void sameInputsTwice_recordsEdgesOnce() {
        World w = new World(ExecutionEnvironment.PAPER);
        w.halts.haltAll("manual", "test");
        w.loop.onBookChanged("KX-G1-A");
        w.loop.onBookChanged("KX-G1-A");
        assertThat(w.edges.recent(10)).hasSize(2);
        w.probabilities.put("KX-G1-A", ProbabilityEstimate.point(Probability.of("0.81"), Probability.of("0.9"), "elo@v1.0", T0));
        w.loop.onModelUpdated("KX-G1-A");
        assertThat(w.edges.recent(10)).hasSize(4);
    }

    @Test
    void checklist_skipsWithNamedReasons_andPlacesNothing() {
        World w = new World(ExecutionEnvironment.PAPER);
        assertThat(skip(w.loop.evaluate("KX-NONE"))).isEqualTo(SkipReason.MARKET_UNKNOWN);

        w.halts.haltMarket("KX-G1-A", "data_stale", "book 130 s old");
        EntryDecision halted = w.loop.evaluate("KX-G1-A");
        assertThat(skip(halted)).isEqualTo(SkipReason.HALTED);
        assertThat(((EntryDecision.Skipped) halted).detail()).contains("data_stale");
        w.halts.resumeAll();

        w.books.bookFor("KX-G1-A").setLevel(Side.YES, 630_000, 0); // best YES bid now 0 → one-sided book
        assertThat(skip(w.loop.evaluate("KX-G1-A"))).isEqualTo(SkipReason.ILLIQUID);
        w.books.bookFor("KX-G1-A").setLevel(Side.YES, 610_000, 500_00); // spread 0.04 > 0.03
        assertThat(((EntryDecision.Skipped) w.loop.evaluate("KX-G1-A")).detail()).contains("spread 0.04");
        w.books.bookFor("KX-G1-A").setLevel(Side.YES, 610_000, 0);
        w.books.bookFor("KX-G1-A").setLevel(Side.YES, 630_000, 500_00);

        w.probabilities.put("KX-G1-A", ProbabilityEstimate.point(Probability.of("0.80"), Probability.of("0.49"), "elo@v1.0", T0));
        assertThat(skip(w.loop.evaluate("KX-G1-A"))).isEqualTo(SkipReason.CONFIDENCE_BELOW_FLOOR);
        w.probabilities.put("KX-G1-A", ProbabilityEstimate.point(Probability.of("0.80"), Probability.of("0.65"), "elo@v1.0", T0));
        assertThat(((EntryDecision.Skipped) w.loop.evaluate("KX-G1-A")).detail()).contains("confidence");
        w.probabilities.put("KX-G1-A", ProbabilityEstimate.point(Probability.of("0.70"), Probability.of("0.9"), "elo@v1.0", T0));
        assertThat(((EntryDecision.Skipped) w.loop.evaluate("KX-G1-A")).detail()).contains("edge 0.034 < 0.08");
        w.probabilities.put("KX-G1-A", ProbabilityEstimate.point(Probability.of("0.80"), Probability.of("0.9"), "elo@v1.0", T0));

        w.markets.situation("G1", EntryContext.pregame("NFL", 1_000)); // inside the last 30 minutes
        assertThat(((EntryDecision.Skipped) w.loop.evaluate("KX-G1-A")).detail()).contains("outside window");
        w.markets.situation("G1", EntryContext.pregame("NFL", 7_200));

        w.exposures.add("KX-G1-A", "G1", "NFL", Side.NO, 100, Dollars.of(35));
        EntryDecision both = w.loop.evaluate("KX-G1-A");
        assertThat(skip(both)).isEqualTo(SkipReason.SIZING_REJECTED);
        assertThat(((EntryDecision.Skipped) both).detail()).startsWith("opposite_side_held");

        w.strategies.changeStatus(PREGAME, StrategyStatus.INACTIVE, T0);
        assertThat(w.loop.onStrategiesChanged()).singleElement().satisfies(x -> assertThat(skip(x)).isEqualTo(SkipReason.NO_ACTIVE_STRATEGY));
        assertThat(w.orders.orders()).isEmpty();
        assertThat(w.broker.fillsSince(Instant.EPOCH)).isEmpty();
    }

    /**
     * A version deactivated, then activated again, in the store while the loop runs (the CLI shares the store with the
     * daemon) is seen by {@link EntryService#refreshStrategies()}; an unchanged store re-evaluates nothing.
     */
    @Test
    void strategiesChangedInTheStore_areSeenByARefresh_andAnUnchangedStoreCostsNothing() {
        World w = new World(ExecutionEnvironment.PAPER);
        w.exposures.add("KX-G1-A", "G1", "NFL", Side.NO, 100, Dollars.of(35)); // keeps every evaluation from ordering
        assertThat(skip(w.loop.evaluate("KX-G1-A"))).isEqualTo(SkipReason.SIZING_REJECTED); // loads the active set
        assertThat(w.loop.refreshStrategies()).as("nothing changed").isEmpty();
        w.strategies.changeStatus(PREGAME, StrategyStatus.INACTIVE, T0);
        assertThat(w.loop.refreshStrategies()).singleElement().satisfies(x -> assertThat(skip(x)).isEqualTo(SkipReason.NO_ACTIVE_STRATEGY));
        assertThat(skip(w.loop.evaluate("KX-G1-A"))).isEqualTo(SkipReason.NO_ACTIVE_STRATEGY);
        w.strategies.changeStatus(PREGAME, StrategyStatus.ACTIVE, T0);
        assertThat(w.loop.refreshStrategies()).singleElement().satisfies(x -> assertThat(skip(x)).isEqualTo(SkipReason.SIZING_REJECTED));
        assertThat(w.orders.orders()).isEmpty();
    }

    /**
     * The operator's switches of trade_strategies.yaml reach the loop: with pre_game_entry.enabled false an active
     * pre-game version is passed over, and limits.max_position_dollars of trading.yaml caps what it would buy.
     */
    @Test
    void configuredSettings_disabledTypeIsPassedOver_andTheConfiguredPositionCapBinds() {
        World w = new World(ExecutionEnvironment.PAPER);
        EntryService off = new EntryService(com.precog.application.config.ConfiguredEntries.entrySettings(
                com.precog.application.config.EffectiveConfig.resolve(java.util.Map.of("trade_strategies.yaml:pre_game_entry.enabled", "false"),
                        java.util.List.of()), ExecutionEnvironment.PAPER),
                w.markets, w.books, w.probabilities, w.strategies, w.halts, w.exposures, w.broker, w.edges, w.orders, w.clock);
        assertThat(off.onBookChanged("KX-G1-A")).isInstanceOfSatisfying(EntryDecision.Skipped.class, x -> {
            assertThat(x.reason()).isEqualTo(SkipReason.NO_ACTIVE_STRATEGY);
            assertThat(x.detail()).contains("enabled types");
        });
        assertThat(w.orders.orders()).isEmpty();

        EntryService capped = new EntryService(com.precog.application.config.ConfiguredEntries.entrySettings(
                com.precog.application.config.EffectiveConfig.resolve(java.util.Map.of("trading.yaml:limits.max_position_dollars", "200"),
                        java.util.List.of()), ExecutionEnvironment.PAPER),
                w.markets, w.books, w.probabilities, w.strategies, w.halts, w.exposures, w.broker, w.edges, w.orders, w.clock);
        assertThat(capped.onBookChanged("KX-G1-A")).isInstanceOfSatisfying(EntryDecision.Entered.class, e -> {
            assertThat(e.size().bindingLimit()).isEqualTo(com.precog.domain.sizing.SizeLimit.POSITION_CAP);
            assertThat(e.size().cost().compareTo(Dollars.of(200))).isLessThanOrEqualTo(0);
            assertThat(e.size().cost().compareTo(Dollars.of(199))).isGreaterThanOrEqualTo(0);
        });
    }

    @Test
    void gameChange_reevaluatesOnlyThatGamesMarkets() {
        World w = new World(ExecutionEnvironment.PAPER);
        w.addMarket("KX-G1-B", "G1");
        w.addMarket("KX-G2-A", "G2");
        assertThat(w.loop.onGameChanged("G1")).extracting(EntryDecision::marketTicker).containsExactly("KX-G1-A", "KX-G1-B");
        assertThat(w.loop.onGameChanged("G9")).isEmpty();
    }

    @Test
    void backtest_usesTheSameLoop_taggedBacktest() {
        World w = new World(ExecutionEnvironment.BACKTEST);
        EntryDecision.Entered e = (EntryDecision.Entered) w.loop.onBookChanged("KX-G1-A");
        assertThat(e.order().exchangeOrderId()).startsWith("backtest-");
        assertThat(w.orders.orders().get(0).request().clientOrderId().value()).startsWith("bt-");
        assertThat(w.orders.trades()).allSatisfy(t -> assertThat(t.attribution().environment()).isEqualTo(ExecutionEnvironment.BACKTEST));
        assertThat(w.edges.recent(10)).allSatisfy(o -> assertThat(o.environment()).isEqualTo(ExecutionEnvironment.BACKTEST));
    }

    @Test
    void restingEntryOrder_blocksANewEntryInThatMarket_untilItIsNoLongerOpen() {
        World w = new World(ExecutionEnvironment.PAPER);
        // someone else takes 1,900 of the 2,000 at the ask in this book version: our 750 get 100, the rest rests
        w.broker.place(new com.precog.domain.order.OrderRequest(com.precog.domain.order.ClientOrderId.of("other"), "KX-G1-A", Side.YES,
                com.precog.domain.market.OrderAction.BUY, Contracts.of(1_900), Price.of("0.65"), com.precog.domain.order.TimeInForce.IMMEDIATE_OR_CANCEL,
                false, false));
        EntryDecision.Entered first = (EntryDecision.Entered) w.loop.onBookChanged("KX-G1-A");
        assertThat(first.order().status()).isEqualTo(OrderStatus.RESTING);
        assertThat(first.order().filled()).isEqualTo(Contracts.of(100));
        EntryDecision again = w.loop.onBookChanged("KX-G1-A");
        assertThat(skip(again)).isEqualTo(SkipReason.ORDER_PENDING);
        w.broker.cancel("KX-G1-A", first.order().clientOrderId());
        assertThat(w.loop.onBookChanged("KX-G1-A")).isInstanceOf(EntryDecision.Entered.class); // the fake exposure knows nothing: a new entry
        assertThat(w.orders.orders()).hasSize(2);
    }

    @Test
    void onFill_ignoresForeignAndDuplicateFills() {
        World w = new World(ExecutionEnvironment.PAPER);
        w.loop.onBookChanged("KX-G1-A");
        var fill = w.orders.trades().get(0).fill();
        assertThat(w.loop.onFill(fill)).isFalse();
        assertThat(w.loop.onFill(TradingFixtures.fill("f-x", "not-ours", "KX-G1-A", T0))).isFalse();
        assertThat(w.orders.trades()).hasSize(1);
    }

    static SkipReason skip(EntryDecision d) {
        assertThat(d).isInstanceOf(EntryDecision.Skipped.class);
        return ((EntryDecision.Skipped) d).reason();
    }
}
