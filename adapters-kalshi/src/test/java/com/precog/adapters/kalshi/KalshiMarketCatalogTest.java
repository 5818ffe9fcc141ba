package com.precog.adapters.kalshi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.kalshi.fake.FakeKalshiExchange;
import com.precog.application.port.out.MarketCatalog;
import com.precog.application.port.out.MarketCatalogContract;
import com.precog.domain.market.Market;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.market.Side;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KalshiMarketCatalogTest extends MarketCatalogContract {
    private FakeKalshiExchange fake;

    static ObjectNode json(Market m) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("ticker", m.ticker()).put("event_ticker", m.eventTicker()).put("title", m.title()).put("yes_sub_title", m.yesOutcome())
                .put("status", m.status() == MarketStatus.OPEN ? "active" : "closed").put("close_time", m.closeTime().toString())
                .put("expected_expiration_time", m.expectedExpirationTime().toString());
        var ranges = o.putArray("price_ranges");
        m.ladder().ranges().forEach(r -> ranges.addObject().put("start", FakeKalshiExchange.px(r.startMicros()))
                .put("end", FakeKalshiExchange.px(r.endMicros())).put("step", FakeKalshiExchange.px(r.stepMicros())));
        return o;
    }

    @Override
    protected MarketCatalog catalog() {
        if (fake == null) {
            fake = FakeKalshiExchange.start();
            fake.addMarket(json(open));
            fake.addMarket(json(closed));
            for (Side s : Side.values()) {
                for (long[] lvl : book.levelsAscending(s)) fake.setAnonymousLevel(open.ticker(), s, lvl[0], lvl[1]);
            }
        }
        return KalshiAdapter.create(KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl())).marketCatalog();
    }

    @Test
    void scalarMarkets_areNotListedAsOpen_butCanStillBeLookedUp() {
        MarketCatalog catalog = catalog();
        ObjectNode scalar = json(open).put("ticker", "KXTEST-26JAN01-S").put("market_type", "scalar");
        fake.addMarket(scalar);
        fake.addMarket(json(open).put("ticker", "KXTEST-26JAN01-C").put("market_type", "binary"));
        assertThat(catalog.openMarkets("KXTEST")).extracting(Market::ticker)
                .containsExactlyInAnyOrder(open.ticker(), "KXTEST-26JAN01-C");
        assertThat(catalog.market("KXTEST-26JAN01-S")).isPresent(); // a held position can still be followed
        assertThat(KalshiRestClient.toMarketQuote(scalar, s -> com.precog.domain.money.FeeSchedule.standard()).binary()).isFalse();
        assertThat(KalshiRestClient.toMarketQuote(json(open), s -> com.precog.domain.money.FeeSchedule.standard()).binary()).isTrue();
    }

    @Test
    void aStatusKalshiAddsLater_readsAsPaused_andDoesNotFailTheListing() {
        MarketCatalog catalog = catalog();
        fake.addMarket(json(open).put("ticker", "KXTEST-26JAN01-X").put("status", "suspended_for_review"));
        assertThat(catalog.openMarkets("KXTEST")).extracting(Market::ticker).containsExactly(open.ticker());
        assertThat(catalog.market("KXTEST-26JAN01-X").orElseThrow().status()).isEqualTo(MarketStatus.PAUSED);
    }

    @AfterEach
    void stop() {
        if (fake != null) fake.close();
    }
}
