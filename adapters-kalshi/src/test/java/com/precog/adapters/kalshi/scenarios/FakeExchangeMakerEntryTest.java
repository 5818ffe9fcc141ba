package com.precog.adapters.kalshi.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.kalshi.KalshiAdapter;
import com.precog.adapters.kalshi.KalshiSettings;
import com.precog.adapters.kalshi.RateTier;
import com.precog.adapters.kalshi.fake.FakeKalshiExchange;
import com.precog.application.port.out.InMemoryBooks;
import com.precog.application.port.out.InMemoryEdgeJournal;
import com.precog.application.port.out.InMemoryExposures;
import com.precog.application.port.out.InMemoryOrderJournal;
import com.precog.application.port.out.InMemoryProbabilities;
import com.precog.application.port.out.InMemoryStrategies;
import com.precog.application.port.out.InMemoryTradableMarkets;
import com.precog.application.port.out.InMemoryTradingHalts;
import com.precog.application.port.out.OrderGateway;
import com.precog.application.port.out.ProbabilityEstimate;
import com.precog.application.port.out.TradableMarket;
import com.precog.application.port.out.TradingFixtures;
import com.precog.application.service.exits.MutableClock;
import com.precog.application.service.trading.EntryDecision;
import com.precog.application.service.trading.EntryService;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.order.OrderState;
import com.precog.domain.order.OrderStatus;
import com.precog.domain.strategy.EntryContext;
import com.precog.domain.strategy.StrategyConfig;
import com.precog.domain.strategy.StrategyKey;
import com.precog.domain.strategy.StrategyStatus;
import com.precog.domain.strategy.StrategyType;
import com.precog.domain.strategy.StrategyVersion;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The maker entry path against the loopback fake exchange through the real Kalshi gateway: a
 * post-only bid at the passive price rests in the exchange's book, another trader's sell fills part
 * of it as maker (no fee on a standard series), the timeout walks the remainder one tick up with a
 * new signed order, and a lost edge cancels it at the exchange.
 */
class FakeExchangeMakerEntryTest {
    static final String M = "KXNFLGAME-26SEP07DETGB-GB";
    static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(3_600);
    @TempDir
    Path keys;
    FakeKalshiExchange fake;
    OrderGateway gateway;
    MutableClock clock;
    InMemoryBooks books;
    InMemoryProbabilities probabilities;
    InMemoryOrderJournal orders;
    EntryService loop;

    @BeforeEach
    void wire() {
        fake = FakeKalshiExchange.start(RateTier.PREMIER);
        ObjectNode m = new ObjectMapper().createObjectNode();
        m.put("ticker", M).put("event_ticker", "KXNFLGAME-26SEP07DETGB").put("status", "active").put("title", M)
                .put("close_time", T0.plusSeconds(3 * 3600).toString()).put("price_level_structure", "linear_cent");
        m.putArray("price_ranges").addObject().put("start", "0.0000").put("end", "1.0000").put("step", "0.0100");
        fake.addMarket(m);
        fake.setAnonymousLevel(M, Side.YES, 620_000, 500_00);
        fake.setAnonymousLevel(M, Side.NO, 350_000, 2_000_00); // YES 0.62 / 0.65
        gateway = KalshiAdapter.create(KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl()).withTier(RateTier.PREMIER)
                .withCredentials(fake.testKeyId(), fake.writeTestKey(keys))).orderGateway();
        clock = new MutableClock(T0);
        InMemoryTradableMarkets markets = new InMemoryTradableMarkets();
        markets.put(new TradableMarket(TradingFixtures.market(M, "KXNFLGAME-26SEP07DETGB", T0.plusSeconds(3 * 3600)), "NFL", "G1", 5_000, 1_000_000, 0));
        markets.situation("G1", EntryContext.pregame("NFL", 7_200));
        books = new InMemoryBooks();
        probabilities = new InMemoryProbabilities();
        probability("0.74");
        InMemoryStrategies strategies = new InMemoryStrategies();
        StrategyKey key = StrategyKey.of("pregame", "v1.0");
        strategies.create(StrategyVersion.draft(key, StrategyConfig.defaults(StrategyType.PRE_GAME_ENTRY), "", T0));
        strategies.changeStatus(key, StrategyStatus.TESTING, T0);
        strategies.changeStatus(key, StrategyStatus.ACTIVE, T0);
        orders = new InMemoryOrderJournal();
        loop = new EntryService(EntryService.Settings.defaults(ExecutionEnvironment.DEMO), markets, books, probabilities, strategies,
                new InMemoryTradingHalts(), new InMemoryExposures(Dollars.of(10_000), 700_000, clock), gateway, new InMemoryEdgeJournal(), orders, clock);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private void probability(String p) {
        probabilities.put(M, ProbabilityEstimate.point(Probability.of(p), Probability.of("0.90"), "elo@v1.0", T0));
    }

    /** The market stream's job here: the current exchange book (our resting orders included) into the loop's books. */
    private void syncBook() {
        OrderBook b = books.bookFor(M);
        b.clear();
        OrderBook x = fake.orderBook(M);
        for (Side s : Side.values()) for (long[] l : x.levelsAscending(s)) b.setLevel(s, l[0], l[1]);
    }

    private OrderState order(int i) {
        return gateway.find(orders.orders().get(i).request().clientOrderId()).orElseThrow();
    }

    @Test
    void aMakerEntryRestsAtTheExchange_fillsPartlyAsMaker_walksTheRemainderUp_andIsCanceledWhenTheEdgeGoes() {
        syncBook();
        EntryDecision d = loop.onBookChanged(M);
        assertThat(d).isInstanceOf(EntryDecision.Entered.class);
        EntryDecision.Entered e = (EntryDecision.Entered) d;
        assertThat(e.edge().liquidity()).isEqualTo(Liquidity.MAKER);
        assertThat(e.order().status()).isEqualTo(OrderStatus.RESTING);
        assertThat(e.order().limitPrice()).isEqualTo(Price.of("0.63"));
        assertThat(fake.orderBook(M).bestBidMicros(Side.YES)).isEqualTo(630_000);   // our bid is the exchange's best bid
        assertThat(fake.orderBook(M).bestBidQuantity(Side.YES)).isEqualTo(e.size().contracts().hundredths());

        assertThat(fake.anonymousTaker(M, false, 630_000, 300_00)).isEqualTo(300_00); // someone sells 300 YES at 0.63
        syncBook();
        assertThat(loop.onBookChanged(M)).isInstanceOf(EntryDecision.Skipped.class);   // still working: pending

        clock.advance(Duration.ofSeconds(60));
        loop.poll();
        assertThat(orders.orders()).hasSize(2);
        OrderState first = order(0);
        assertThat(first.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(first.filled()).isEqualTo(Contracts.of(300));
        assertThat(first.feesPaid()).isEqualTo(Dollars.ZERO);
        OrderState walked = order(1);
        assertThat(walked.status()).isEqualTo(OrderStatus.RESTING);
        assertThat(walked.limitPrice()).isEqualTo(Price.of("0.64"));
        assertThat(walked.remaining()).isEqualTo(e.size().contracts().minus(Contracts.of(300)));
        assertThat(orders.trades()).singleElement().satisfies(t -> {
            assertThat(t.fill().liquidity()).isEqualTo(Liquidity.MAKER);
            assertThat(t.fill().price()).isEqualTo(Price.of("0.63"));
            assertThat(t.fill().count()).isEqualTo(Contracts.of(300));
            assertThat(t.fill().clientOrderId()).isEqualTo(orders.orders().get(0).request().clientOrderId());
        });

        probability("0.70");                                  // maker edge at 0.64: 0.06 < 0.08
        syncBook();
        loop.onModelUpdated(M);
        assertThat(order(1).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(gateway.openOrders()).isEmpty();
        assertThat(loop.workingMakerEntries()).isEmpty();
        assertThat(fake.ordersWithClientId(orders.orders().get(1).request().clientOrderId().value())).isEqualTo(1);
        assertThat(gateway.find(ClientOrderId.of("nope"))).isEmpty();
    }
}
