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
    KalshiRestClient rest;

    @BeforeEach
    void start() {
        fake = FakeKalshiExchange.start();
        rest = KalshiAdapter.create(KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl()).withRetry(1, Duration.ofMillis(5))).rest();
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

    private static com.fasterxml.jackson.databind.JsonNode readTree(String s) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
