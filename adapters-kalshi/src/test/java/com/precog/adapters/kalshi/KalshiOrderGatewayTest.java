package com.precog.adapters.kalshi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.adapters.kalshi.fake.FakeKalshiExchange;
import com.precog.application.port.out.OrderGateway;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.OrderState;
import com.precog.domain.order.OrderStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KalshiOrderGatewayTest {
    static final String FED = "KXFED-27APR-T4.25";
    static final String CREATE = "/portfolio/events/orders";
    @TempDir
    Path dir;
    FakeKalshiExchange fake;
    OrderGateway gateway;

    @BeforeEach
    void start() {
        fake = FakeKalshiExchange.start();
        KalshiSettings s = KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl()).withCredentials(fake.testKeyId(), fake.writeTestKey(dir))
                .withRetry(3, Duration.ofMillis(5)).withRequestTimeout(Duration.ofMillis(700));
        gateway = KalshiAdapter.create(s).orderGateway();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private static OrderRequest buyYes(String id, String price) {
        return OrderRequest.limit(ClientOrderId.of(id), FED, Side.YES, OrderAction.BUY, Contracts.of(10), Price.parse(price));
    }

    @Test
    void givenAPassiveLimit_place_rests_andFindOpenOrdersAndCancelAgree() {
        OrderState s = gateway.place(buyYes("rest-1", "0.25"));
        assertThat(s.status()).isEqualTo(OrderStatus.RESTING);
        assertThat(s.remaining()).isEqualTo(Contracts.of(10));
        assertThat(gateway.find(ClientOrderId.of("rest-1"))).get().extracting(OrderState::exchangeOrderId).isEqualTo(s.exchangeOrderId());
        assertThat(gateway.openOrders()).extracting(OrderState::clientOrderId).containsExactly(ClientOrderId.of("rest-1"));
        OrderState canceled = gateway.cancel(FED, ClientOrderId.of("rest-1"));
        assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(gateway.openOrders()).isEmpty();
        assertThat(fake.orderBook(FED).quantityAt(Side.YES, 250_000)).isZero();
    }

    @Test
    void givenAnIocThatCrosses_place_fillsAtTheBook_andFillsCarryOurClientId() {
        Instant before = Instant.now().minusSeconds(5);
        OrderRequest r = OrderRequest.immediateOrCancel(ClientOrderId.of("ioc-1"), FED, Side.YES, OrderAction.BUY, Contracts.of(25), Price.parse("0.28"));
        OrderState s = gateway.place(r);
        // only 20.00 rest at yes ask 0.28 (no bid 0.72): partial fill, remainder canceled
        assertThat(s.filled()).isEqualTo(Contracts.of(20));
        assertThat(s.remaining()).isEqualTo(Contracts.ZERO);
        assertThat(s.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(s.averageFillPrice()).contains(Price.parse("0.28"));
        List<Fill> fills = gateway.fillsSince(before);
        assertThat(fills).singleElement().satisfies(f -> {
            assertThat(f.clientOrderId()).isEqualTo(ClientOrderId.of("ioc-1"));
            assertThat(f.side()).isEqualTo(Side.YES);
            assertThat(f.action()).isEqualTo(OrderAction.BUY);
            assertThat(f.price()).isEqualTo(Price.parse("0.28"));
            assertThat(f.liquidity()).isEqualTo(Liquidity.TAKER);
        });
    }

    @Test
    void givenOurOwnRestingAsk_aBuyThatReachesIt_isCanceledThere_notTradedWithOurselves() {
        // the gateway sends self_trade_prevention_type taker_at_cross: Kalshi cancels the taker's rest at our own order
        OrderState ask = gateway.place(OrderRequest.limit(ClientOrderId.of("own-ask"), FED, Side.YES, OrderAction.SELL, Contracts.of(10),
                Price.parse("0.28")));
        assertThat(ask.status()).isEqualTo(OrderStatus.RESTING);
        Instant before = Instant.now().minusSeconds(5);
        OrderState buy = gateway.place(OrderRequest.limit(ClientOrderId.of("own-bid"), FED, Side.YES, OrderAction.BUY, Contracts.of(25),
                Price.parse("0.28")));
        assertThat(buy.filled()).as("the 20.00 of other members ahead of ours").isEqualTo(Contracts.of(20));
        assertThat(buy.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(gateway.find(ClientOrderId.of("own-ask"))).get().satisfies(o -> {
            assertThat(o.status()).isEqualTo(OrderStatus.RESTING);
            assertThat(o.filled()).isEqualTo(Contracts.ZERO);
        });
        assertThat(gateway.fillsSince(before)).extracting(Fill::clientOrderId).containsOnly(ClientOrderId.of("own-bid"));
        assertThat(fake.netPositions().get(FED)).as("bought 20 YES; the ask never traded").isEqualTo(2_000L);
    }

    @Test
    void givenASellYes_place_sendsAnAsk_andReportsItBackAsASellOfYes() {
        OrderState s = gateway.place(OrderRequest.limit(ClientOrderId.of("sell-1"), FED, Side.YES, OrderAction.SELL, Contracts.of(3), Price.parse("0.90")));
        assertThat(s.status()).isEqualTo(OrderStatus.RESTING);
        // an ask at YES 0.90 rests as a NO bid at 0.10
        assertThat(fake.orderBook(FED).quantityAt(Side.NO, 100_000)).isEqualTo(300);
        assertThat(gateway.openOrders()).singleElement().satisfies(o -> {
            assertThat(o.side()).isEqualTo(Side.YES);
            assertThat(o.action()).isEqualTo(OrderAction.SELL);
            assertThat(o.limitPrice()).isEqualTo(Price.parse("0.90"));
        });
    }

    @Test
    void givenTheExchangeProcessesThenAnswers500_place_findsTheOrderInsteadOfResubmitting() {
        fake.processThenFail(CREATE, 500);
        OrderState s = gateway.place(buyYes("amb-1", "0.25"));
        assertThat(s.status()).isEqualTo(OrderStatus.RESTING);
        assertThat(fake.ordersWithClientId("amb-1")).isEqualTo(1);
    }

    @Test
    void givenTheExchangeProcessesThenAnswersABodyThatCannotBeRead_place_findsTheOrder_insteadOfCallingItRejectedOrCanceled() {
        String[] bodies = {"{\"order_id\": \"", "", "<html><body>upstream reset</body></html>"};
        for (int i = 0; i < bodies.length; i++) {
            String id = "odd-" + i;
            fake.answerNext(new FakeKalshiExchange.RawAnswer(CREATE, true, 201, i == 2 ? "text/html" : "application/json", bodies[i], java.util.Map.of()));
            OrderState s = gateway.place(buyYes(id, "0.2" + i));
            assertThat(s.status()).as("body '%s'", bodies[i]).isEqualTo(OrderStatus.RESTING);
            assertThat(s.exchangeOrderId()).isNotEmpty();
            assertThat(fake.ordersWithClientId(id)).isEqualTo(1);
        }
    }

    @Test
    void givenATimeoutWhileTheExchangeStillProcesses_place_endsWithExactlyOneOrder() {
        fake.delayNext(CREATE, Duration.ofMillis(1_000));
        OrderState s = gateway.place(buyYes("slow-1", "0.25"));
        assertThat(s.clientOrderId()).isEqualTo(ClientOrderId.of("slow-1"));
        assertThat(s.status()).isEqualTo(OrderStatus.RESTING);
        assertThat(fake.ordersWithClientId("slow-1")).isEqualTo(1);
    }

    @Test
    void givenA503BeforeProcessing_place_looksUpFindsNothing_andResubmitsOnce() {
        fake.failNext(1, CREATE, 503);
        OrderState s = gateway.place(buyYes("retry-1", "0.25"));
        assertThat(s.status()).isEqualTo(OrderStatus.RESTING);
        assertThat(fake.ordersWithClientId("retry-1")).isEqualTo(1);
    }

    @Test
    void givenAPausedMarket_theExchanges409TradingIsPaused_isARejection_notADuplicateOrderThatCannotBeFound() {
        fake.pauseMarket(FED);
        OrderState s = gateway.place(buyYes("paused-1", "0.25"));
        assertThat(s.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(s.rejectReason()).startsWith("trading_is_paused");
        assertThat(fake.orderCount()).isZero();
        fake.resumeMarket(FED);
        assertThat(gateway.place(buyYes("paused-1", "0.25")).status()).as("the same id once trading resumes").isEqualTo(OrderStatus.RESTING);
    }

    /** The documented order list page (rest_get_orders.json) with its one order changed by {@code edit}. */
    private static String ordersPage(java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> edit) throws Exception {
        var page = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                com.precog.adapters.kalshi.fake.SharedData.kalshiText("rest_get_orders.json"));
        edit.accept((com.fasterxml.jackson.databind.node.ObjectNode) page.path("orders").get(0));
        return page.toString();
    }

    @Test
    void anOrderPlacedByAnotherTool_withAClientIdPrecogNeverUses_isListedUnderTheExchangeStandIn() throws Exception {
        // Kalshi takes any client_order_id; Precog's own are [A-Za-z0-9_-]{1,64}
        fake.answerNext(FakeKalshiExchange.RawAnswer.json("/portfolio/orders", 200, ordersPage(o -> o.put("client_order_id", "web:order.1 #2"))));
        assertThat(gateway.openOrders()).singleElement().satisfies(o -> {
            assertThat(o.clientOrderId()).isEqualTo(ClientOrderId.of("x-ee587a1c-8b87-4dcf-b721-9f6f790619fa"));
            assertThat(o.remaining()).isEqualTo(Contracts.of(6));
        });
    }

    @Test
    void anOrderStatusKalshiAddsLater_doesNotFailTheWholeList_andIsJudgedByItsCounts() throws Exception {
        fake.answerNext(FakeKalshiExchange.RawAnswer.json("/portfolio/orders", 200, ordersPage(o -> o.put("status", "pending_review"))));
        assertThat(gateway.openOrders()).singleElement().satisfies(o -> {
            assertThat(o.status()).as("6 of 10 still to fill: open").isEqualTo(OrderStatus.RESTING);
            assertThat(o.isOpen()).isTrue();
        });
        fake.answerNext(FakeKalshiExchange.RawAnswer.json("/portfolio/orders", 200,
                ordersPage(o -> o.put("status", "settled_out").put("remaining_count_fp", "0.00").put("fill_count_fp", "10.00"))));
        assertThat(gateway.openOrders()).singleElement().extracting(OrderState::status).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void givenA409WhoseLookupFails_place_throwsTheGatewaysException_asThePortPromises() {
        fake.answerNext(FakeKalshiExchange.RawAnswer.json(CREATE, 409,
                "{\"error\":{\"code\":\"order_already_exists\",\"message\":\"order already exists\",\"service\":\"exchange\"}}"));
        fake.failNext(10, "/portfolio/orders", 503);
        assertThatThrownBy(() -> gateway.place(buyYes("dup-1", "0.25"))).isInstanceOf(OrderGateway.OrderGatewayException.class)
                .hasMessageContaining("dup-1");
    }

    @Test
    void givenAnOffTickPrice_place_isRejectedWithTheReason_andNothingRests() {
        OrderState s = gateway.place(buyYes("tick-1", "0.255"));
        assertThat(s.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(s.rejectReason()).contains("tick size");
        assertThat(fake.orderCount()).isZero();
    }

    @Test
    void givenAPostOnlyOrderThatWouldCross_place_reportsItCanceledWithNothingFilled() {
        OrderState s = gateway.place(new OrderRequest(ClientOrderId.of("po-1"), FED, Side.YES, OrderAction.BUY, Contracts.of(5), Price.parse("0.28"),
                com.precog.domain.order.TimeInForce.GOOD_TILL_CANCELED, true, false));
        assertThat(s.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(s.filled()).isEqualTo(Contracts.ZERO);
        assertThat(fake.orderBook(FED).quantityAt(Side.NO, 720_000)).isEqualTo(2_000);
    }

    @Test
    void givenAPartlyFilledOrder_amendCount_isTheNewTotal_filledPlusRemaining_asTheV2ReferenceSays() {
        // 30 YES @ 0.28 takes the 20 NO bids at 0.72 (YES ask 0.28) and rests 10
        OrderState placed = gateway.place(OrderRequest.limit(ClientOrderId.of("am-p"), FED, Side.YES, OrderAction.BUY, Contracts.of(30), Price.parse("0.28")));
        assertThat(placed.filled()).isEqualTo(Contracts.of(20));
        assertThat(placed.remaining()).isEqualTo(Contracts.of(10));
        OrderState amended = gateway.amend(FED, ClientOrderId.of("am-p"), Price.parse("0.27"), Contracts.of(25));
        assertThat(amended.filled()).isEqualTo(Contracts.of(20));
        assertThat(amended.remaining()).isEqualTo(Contracts.of(5)); // 25 total − 20 filled
        assertThat(amended.requested()).isEqualTo(Contracts.of(25));
        assertThat(amended.limitPrice()).isEqualTo(Price.parse("0.27"));
        assertThat(fake.orderBook(FED).quantityAt(Side.YES, 270_000)).isEqualTo(3_154 + 500);
        // a total that does not exceed what is filled is refused before anything is sent
        long requests = fake.restRequests();
        assertThatThrownBy(() -> gateway.amend(FED, ClientOrderId.of("am-p"), Price.parse("0.27"), Contracts.of(20)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("new total");
        assertThat(fake.restRequests() - requests).isLessThanOrEqualTo(1); // only the order lookup
        assertThat(gateway.find(ClientOrderId.of("am-p")).orElseThrow().remaining()).isEqualTo(Contracts.of(5));
    }

    @Test
    void givenAnAmendOrDecreaseTheExchangeAppliesButAnswersUnreadably_theOrderIsReadBack_notCalledRefused() {
        gateway.place(buyYes("odd-am", "0.25"));
        fake.answerNext(new FakeKalshiExchange.RawAnswer("/amend", true, 200, "text/html", "<html><body>upstream reset</body></html>", java.util.Map.of()));
        OrderState amended = gateway.amend(FED, ClientOrderId.of("odd-am"), Price.parse("0.26"), Contracts.of(6));
        assertThat(amended.limitPrice()).isEqualTo(Price.parse("0.26"));
        assertThat(amended.remaining()).isEqualTo(Contracts.of(6));
        fake.answerNext(new FakeKalshiExchange.RawAnswer("/decrease", true, 200, "application/json", "{\"order\": {\"order_id\": ", java.util.Map.of()));
        assertThat(gateway.decrease(FED, ClientOrderId.of("odd-am"), Contracts.of(2)).remaining()).isEqualTo(Contracts.of(4));
        assertThat(fake.orderBook(FED).quantityAt(Side.YES, 260_000)).isEqualTo(400);
    }

    @Test
    void amendAndDecrease_changeTheRestingOrder() {
        gateway.place(buyYes("am-1", "0.25"));
        OrderState amended = gateway.amend(FED, ClientOrderId.of("am-1"), Price.parse("0.26"), Contracts.of(6));
        assertThat(amended.limitPrice()).isEqualTo(Price.parse("0.26"));
        assertThat(amended.remaining()).isEqualTo(Contracts.of(6));
        assertThat(fake.orderBook(FED).quantityAt(Side.YES, 260_000)).isEqualTo(600);
        OrderState decreased = gateway.decrease(FED, ClientOrderId.of("am-1"), Contracts.of(2));
        assertThat(decreased.remaining()).isEqualTo(Contracts.of(4));
        assertThat(fake.orderBook(FED).quantityAt(Side.YES, 260_000)).isEqualTo(400);
    }
}
