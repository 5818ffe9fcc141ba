package com.precog.adapters.kalshi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.adapters.kalshi.KalshiModels.MarketQuote;
import com.precog.adapters.kalshi.fake.FakeKalshiExchange;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.market.TickLadder;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.OrderState;
import com.precog.domain.order.OrderStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KalshiRestClientTest {
    static final String FED = "KXFED-27APR-T4.25";
    @TempDir
    Path dir;
    FakeKalshiExchange fake;
    KalshiRestClient rest;
    final List<String> failures = new ArrayList<>();

    @BeforeEach
    void start() {
        fake = FakeKalshiExchange.start();
        KalshiSettings s = KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl()).withCredentials(fake.testKeyId(), fake.writeTestKey(dir))
                .withRetry(3, Duration.ofMillis(5)).withRequestTimeout(Duration.ofSeconds(2));
        rest = KalshiAdapter.create(s, java.time.Clock.systemUTC(), new ExchangeHealthListener() {
            @Override
            public void onFailure(String endpoint, String reason) {
                failures.add(endpoint + " " + reason);
            }
        }).rest();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void markets_mapsTheRecordedMarketToExactDomainValues() {
        List<MarketQuote> ms = rest.markets(null, "open");
        assertThat(ms).hasSize(1);
        MarketQuote q = ms.get(0);
        assertThat(q.market().ticker()).isEqualTo(FED);
        assertThat(q.market().eventTicker()).isEqualTo("KXFED-27APR");
        assertThat(q.market().seriesTicker()).isEqualTo("KXFED");
        assertThat(q.market().status()).isEqualTo(MarketStatus.OPEN);
        assertThat(q.market().ladder()).isEqualTo(TickLadder.cent());
        assertThat(q.market().closeTime()).isEqualTo(java.time.Instant.parse("2027-04-28T17:55:00Z"));
        assertThat(q.market().expectedExpirationTime()).isEqualTo(java.time.Instant.parse("2027-04-28T18:05:00Z"));
        assertThat(q.market().expectedEnd()).as("the earlier: trading closes first").isEqualTo(q.market().closeTime());
        // fake serves its book's top: best yes bid 0.27, best no bid 0.72 → yes ask 0.28
        assertThat(q.yesBidMicros()).isEqualTo(270_000);
        assertThat(q.yesAskMicros()).isEqualTo(280_000);
        assertThat(q.lastPriceMicros()).isEqualTo(280_000);
        assertThat(q.volume()).isEqualTo(Contracts.parse("10155.43"));
        assertThat(q.openInterest()).isEqualTo(Contracts.parse("2020.47"));
    }

    @Test
    void aRealNflGameMarket_endsWhenItsResultIsExpected_twoDaysBeforeTradingCloses() throws Exception {
        com.fasterxml.jackson.databind.JsonNode page = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                com.precog.adapters.kalshi.fake.SharedData.dir().resolve("kalshi/real/nfl-sportsdataverse/kalshi-fixtures/markets.json").toFile());
        List<MarketQuote> quotes = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode m : page.path("markets")) {
            quotes.add(KalshiRestClient.toMarketQuote(m, series -> com.precog.domain.money.FeeSchedule.standard()));
        }
        MarketQuote dal = quotes.stream().filter(q -> q.market().ticker().equals("KXNFLGAME-26OCT08TBDAL-DAL")).findFirst().orElseThrow();
        assertThat(dal.market().closeTime()).isEqualTo(java.time.Instant.parse("2026-10-11T00:15:00Z"));
        assertThat(dal.market().expectedEnd()).isEqualTo(java.time.Instant.parse("2026-10-09T03:15:00Z"));
    }

    @Test
    void givenMoreMarketsThanOnePage_markets_followsTheCursorToTheEnd() {
        fake.addGeneratedMarkets("KXGEN", 2_345);
        List<MarketQuote> ms = rest.markets("KXGEN", "open");
        assertThat(ms).hasSize(2_345);
        assertThat(ms.stream().map(m -> m.market().ticker()).distinct().count()).isEqualTo(2_345);
        assertThat(rest.markets(null, null)).hasSize(2_346);
    }

    @Test
    void aCursorThatDoesNotAdvance_endsTheWalkWithAnError_insteadOfReReadingThePageUpToTheRunawayLimit() {
        String page = "{\"markets\": [" + KalshiMarketCatalogTest.json(rest.market(FED).market()) + "], \"cursor\": \"CgYI2P271QYS\"}";
        for (int i = 0; i < 3; i++) fake.answerNext(FakeKalshiExchange.RawAnswer.json("/markets", 200, page));
        assertThatThrownBy(() -> rest.markets(null, "open")).isInstanceOfSatisfying(KalshiApiException.class,
                e -> assertThat(e.code()).isEqualTo("pagination_loop"));
    }

    @Test
    void anAbsentNullOrEmptyCursor_endsTheList() {
        String m = KalshiMarketCatalogTest.json(rest.market(FED).market()).toString();
        for (String tail : new String[] {"", ", \"cursor\": null", ", \"cursor\": \"\""}) {
            fake.answerNext(FakeKalshiExchange.RawAnswer.json("/markets", 200, "{\"markets\": [" + m + "]" + tail + "}"));
            assertThat(rest.markets(null, "open")).as("tail '%s'", tail).hasSize(1);
        }
        fake.answerNext(FakeKalshiExchange.RawAnswer.json("/markets", 200, "{\"markets\": null, \"cursor\": \"\"}"));
        assertThat(rest.markets(null, "open")).as("Go's null for an empty list").isEmpty();
    }

    private java.util.Optional<Side> winningSide(String ticker) {
        return rest.marketOutcome(ticker).flatMap(com.precog.domain.market.MarketOutcome::winningSide);
    }

    @Test
    void marketResult_isTheWinningSideOnceDetermined_andEmptyBeforeOrWhileDisputed() {
        assertThat(winningSide(FED)).isEmpty(); // active
        fake.determineMarketUnannounced(FED, "no", "0");
        assertThat(winningSide(FED)).contains(Side.NO);
        fake.addMarket(KalshiMarketCatalogTest.json(rest.market(FED).market()).put("status", "disputed").put("result", "no"));
        assertThat(winningSide(FED)).as("a disputed result is not final").isEmpty();
        fake.addMarket(KalshiMarketCatalogTest.json(rest.market(FED).market()).put("status", "finalized").put("result", "yes"));
        assertThat(winningSide(FED)).contains(Side.YES);
        fake.addMarket(KalshiMarketCatalogTest.json(rest.market(FED).market()).put("status", "finalized").put("result", "scalar")
                .put("settlement_value_dollars", "0.5000"));
        assertThat(rest.marketOutcome(FED)).contains(com.precog.domain.market.MarketOutcome.ofYesValue(500_000));
        assertThat(winningSide(FED)).as("no side paid $1").isEmpty();
    }

    @Test
    void anArchivedMarketsResult_isReadFromTheHistoricalEndpoint_andAMarketUnknownToBothIsA404() {
        fake.determineMarketUnannounced(FED, "yes", "1");
        fake.settleMarket(FED);
        fake.archiveMarket(FED);

        assertThatThrownBy(() -> rest.market(FED)).isInstanceOfSatisfying(KalshiApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(winningSide(FED)).contains(Side.YES);
        assertThatThrownBy(() -> rest.marketOutcome("KXNOPE-1")).isInstanceOfSatisfying(KalshiApiException.class,
                e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void aBodyThatStallsAfterItsHeaders_timesOutAndTheReadIsRetried_insteadOfBlockingTheCaller() {
        KalshiSettings s = KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl()).withRetry(3, Duration.ofMillis(5))
                .withRequestTimeout(Duration.ofMillis(300));
        KalshiRestClient quick = KalshiAdapter.create(s).rest();
        long before = fake.restRequests();
        fake.stallNextBody("/orderbook", Duration.ofMillis(900)); // the JDK's own request timeout stops at the headers
        OrderBook b = quick.orderbook(FED);
        assertThat(b.sameLevelsAs(fake.orderBook(FED))).isTrue();
        assertThat(fake.restRequests() - before).as("the stalled read timed out and was sent again").isEqualTo(2);
    }

    @Test
    void orderbook_hasBidsOnBothSides_bestBidLast() {
        OrderBook b = rest.orderbook(FED);
        assertThat(b.bestBidMicros(Side.YES)).isEqualTo(270_000);
        assertThat(b.bestBidQuantity(Side.YES)).isEqualTo(3154);
        assertThat(b.bestBidMicros(Side.NO)).isEqualTo(720_000);
        assertThat(b.bestAskMicros(Side.YES)).isEqualTo(280_000);
        assertThat(b.depth(Side.YES)).isEqualTo(3);
        assertThat(b.sameLevelsAs(fake.orderBook(FED))).isTrue();
    }

    @Test
    void seriesFees_followFeeTypeAndMultiplier() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode nfl = mapper.readTree(com.precog.adapters.kalshi.fake.SharedData.dir()
                .resolve("kalshi/real/nfl-sportsdataverse/kalshi-fixtures/series__series_ticker.json").toFile()).path("series");
        assertThat(KalshiRestClient.toSeries(nfl).fees()).as("real KXNFLGAME: quadratic_with_maker_fees, multiplier 1")
                .isEqualTo(com.precog.domain.money.FeeSchedule.withMakerFees());
        var half = ((com.fasterxml.jackson.databind.node.ObjectNode) nfl.deepCopy()).put("fee_multiplier", 0.5);
        assertThat(KalshiRestClient.toSeries(half).fees()).isEqualTo(new com.precog.domain.money.FeeSchedule(35_000, 8_750));
        // a taker buying 100 at 0.50 on that series pays half of the standard fee: 0.035 x 100 x 0.25 = $0.8750
        assertThat(KalshiRestClient.toSeries(half).fees().takerFee(Price.of("0.50"), Contracts.of(100))).isEqualTo(Dollars.parse("0.8750"));
        // 0.07 x 0.999999 = 0.06999993 and 0.0175 x 0.999999 = 0.0174999825 do not fit 6 places: rounded up, never down
        var odd = ((com.fasterxml.jackson.databind.node.ObjectNode) nfl.deepCopy()).put("fee_multiplier", "0.999999");
        assertThat(KalshiRestClient.toSeries(odd).fees()).isEqualTo(new com.precog.domain.money.FeeSchedule(70_000, 17_500));
        var third = ((com.fasterxml.jackson.databind.node.ObjectNode) nfl.deepCopy()).put("fee_multiplier", "0.3333");
        assertThat(KalshiRestClient.toSeries(third).fees()).as("0.07 x 0.3333 = 0.023331 exact; 0.0175 x 0.3333 = 0.00583275 up")
                .isEqualTo(new com.precog.domain.money.FeeSchedule(23_331, 5_833));
        var tiny = ((com.fasterxml.jackson.databind.node.ObjectNode) nfl.deepCopy()).put("fee_multiplier", "1.0000001");
        assertThat(KalshiRestClient.toSeries(tiny).fees()).as("0.0700000070 and 0.0175000018: up, where the nearest is down")
                .isEqualTo(new com.precog.domain.money.FeeSchedule(70_001, 17_501));
        var none = ((com.fasterxml.jackson.databind.node.ObjectNode) nfl.deepCopy()).put("fee_type", "quadratic");
        none.remove("fee_multiplier");
        assertThat(KalshiRestClient.toSeries(none).fees()).as("no multiplier: 1").isEqualTo(com.precog.domain.money.FeeSchedule.standard());
        var bad = ((com.fasterxml.jackson.databind.node.ObjectNode) nfl.deepCopy()).put("fee_multiplier", -1);
        assertThatThrownBy(() -> KalshiRestClient.toSeries(bad)).hasMessageContaining("fee_multiplier");
    }

    @Test
    void exchangeStatusSeriesEventsAndSettlements_parse() {
        assertThat(rest.exchangeStatus().tradingActive()).isTrue();
        assertThat(rest.series(null)).extracting(KalshiModels.Series::ticker).containsExactly("KXFED");
        assertThat(rest.seriesByTicker("KXFED").fees()).isEqualTo(com.precog.domain.money.FeeSchedule.standard());
        assertThat(rest.events("KXFED", null)).extracting(KalshiModels.Event::eventTicker).containsExactly("KXFED-27APR");
        KalshiModels.Settlement s = rest.settlements().get(0);
        assertThat(s.revenue()).isEqualTo(Dollars.parse("30.00"));
        assertThat(s.yesCost()).isEqualTo(Dollars.parse("8.10"));
        assertThat(s.feeCost()).isEqualTo(Dollars.parse("0.14"));
    }

    @Test
    void givenAV2BuyThatCrosses_createOrder_fillsAtTheBookAndPortfolioEndpointsReflectIt() {
        Dollars before = rest.balance().balance();
        OrderRequest r = OrderRequest.immediateOrCancel(ClientOrderId.of("ioc-1"), FED, Side.YES, OrderAction.BUY, Contracts.of(5), Price.parse("0.30"));
        KalshiModels.OrderAck ack = rest.createOrder(r);
        assertThat(ack.fillCount()).isEqualTo(Contracts.of(5));
        assertThat(ack.averageFillPrice()).contains(Price.parse("0.28"));
        assertThat(ack.clientOrderId()).isEqualTo("ioc-1");
        Dollars after = rest.balance().balance();
        // 5 × 0.28 = 1.40 plus taker fee ceil(0.07×5×0.28×0.72) = 0.0706
        assertThat(before.minus(after)).isEqualTo(Dollars.parse("1.4706"));
        assertThat(rest.positions()).singleElement().satisfies(p -> {
            assertThat(p.side()).isEqualTo(Side.YES);
            assertThat(p.count()).isEqualTo(Contracts.of(5));
        });
        assertThat(rest.fills(null, id -> Optional.empty())).singleElement().satisfies(f -> {
            assertThat(f.price()).isEqualTo(Price.parse("0.28"));
            assertThat(f.fee()).isEqualTo(Dollars.parse("0.0706"));
            assertThat(f.exchangeOrderId()).isEqualTo(ack.orderId());
        });
        assertThat(rest.trades(FED, 100)).hasSize(1);
    }

    /** As on Kalshi, a position's exposure is the cost of what is held now: a partial sale takes its share of the cost away. */
    @Test
    void aPartialSale_leavesTheExposureOfTheContractsStillHeld() {
        rest.createOrder(OrderRequest.immediateOrCancel(ClientOrderId.of("buy-1"), FED, Side.YES, OrderAction.BUY, Contracts.of(5), Price.parse("0.30")));
        rest.createOrder(OrderRequest.immediateOrCancel(ClientOrderId.of("sell-1"), FED, Side.YES, OrderAction.SELL, Contracts.of(2), Price.parse("0.01")));
        assertThat(rest.positions()).singleElement().satisfies(p -> {
            assertThat(p.side()).isEqualTo(Side.YES);
            assertThat(p.count()).isEqualTo(Contracts.of(3));
            assertThat(p.exposure()).as("3 held of 5 bought at 0.28: 3/5 of $1.40, not $1.40 plus the sale").isEqualTo(Dollars.parse("0.84"));
        });
    }

    @Test
    void givenABuyNo_createOrder_sendsAnAskAtTheYesComplement_andRestsOnTheNoSide() {
        fake.setFractionalTrading(FED, true);
        OrderRequest r = OrderRequest.limit(ClientOrderId.of("no-1"), FED, Side.NO, OrderAction.BUY, Contracts.parse("2.50"), Price.parse("0.60"));
        KalshiModels.OrderAck ack = rest.createOrder(r);
        assertThat(ack.remainingCount()).isEqualTo(Contracts.parse("2.50"));
        assertThat(fake.orderBook(FED).quantityAt(Side.NO, 600_000)).isEqualTo(250);
        List<OrderState> resting = rest.orders(FED, "resting");
        assertThat(resting).singleElement().satisfies(o -> {
            assertThat(o.side()).isEqualTo(Side.NO);
            assertThat(o.limitPrice()).isEqualTo(Price.parse("0.60"));
            assertThat(o.status()).isEqualTo(OrderStatus.RESTING);
        });
        KalshiModels.OrderAck dec = rest.decreaseOrder(ack.orderId(), FED, Contracts.parse("0.50"));
        assertThat(dec.remainingCount()).isEqualTo(Contracts.of(2));
        KalshiModels.OrderAck cancel = rest.cancelOrder(ack.orderId(), FED);
        assertThat(cancel.reducedBy()).isEqualTo(Contracts.of(2));
        assertThat(rest.order(ack.orderId())).get().extracting(OrderState::status).isEqualTo(OrderStatus.CANCELED);
        assertThat(fake.orderBook(FED).quantityAt(Side.NO, 600_000)).isZero();
    }

    @Test
    void fractionalCounts_onlyWhereTheMarketEnablesThem() {
        assertThat(rest.market(FED).market().fractionalTrading()).as("the field absent: whole contracts only").isFalse();
        OrderRequest r = OrderRequest.limit(ClientOrderId.of("frac-1"), FED, Side.NO, OrderAction.BUY, Contracts.parse("2.50"), Price.parse("0.60"));
        assertThatThrownBy(() -> rest.createOrder(r)).isInstanceOf(KalshiApiException.class).hasMessageContaining("400");
        fake.setFractionalTrading(FED, true);
        assertThat(rest.market(FED).market().fractionalTrading()).isTrue();
        assertThat(rest.createOrder(OrderRequest.limit(ClientOrderId.of("frac-2"), FED, Side.NO, OrderAction.BUY, Contracts.parse("2.50"),
                Price.parse("0.60"))).remainingCount()).isEqualTo(Contracts.parse("2.50"));
    }

    @Test
    void batchCreateAndBatchCancel_reportPerItemOutcomes() {
        var items = rest.batchCreate(List.of(
                OrderRequest.limit(ClientOrderId.of("b-1"), FED, Side.YES, OrderAction.BUY, Contracts.of(1), Price.parse("0.20")),
                OrderRequest.limit(ClientOrderId.of("b-2"), FED, Side.YES, OrderAction.BUY, Contracts.of(1), Price.parse("0.205"))));
        assertThat(items.get(0).ack()).isPresent();
        assertThat(items.get(1).error()).get().extracting(KalshiApiException::details).asString().contains("tick size");
        var cancels = rest.batchCancel(java.util.Map.of(items.get(0).ack().get().orderId(), FED));
        assertThat(cancels.get(0).ack().get().reducedBy()).isEqualTo(Contracts.of(1));
    }

    @Test
    void kalshisNestedErrorBody_givesTheExceptionItsCodeAndMessage() {
        // what the exchange really sends (not the top-level ErrorResponse of openapi.yaml): a 409 on a halted market
        fake.answerNext(FakeKalshiExchange.RawAnswer.json("/portfolio/events/orders", 409,
                "{\"error\":{\"code\":\"trading_is_paused\",\"message\":\"trading is paused\",\"service\":\"exchange\"}}"));
        OrderRequest r = OrderRequest.limit(ClientOrderId.of("paused-1"), FED, Side.YES, OrderAction.BUY, Contracts.of(1), Price.parse("0.20"));
        assertThatThrownBy(() -> rest.createOrder(r)).isInstanceOfSatisfying(KalshiApiException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.code()).isEqualTo("trading_is_paused");
            assertThat(e.getMessage()).contains("trading is paused");
        });
        fake.answerNext(FakeKalshiExchange.RawAnswer.json("/portfolio/events/orders", 400,
                "{\"error\":{\"code\":\"invalid_parameters\",\"message\":\"invalid parameters\",\"details\":\"price must be a multiple of the market tick size\"}}"));
        assertThatThrownBy(() -> rest.createOrder(r)).isInstanceOfSatisfying(KalshiApiException.class, e -> {
            assertThat(e.code()).isEqualTo("invalid_parameters");
            assertThat(e.details()).contains("tick size");
        });
        fake.answerNext(FakeKalshiExchange.RawAnswer.json("/markets/", 404, "{\"code\":\"not_found\",\"message\":\"market not found\"}"));
        assertThatThrownBy(() -> rest.market("KXNOPE-1")).as("the top-level ErrorResponse of openapi.yaml still reads")
                .isInstanceOfSatisfying(KalshiApiException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    }

    @Test
    void errorAnswersThatAreNotJson_keepTheirStatus_andServerErrorsAmongThemAreRetried() {
        fake.answerNext(new FakeKalshiExchange.RawAnswer("/exchange/status", false, 502, "text/html",
                "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>", java.util.Map.of()));
        fake.answerNext(new FakeKalshiExchange.RawAnswer("/exchange/status", false, 503, "", "", java.util.Map.of()));
        assertThat(rest.exchangeStatus().exchangeActive()).isTrue();
        assertThat(failures).containsExactly("GET /exchange/status HTTP 502", "GET /exchange/status HTTP 503");
        fake.answerNext(new FakeKalshiExchange.RawAnswer("/markets/", false, 404, "text/html", "<html><body>Not Found</body></html>", java.util.Map.of()));
        assertThatThrownBy(() -> rest.market("KXNOPE-1")).isInstanceOfSatisfying(KalshiApiException.class, e -> {
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.code()).isEqualTo("http_404");
        });
    }

    @Test
    void givenTransient5xx_reads_retryAndSucceed_andReportFailures() {
        fake.failNext(2, "/exchange/status", 503);
        assertThat(rest.exchangeStatus().exchangeActive()).isTrue();
        assertThat(failures).hasSize(2);
    }

    @Test
    void given429_reads_backOffAndSucceed() {
        fake.failNext(2, "/portfolio/balance", 429);
        assertThat(rest.balance().balance()).isEqualTo(Dollars.of(10_000));
    }

    @Test
    void given429WithRetryAfter_theNextAttemptWaitsThatLong() {
        fake.answerNext(new FakeKalshiExchange.RawAnswer("/portfolio/balance", false, 429, "application/json", "{\"error\": \"too many requests\"}",
                java.util.Map.of("Retry-After", "1")));
        long start = System.nanoTime();
        assertThat(rest.balance().balance()).isEqualTo(Dollars.of(10_000));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the exchange asked for a second; the backoff alone is 5 ms")
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(rest.rateLimitedCount()).isEqualTo(1);
    }

    @Test
    void retryAfter_readsSecondsAndHttpDates_andIsCapped() {
        java.time.Instant now = java.time.Instant.parse("2026-12-07T10:00:00Z");
        assertThat(KalshiHttp.retryAfter(Optional.of("2"), now)).contains(Duration.ofSeconds(2));
        assertThat(KalshiHttp.retryAfter(Optional.of("Mon, 07 Dec 2026 10:00:05 GMT"), now)).contains(Duration.ofSeconds(5));
        assertThat(KalshiHttp.retryAfter(Optional.of("86400"), now)).contains(KalshiHttp.MAX_RETRY_AFTER);
        assertThat(KalshiHttp.retryAfter(Optional.of("soon"), now)).isEmpty();
        assertThat(KalshiHttp.retryAfter(Optional.of("-3"), now)).isEmpty();
        assertThat(KalshiHttp.retryAfter(Optional.empty(), now)).isEmpty();
    }

    @Test
    void givenPersistent5xx_reads_giveUpWithTheStatus() {
        fake.failNext(10, "/exchange/status", 500);
        assertThatThrownBy(() -> rest.exchangeStatus()).isInstanceOf(KalshiApiException.class).hasMessageContaining("500");
    }

    @Test
    void givenRepeatedOutages_theCircuitBreakerOpens_reportsIt_andRefusesLocally() {
        List<String> events = new ArrayList<>();
        KalshiRestClient c = KalshiAdapter.create(KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl()).withRetry(1, Duration.ofMillis(1)),
                java.time.Clock.systemUTC(), new ExchangeHealthListener() {
                    @Override
                    public void onCircuitOpened() {
                        events.add("open");
                    }
                }).rest();
        fake.failNext(100, "/exchange/status", 502);
        // 5 consecutive failures open it: 2 attempts per call (1 retry), so the third call trips it
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(c::exchangeStatus).isInstanceOf(RuntimeException.class);
        }
        assertThat(events).containsExactly("open");
        assertThat(fake.restRequests()).isEqualTo(5);
        long served = fake.restRequests();
        assertThatThrownBy(c::exchangeStatus).isInstanceOf(KalshiTransportException.class).hasMessageContaining("circuit breaker is open");
        assertThat(fake.restRequests()).isEqualTo(served);
    }

    @Test
    void givenMalformedJson_reads_failWithAClearError() {
        fake.malformedNext("/markets");
        assertThatThrownBy(() -> rest.markets(null, null)).isInstanceOf(KalshiApiException.class).hasMessageContaining("malformed");
    }

    @Test
    void givenNoCredentials_publicDataWorks_butPortfolioIsRefused() {
        KalshiRestClient anon = KalshiAdapter.create(KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl())).rest();
        assertThat(anon.markets(null, null)).hasSize(1);
        assertThatThrownBy(anon::balance).isInstanceOf(KalshiApiException.class).extracting(e -> ((KalshiApiException) e).status()).isEqualTo(401);
    }

    @Test
    void givenAKeyTheExchangeDoesNotKnow_requests_areRejected401() throws Exception {
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        var kp = g.generateKeyPair();
        Path other = java.nio.file.Files.writeString(dir.resolve("other.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder().encodeToString(kp.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        KalshiRestClient wrong = KalshiAdapter.create(KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl()).withCredentials(fake.testKeyId(), other)).rest();
        assertThatThrownBy(wrong::balance).isInstanceOf(KalshiApiException.class).hasMessageContaining("401");
        assertThat(fake.rejected401()).isEqualTo(1);
    }
}
