package com.precog.adapters.kalshi.scenarios;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.kalshi.KalshiAdapter;
import com.precog.adapters.kalshi.KalshiSettings;
import com.precog.adapters.kalshi.RateTier;
import com.precog.adapters.kalshi.fake.FakeKalshiExchange;
import com.precog.application.port.out.OrderGateway;
import com.precog.application.service.exits.ExitScenariosContract;
import com.precog.application.service.exits.MutableClock;
import com.precog.application.service.exits.ScenarioVenue;
import com.precog.domain.market.BookTop;
import com.precog.domain.market.Side;
import com.precog.domain.money.FeeSchedule;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit scenarios of issue 8 ({@link ExitScenariosContract}: the roadmap trade with its two
 * partial exits and the trailing stop, the stop loss in a thin book, the HIGH walk that escalates
 * to an IOC, the breaker trip mid-walk, two exits queued on one market) re-run against the loopback
 * {@link FakeKalshiExchange} through the real {@link KalshiAdapter} order gateway: signed V2 REST
 * orders, reduce-only sells mapped to the single YES book (sell YES = ask, sell NO = bid at 1 − p),
 * lookups by exchange order id, cancels with the market ticker. The book the monitor sees is the
 * exchange's own book, our resting orders included, as the real market stream shows it.
 *
 * <p>The exit executor runs on the scenario's hand-moved clock; the exchange and the HTTP client run
 * on wall time (signatures, token buckets). The Prestige tier keeps the client's token buckets out of
 * the way of a scenario that simulates a minute of polling in well under a second.
 */
class FakeExchangeExitScenariosTest extends ExitScenariosContract {
    @TempDir
    Path keys;

    private FakeKalshiExchange fake;

    @Override
    protected ScenarioVenue newVenue(MutableClock clock, FeeSchedule fees) {
        fake = FakeKalshiExchange.start(RateTier.PRESTIGE);
        for (String t : new String[] {M1, M2}) fake.addMarket(marketJson(t));
        KalshiSettings settings = KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl()).withTier(RateTier.PRESTIGE)
                .withCredentials(fake.testKeyId(), fake.writeTestKey(keys));
        OrderGateway gateway = KalshiAdapter.create(settings).orderGateway();
        FakeKalshiExchange x = fake;
        return new ScenarioVenue() {
            @Override
            public OrderGateway gateway() {
                return gateway;
            }

            @Override
            public void setLevel(String ticker, Side side, long priceMicros, long hundredths) {
                x.setAnonymousLevel(ticker, side, priceMicros, hundredths);
            }

            @Override
            public void clearSide(String ticker, Side side) {
                x.clearAnonymous(ticker, side);
            }

            @Override
            public BookTop top(String ticker) {
                return x.orderBook(ticker).top();
            }
        };
    }

    @AfterEach
    void stopExchange() {
        if (fake != null) fake.close();
    }

    private static ObjectNode marketJson(String ticker) {
        ObjectNode m = new ObjectMapper().createObjectNode();
        m.put("ticker", ticker).put("event_ticker", ticker.substring(0, ticker.lastIndexOf('-'))).put("status", "active")
                .put("title", ticker).put("close_time", "2025-09-07T20:00:00Z").put("price_level_structure", "linear_cent");
        m.putArray("price_ranges").addObject().put("start", "0.0000").put("end", "1.0000").put("step", "0.0100");
        return m;
    }
}
