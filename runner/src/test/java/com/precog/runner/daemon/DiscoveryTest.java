package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.kalshi.KalshiAdapter;
import com.precog.adapters.kalshi.KalshiSettings;
import com.precog.adapters.kalshi.fake.FakeKalshiExchange;
import com.precog.adapters.kalshi.fake.SharedData;
import com.precog.domain.market.Market;
import com.precog.domain.money.FeeSchedule;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The daemon's discovery lists what the Kalshi catalog lists — binary markets only, each with its
 * series' fee schedule — so edges, sizing and paper fills price the fees Kalshi charges.
 */
class DiscoveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private FakeKalshiExchange exchange;

    @BeforeEach
    void start() throws Exception {
        exchange = FakeKalshiExchange.start();
        // the real KXNFLGAME series (quadratic_with_maker_fees, multiplier 1), here at multiplier 0.5
        ObjectNode series = (ObjectNode) JSON.readTree(SharedData.kalshiText("real/nfl-sportsdataverse/kalshi-fixtures/series__series_ticker.json"))
                .path("series");
        assertThat(series.path("fee_type").asText()).isEqualTo("quadratic_with_maker_fees");
        exchange.addSeries(series.put("fee_multiplier", 0.5));
        exchange.addMarket(market("KXNFLGAME-27JAN01TAATAH-TAH", "binary"));
        exchange.addMarket(market("KXNFLGAME-27JAN01TAATAH-MARGIN", "scalar"));
    }

    @AfterEach
    void stop() {
        exchange.close();
    }

    private static ObjectNode market(String ticker, String type) {
        ObjectNode m = JSON.createObjectNode();
        m.put("ticker", ticker).put("event_ticker", "KXNFLGAME-27JAN01TAATAH").put("series_ticker", "KXNFLGAME").put("status", "active")
                .put("market_type", type).put("title", ticker).put("close_time", Instant.now().plus(Duration.ofDays(2)).toString())
                .put("volume_fp", "5000.00").put("yes_bid_dollars", "0.5300").put("yes_ask_dollars", "0.5500");
        m.putArray("price_ranges").addObject().put("start", "0.0000").put("end", "1.0000").put("step", "0.0100");
        return m;
    }

    private Discovery discovery(KalshiSettings settings) {
        return new Discovery(KalshiAdapter.create(settings.withHosts(exchange.restBaseUrl(), exchange.wsUrl())));
    }

    @Test
    void listsBinaryMarketsOnly_withTheirSeriesFeeSchedule_andRemembersItForThePaperBroker() {
        Discovery d = discovery(KalshiSettings.defaults());
        assertThat(d.openMarkets("KXNFLGAME")).singleElement().satisfies(m -> {
            assertThat(m.ticker()).isEqualTo("KXNFLGAME-27JAN01TAATAH-TAH");
            assertThat(m.fees()).isEqualTo(FeeSchedule.of("0.035", "0.00875")); // 0.07 / 0.0175 × 0.5
        });
        assertThat(d.volume("KXNFLGAME-27JAN01TAATAH-TAH")).isEqualTo(5_000);
        assertThat(d.fees("KXNFLGAME-27JAN01TAATAH-TAH")).isEqualTo(FeeSchedule.of("0.035", "0.00875"));
        assertThat(d.fees("KXNFLGAME-NOSUCH")).isNull(); // unknown to Kalshi: the paper broker rejects the order
    }

    @Test
    void theConfiguredGeneralCoefficients_areTheBaseEachSeriesScales() {
        Discovery d = discovery(KalshiSettings.defaults().withGeneralFees(FeeSchedule.of("0.06", "0.02")));
        assertThat(d.openMarkets("KXNFLGAME")).extracting(Market::fees).containsExactly(FeeSchedule.of("0.03", "0.01"));
        // a market looked up before discovery (e.g. a position's, after a restart) gets the same schedule
        Discovery fresh = discovery(KalshiSettings.defaults().withGeneralFees(FeeSchedule.of("0.06", "0.02")));
        assertThat(fresh.fees("KXNFLGAME-27JAN01TAATAH-TAH")).isEqualTo(FeeSchedule.of("0.03", "0.01"));
    }
}
