package com.precog.adapters.kalshi;

import static com.precog.adapters.kalshi.KalshiMarketStreamTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.kalshi.KalshiMarketLifecycle.Phase;
import com.precog.adapters.kalshi.KalshiMarketLifecycle.State;
import com.precog.adapters.kalshi.fake.FakeKalshiExchange;
import com.precog.application.port.out.MarketCatalog;
import com.precog.application.port.out.OrderGateway;
import com.precog.domain.market.Market;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.OrderState;
import com.precog.domain.order.OrderStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** market_lifecycle_v2 from the fake exchange (real WebSocket, documented frames) acted on by the catalog, the gateway and listeners. */
class KalshiMarketLifecycleTest {
    static final String FED = KalshiMarketStreamTest.FED;
    @TempDir
    Path dir;
    FakeKalshiExchange fake;
    KalshiAdapter adapter;
    KalshiMarketStream stream;
    MarketCatalog catalog;
    OrderGateway gateway;
    final List<State> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        fake = FakeKalshiExchange.start();
        adapter = KalshiAdapter.create(KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl()).withCredentials(fake.testKeyId(), fake.writeTestKey(dir))
                .withRetry(2, Duration.ofMillis(5)));
        adapter.marketLifecycle().addListener(heard::add);
        catalog = adapter.marketCatalog();
        gateway = adapter.orderGateway();
        stream = adapter.marketStream(Duration.ofMillis(50), Duration.ofMillis(50)).start();
        await(stream::isConnected, "connected");
        // the lifecycle channel is followed without being asked: wait for its subscription
        await(() -> {
            fake.publishLifecycle(new ObjectMapper().createObjectNode().put("market_ticker", FED).put("event_type", "metadata_updated"));
            return adapter.marketLifecycle().ignored.get() > 0;
        }, "market_lifecycle_v2 subscribed");
    }

    @AfterEach
    void stop() {
        if (stream != null) stream.close();
        fake.close();
    }

    private static OrderRequest buyYes(String id) {
        return OrderRequest.limit(ClientOrderId.of(id), FED, Side.YES, OrderAction.BUY, Contracts.of(5), Price.parse("0.25"));
    }

    private Phase phase() {
        return adapter.marketLifecycle().phase(FED).orElse(null);
    }

    @Test
    void pauseAndResume_reachTheCatalog_whichListsAPausedMarketAsNotOpen() {
        assertThat(catalog.openMarkets(null)).extracting(Market::ticker).contains(FED);
        fake.pauseMarket(FED);
        await(() -> phase() == Phase.PAUSED, "paused");
        assertThat(catalog.market(FED).orElseThrow().status()).isEqualTo(MarketStatus.PAUSED);
        assertThat(catalog.openMarkets(null)).extracting(Market::ticker).doesNotContain(FED);
        fake.resumeMarket(FED);
        await(() -> phase() == Phase.OPEN, "resumed");
        assertThat(catalog.market(FED).orElseThrow().status()).isEqualTo(MarketStatus.OPEN);
        assertThat(catalog.openMarkets(null)).extracting(Market::ticker).contains(FED);
        assertThat(heard).extracting(State::lastEvent).containsSubsequence("deactivated", "activated");
    }

    @Test
    void aClosedMarket_isNotTradable_theGatewayRefusesWithoutSpendingAWriteToken() {
        OrderState resting = gateway.place(buyYes("before-close"));
        assertThat(resting.status()).isEqualTo(OrderStatus.RESTING);
        fake.closeMarket(FED);
        await(() -> phase() == Phase.CLOSED, "closed by close_date_updated");
        assertThat(catalog.market(FED).orElseThrow().status()).isEqualTo(MarketStatus.CLOSED);
        assertThat(catalog.openMarkets(null)).extracting(Market::ticker).doesNotContain(FED);
        assertThat(gateway.find(ClientOrderId.of("before-close")).orElseThrow().status()).isEqualTo(OrderStatus.CANCELED);
        long tokens = fake.tokensSpent();
        OrderState refused = gateway.place(buyYes("after-close"));
        assertThat(refused.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(refused.rejectReason()).startsWith("market_closed").contains("closed");
        assertThat(fake.tokensSpent()).isEqualTo(tokens);
        assertThat(fake.ordersWithClientId("after-close")).isZero();
    }

    @Test
    void aCloseDateMovedIntoTheFuture_keepsTheMarketOpen_andItsPassingClosesIt() {
        Instant soon = Instant.now().plusSeconds(2);
        fake.updateCloseTime(FED, soon);
        await(() -> adapter.marketLifecycle().state(FED).flatMap(State::closeTime).map(soon.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)::equals)
                .orElse(false), "close_ts applied");
        assertThat(catalog.market(FED).orElseThrow().closeTime()).isEqualTo(soon.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(adapter.marketLifecycle().tradingOver(FED)).isFalse();
        await(() -> adapter.marketLifecycle().tradingOver(FED), "close time passed");
        assertThat(adapter.marketLifecycle().status(FED)).contains(MarketStatus.CLOSED);
        assertThat(gateway.place(buyYes("late")).status()).isEqualTo(OrderStatus.REJECTED);
    }

    @Test
    void determinationAndSettlement_publishTheResultAndSettlementValue_andTheMarketIsSettledForThePorts() {
        // hold 10 YES (bought from the 0.72 NO bids at 0.28)
        OrderState bought = gateway.place(OrderRequest.limit(ClientOrderId.of("hold"), FED, Side.YES, OrderAction.BUY, Contracts.of(10), Price.parse("0.28")));
        assertThat(bought.filled()).isEqualTo(Contracts.of(10));
        Dollars cashBefore = adapter.rest().balance().balance();
        fake.determineMarket(FED, "yes", "1.0000");
        await(() -> phase() == Phase.DETERMINED, "determined");
        State s = adapter.marketLifecycle().state(FED).orElseThrow();
        assertThat(s.result()).contains("yes");
        assertThat(s.winningSide()).contains(Side.YES);
        assertThat(s.settlementValue()).contains(Dollars.of(1));
        assertThat(s.determinedAt()).isPresent();
        assertThat(catalog.market(FED).orElseThrow().status()).isEqualTo(MarketStatus.SETTLED);
        assertThat(gateway.place(buyYes("after-determination")).rejectReason()).contains("determined");
        fake.settleMarket(FED);
        await(() -> phase() == Phase.SETTLED, "settled");
        assertThat(adapter.marketLifecycle().state(FED).orElseThrow().settledAt()).isPresent();
        // listeners heard the result once, then the settlement
        assertThat(heard).filteredOn(h -> h.lastEvent().equals("determined")).singleElement()
                .satisfies(h -> assertThat(h.settlementValue()).contains(Dollars.of(1)));
        // the exchange paid $1 per YES contract and lists the settlement
        assertThat(adapter.rest().settlements()).filteredOn(x -> x.marketTicker().equals(FED)).singleElement().satisfies(x -> {
            assertThat(x.result()).isEqualTo("yes");
            assertThat(x.yesCount()).isEqualTo(Contracts.of(10));
            assertThat(x.yesCost()).isEqualTo(Dollars.parse("2.80"));
            assertThat(x.revenue()).isEqualTo(Dollars.of(10));
        });
        assertThat(adapter.rest().balance().balance()).isEqualTo(cashBefore.plus(Dollars.of(10)));
        assertThat(heard.get(heard.size() - 1).phase()).isEqualTo(Phase.SETTLED);
        assertThat(catalog.market(FED).orElseThrow().status()).isEqualTo(MarketStatus.SETTLED); // REST says finalized
        // a stale word (an old REST answer) never moves a market back
        adapter.marketLifecycle().observeRest(FED, "active", java.util.Optional.empty());
        assertThat(phase()).isEqualTo(Phase.SETTLED);
    }

    @Test
    void createdAndPriceLevelStructureUpdated_areApplied_unknownEventsIgnored_andSchemaBreaksCountedAsBadFrames() {
        ObjectMapper om = new ObjectMapper();
        long open = Instant.now().getEpochSecond() + 3600;
        ObjectNode created = om.createObjectNode().put("market_ticker", "KXNEW-1").put("event_type", "created").put("open_ts", open)
                .put("close_ts", open + 7200);
        created.putObject("additional_metadata").put("event_ticker", "KXNEW").put("title", "new");
        fake.publishLifecycle(created);
        await(() -> adapter.marketLifecycle().phase("KXNEW-1").isPresent(), "created");
        assertThat(adapter.marketLifecycle().phase("KXNEW-1")).contains(Phase.UNOPENED);
        assertThat(adapter.marketLifecycle().state("KXNEW-1").orElseThrow().closeTime()).contains(Instant.ofEpochSecond(open + 7200));

        ObjectNode pls = om.createObjectNode().put("market_ticker", FED).put("event_type", "price_level_structure_updated")
                .put("price_level_structure", "deci_cent");
        pls.putArray("price_ranges").addObject().put("start", "0.0000").put("end", "1.0000").put("step", "0.0010");
        fake.publishLifecycle(pls);
        await(() -> adapter.marketLifecycle().state(FED).flatMap(State::ladder).isPresent(), "new ladder");
        assertThat(catalog.market(FED).orElseThrow().ladder().isOnLadder(251_000)).isTrue();

        long bad = stream.stats().badFrames();
        fake.publishLifecycle(om.createObjectNode().put("event_type", "determined")); // no market_ticker
        fake.publishLifecycle(om.createObjectNode().put("market_ticker", FED).put("event_type", "close_date_updated").put("close_ts", "soon"));
        await(() -> stream.stats().badFrames() >= bad + 2, "schema breaks counted");
        assertThat(phase()).isEqualTo(Phase.OPEN);
        assertThat(stream.isConnected()).isTrue();
    }
    @Test
    void settledMarketsOfTheWholeExchange_areForgottenDaysLater_soFollowingEveryMarketDoesNotGrowWithoutBound() {
        // the channel is followed for every market of the exchange: thousands are created and settled each day
        var clock = new com.precog.application.service.exits.MutableClock(Instant.parse("2026-12-01T00:00:00Z"));
        KalshiMarketLifecycle lc = new KalshiMarketLifecycle(clock);
        ObjectMapper m = new ObjectMapper();
        long now = clock.instant().getEpochSecond();
        for (int i = 0; i < 5_000; i++) {
            String t = "KXBTCD-26DEC01H" + i;
            lc.onLifecycle(m.createObjectNode().put("market_ticker", t).put("event_type", "created").put("open_ts", now).put("close_ts", now + 3600));
            lc.onLifecycle(m.createObjectNode().put("market_ticker", t).put("event_type", "determined").put("result", "no").put("settlement_value", "0.0000")
                    .put("determination_ts", now + 3600));
            lc.onLifecycle(m.createObjectNode().put("market_ticker", t).put("event_type", "settled").put("settled_ts", now + 3700));
        }
        lc.onLifecycle(m.createObjectNode().put("market_ticker", FED).put("event_type", "created").put("open_ts", now).put("close_ts", now + 86_400 * 30));
        assertThat(lc.size()).isEqualTo(5_001);
        assertThat(lc.tradingOver("KXBTCD-26DEC01H7")).as("right after settlement it is still known").isTrue();
        clock.advance(Duration.ofDays(4));
        for (int i = 0; i < 300; i++) lc.onLifecycle(m.createObjectNode().put("market_ticker", "KXBTCD-26DEC05H" + i).put("event_type", "created")
                .put("open_ts", now).put("close_ts", now + 86_400 * 5));
        assertThat(lc.size()).as("the long-settled are gone; the open ones stay").isEqualTo(301);
        assertThat(lc.state(FED)).isPresent();
        assertThat(lc.state("KXBTCD-26DEC01H7")).isEmpty();
    }
}
