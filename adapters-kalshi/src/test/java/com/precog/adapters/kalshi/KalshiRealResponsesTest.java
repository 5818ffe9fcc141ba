package com.precog.adapters.kalshi;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.adapters.kalshi.KalshiModels.MarketQuote;
import com.precog.adapters.kalshi.fake.FakeKalshiExchange;
import com.precog.adapters.kalshi.fake.FakeKalshiExchange.RawAnswer;
import com.precog.adapters.kalshi.fake.SharedData;
import com.precog.domain.market.MarketOutcome;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.market.TickLadder;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Price;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real captured Kalshi answers ({@code shared/data/kalshi/real}) served verbatim over loopback and read through the REST
 * client, so a parser never only agrees with the fake that wrote its input.
 */
class KalshiRealResponsesTest {
    static final String NFL = "real/nfl-sportsdataverse/kalshi-fixtures/";
    static final String NCAAF = "real/ncaaf-totals-cfb-canes/fixtures/";
    FakeKalshiExchange fake;
    KalshiAdapter adapter;
    KalshiRestClient rest;
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path keys;

    @BeforeEach
    void start() {
        fake = FakeKalshiExchange.start();
        // signed: the portfolio endpoints (fills, orders, settlements) need a key
        adapter = KalshiAdapter.create(KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl()).withRetry(1, Duration.ofMillis(5))
                .withCredentials(fake.testKeyId(), fake.writeTestKey(keys)));
        rest = adapter.rest();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    static String real(String file) {
        try {
            return Files.readString(SharedData.kalshi(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Serves {@code file} for the next request on {@code pathPart}; a page with a cursor is followed by an empty last page. */
    private void serve(String pathPart, String file, String arrayField) {
        String body = real(file);
        fake.answerNext(RawAnswer.json(pathPart, 200, body));
        if (arrayField != null && !readTree(body).path("cursor").asText("").isEmpty()) {
            fake.answerNext(RawAnswer.json(pathPart, 200, "{\"" + arrayField + "\": [], \"cursor\": \"\"}"));
        }
    }

    @Test
    void exchangeStatusSeriesAndEvents() {
        serve("/exchange/status", NFL + "exchange__status.json", null);
        assertThat(rest.exchangeStatus()).isEqualTo(new KalshiModels.ExchangeStatus(true, true, java.util.Optional.empty()));
        serve("/series", NFL + "series.json", null);
        assertThat(rest.series("Sports")).hasSize(3).allSatisfy(s -> assertThat(s.ticker()).isNotBlank());
        serve("/series/KXNFLGAME", NFL + "series__series_ticker.json", null);
        assertThat(rest.seriesByTicker("KXNFLGAME").fees()).isEqualTo(FeeSchedule.withMakerFees());
        serve("/events", NFL + "events.json", "events");
        assertThat(rest.events("KXNFLGAME", "open")).hasSize(3).allSatisfy(e -> assertThat(e.seriesTicker()).isEqualTo("KXNFLGAME"));
        serve("/events", NCAAF + "kalshi_events.json", "events");
        assertThat(rest.events("KXNCAAFTOTAL", null)).hasSize(5);
    }

    @Test
    void openGameMarkets_theirBookAndTrades() {
        serve("/markets", NFL + "markets.json", "markets");
        List<MarketQuote> ms = rest.markets(null, null, "KXNFLGAME-26OCT08TBDAL", s -> FeeSchedule.withMakerFees());
        assertThat(ms).hasSize(2).allSatisfy(q -> {
            assertThat(q.binary()).isTrue();
            assertThat(q.market().status()).isEqualTo(MarketStatus.OPEN);
            assertThat(q.market().ladder()).isEqualTo(TickLadder.cent());
            assertThat(q.market().seriesTicker()).isEqualTo("KXNFLGAME");
        });
        serve("/markets/KXNFLGAME-26OCT08TBDAL-DAL", NFL + "markets__ticker.json", null);
        assertThat(rest.market("KXNFLGAME-26OCT08TBDAL-DAL").market().ticker()).isEqualTo("KXNFLGAME-26OCT08TBDAL-DAL");
        serve("/orderbook", NFL + "markets__ticker__orderbook.json", null);
        OrderBook b = rest.orderbook("KXNFLGAME-26OCT08TBDAL-DAL");
        assertThat(b.bestBidMicros(Side.YES)).isEqualTo(800_000);
        assertThat(b.bestBidQuantity(Side.YES)).isEqualTo(Contracts.parse("16529.55").hundredths());
        assertThat(b.bestBidMicros(Side.NO)).isEqualTo(190_000);
        assertThat(b.bestAskMicros(Side.YES)).isEqualTo(810_000);
        serve("/markets/trades", NFL + "markets__trades.json", null);
        assertThat(rest.trades("KXNFLGAME-26OCT08TBDAL-DAL", 3)).extracting(KalshiModels.Trade::takerSide, KalshiModels.Trade::yesPrice)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Side.YES, Price.parse("0.81")), org.assertj.core.groups.Tuple.tuple(Side.NO, Price.parse("0.80")),
                        org.assertj.core.groups.Tuple.tuple(Side.NO, Price.parse("0.80")));
    }

    @Test
    void settledTotalsMarkets_areSettled_andTheirOutcomesRead() {
        serve("/markets", NCAAF + "kalshi_markets_settled.json", "markets");
        List<MarketQuote> ms = rest.markets("KXNCAAFTOTAL", "settled");
        assertThat(ms).hasSize(3).allSatisfy(q -> {
            assertThat(q.market().status()).isEqualTo(MarketStatus.SETTLED);
            assertThat(q.market().seriesTicker()).isEqualTo("KXNCAAFTOTAL");
        });
        String t = ms.get(0).market().ticker();
        fake.answerNext(RawAnswer.json("/markets/" + t, 200, "{\"market\": " + new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(
                readTree(real(NCAAF + "kalshi_markets_settled.json")).path("markets").get(0)) + "}"));
        assertThat(rest.marketOutcome(t)).contains(MarketOutcome.no());
    }

    // ---- direction, settlement value and odd orders (the documented shapes, varied as Kalshi reports them)

    /** The docs' "order direction" table: legacy (sell, yes) is outcome_side no / book_side ask — never "sell NO". */
    @Test
    void aSaleOfYes_isReadAsASaleOfYes_andWithoutTheLegacyFieldsAsThePurchaseOfNo() {
        String sellYes = real("rest_get_fills.json").replace("\"action\": \"buy\"", "\"action\": \"sell\"")
                .replace("\"outcome_side\": \"yes\"", "\"outcome_side\": \"no\"").replace("\"book_side\": \"bid\"", "\"book_side\": \"ask\"");
        fake.answerNext(RawAnswer.json("/portfolio/fills", 200, sellYes));
        assertThat(rest.fills(null, id -> java.util.Optional.empty())).singleElement().satisfies(f -> {
            assertThat(f.side()).isEqualTo(Side.YES);
            assertThat(f.action()).isEqualTo(com.precog.domain.market.OrderAction.SELL);
            assertThat(f.price()).isEqualTo(Price.parse("0.56"));
        });
        // once the deprecated pair is gone: the same fill is the purchase of NO at the complement (the same exposure)
        String newOnly = sellYes.replace("\"side\": \"yes\",", "").replace("\"action\": \"sell\",", "");
        fake.answerNext(RawAnswer.json("/portfolio/fills", 200, newOnly));
        assertThat(rest.fills(null, id -> java.util.Optional.empty())).singleElement().satisfies(f -> {
            assertThat(f.side()).isEqualTo(Side.NO);
            assertThat(f.action()).isEqualTo(com.precog.domain.market.OrderAction.BUY);
            assertThat(f.price()).isEqualTo(Price.parse("0.44"));
        });
        // the WebSocket fill channel goes through the same reading
        com.precog.domain.order.Fill ws = KalshiRestClient.toFill(readTree(real("ws_fill.json").replace("\"action\": \"buy\"", "\"action\": \"sell\"")
                .replace("\"outcome_side\": \"yes\"", "\"outcome_side\": \"no\"").replace("\"book_side\": \"bid\"", "\"book_side\": \"ask\"")).path("msg"),
                id -> java.util.Optional.empty());
        assertThat(ws.side()).isEqualTo(Side.YES);
        assertThat(ws.action()).isEqualTo(com.precog.domain.market.OrderAction.SELL);
        assertThat(ws.price()).isEqualTo(Price.parse("0.75"));
    }

    @Test
    void aScalarSettlement_isReadAtItsValue() {
        fake.answerNext(RawAnswer.json("/portfolio/settlements", 200, real("rest_get_settlements.json")
                .replace("\"market_result\": \"yes\"", "\"market_result\": \"scalar\"").replace("\"value\": 100", "\"value\": 50")));
        KalshiModels.Settlement s = rest.settlements().get(0);
        assertThat(s.yesValue()).contains(com.precog.domain.money.Dollars.parse("0.50"));
        assertThat(s.outcome()).contains(MarketOutcome.ofYesValue(500_000));
        fake.answerNext(RawAnswer.json("/portfolio/settlements", 200, real("rest_get_settlements.json")));
        assertThat(rest.settlements().get(0).outcome()).contains(MarketOutcome.yes());
        fake.answerNext(RawAnswer.json("/portfolio/settlements", 200, real("rest_get_settlements.json")
                .replace("\"market_result\": \"yes\"", "\"market_result\": \"scalar\"").replace("\"value\": 100", "\"value\": null")));
        assertThat(rest.settlements().get(0).outcome()).as("a scalar result without its value is not guessed").isEmpty();
    }

    /** A tie announced on the stream as a blank result with a settlement value is the scalar outcome REST would give. */
    @Test
    void aDeterminationWithABlankResultAndAValue_isScalarOnTheStreamToo() {
        String t = "KXNFLGAME-26OCT08TBDAL-DAL";
        adapter.marketLifecycle().onLifecycle(readTree("{\"market_ticker\":\"" + t + "\",\"event_type\":\"determined\",\"result\":\"\","
                + "\"settlement_value\":\"0.5000\",\"determination_ts\":1791000000}"));
        assertThat(adapter.marketLifecycle().state(t).orElseThrow().outcome()).contains(MarketOutcome.ofYesValue(500_000));
        String other = "KXNFLGAME-26OCT08TBDAL-TB";
        adapter.marketLifecycle().onLifecycle(readTree("{\"market_ticker\":\"" + other + "\",\"event_type\":\"determined\",\"result\":\"\","
                + "\"determination_ts\":1791000000}"));
        assertThat(adapter.marketLifecycle().state(other).orElseThrow().outcome()).as("neither result nor value: not known yet").isEmpty();
    }

    /** An order Precog never places (hand-placed at $1, no client id) is skipped; the rest of the list is read. */
    @Test
    void anUnreadableForeignOrder_doesNotHideTheOthers_butAnUnreadableOrderWithAClientIdFailsTheList() {
        com.fasterxml.jackson.databind.JsonNode page = readTree(real("rest_get_orders.json"));
        com.fasterxml.jackson.databind.node.ObjectNode odd = ((com.fasterxml.jackson.databind.node.ObjectNode) page.path("orders").get(0).deepCopy())
                .put("order_id", "odd").put("client_order_id", "").put("yes_price_dollars", "1.0000").put("no_price_dollars", "0.0000");
        ((com.fasterxml.jackson.databind.node.ArrayNode) page.path("orders")).add(odd);
        fake.answerNext(RawAnswer.json("/portfolio/orders", 200, page.toString()));
        List<com.precog.domain.order.OrderState> os = rest.orders(null, null);
        assertThat(os).extracting(com.precog.domain.order.OrderState::exchangeOrderId)
                .contains(page.path("orders").get(0).path("order_id").asText()).doesNotContain("odd");
        odd.put("client_order_id", "0f1e2d3c-0000-4000-8000-000000000001");
        fake.answerNext(RawAnswer.json("/portfolio/orders", 200, page.toString()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rest.orders(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String s) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
