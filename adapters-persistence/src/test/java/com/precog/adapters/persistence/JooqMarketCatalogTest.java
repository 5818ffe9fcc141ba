package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.MARKETS;
import static com.precog.adapters.persistence.jooq.Tables.ORDERBOOK_SNAPSHOTS;
import static com.precog.adapters.persistence.jooq.Tables.SERIES;
import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.MarketCatalog;
import com.precog.application.port.out.MarketCatalogContract;
import com.precog.domain.market.Market;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.market.TickLadder;
import com.precog.domain.money.FeeSchedule;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqMarketCatalogTest extends MarketCatalogContract {
    private static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");
    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.freshSchema();
    }

    private static MarketStore store() {
        return new PersistenceAdapters(db.database(), Clock.systemUTC()).marketStore();
    }

    @Override
    protected MarketCatalog catalog() {
        MarketStore s = store();
        s.save(open);
        s.save(closed);
        s.saveBook(book, AT);
        return s;
    }

    @Test
    void taperedLadderMakerFeesAndFractionalTrading_roundTrip_andAStatusChangeUpdatesTheRow() {
        MarketStore s = store();
        Market m = new Market("KXRT-26JAN01-X", "KXRT-26JAN01", "KXRT", "X wins", "X", MarketStatus.OPEN,
                Instant.parse("2026-12-02T00:00:00Z"), TickLadder.tapered(), FeeSchedule.withMakerFees(), true);
        s.save(m);
        assertThat(s.market(m.ticker())).contains(m);
        s.save(m.withStatus(MarketStatus.SETTLED));
        assertThat(s.market(m.ticker())).contains(m.withStatus(MarketStatus.SETTLED));
        assertThat(s.openMarkets("KXRT")).isEmpty();
        assertThat(db.dsl().fetchValue(SERIES.FEE_TYPE, SERIES.SERIES_TICKER.eq("KXRT"))).isEqualTo("quadratic_with_maker_fees");
        assertThat(db.dsl().fetchValue(MARKETS.PRICE_RANGES, MARKETS.TICKER.eq(m.ticker())).data()).contains("\"step\"");
    }

    @Test
    void theLatestCaptureIsTheBook_andAnEmptyBookIsStoredAsEmptyLevels() {
        // its own market: the schema is shared by the class, and the contract's tests expect `open` to hold `book`
        // (with methods in random order, an empty capture of `open` here once broke orderBook_returnsTheVenueBook)
        Market own = new Market("KXLC-26JAN01-Y", "KXLC-26JAN01", "KXLC", "Y wins", "Y", MarketStatus.OPEN,
                Instant.parse("2026-12-01T00:00:00Z"), TickLadder.cent(), FeeSchedule.standard(), true);
        MarketStore s = store();
        s.save(own);
        OrderBook first = new OrderBook(own.ticker());
        first.setLevel(Side.YES, 400_000, 1_000);
        OrderBook later = new OrderBook(own.ticker());
        later.setLevel(Side.YES, 450_000, 100);
        s.saveBook(first, AT);
        s.saveBook(later, AT.plusSeconds(5));
        assertThat(s.orderBook(own.ticker()).orElseThrow().sameLevelsAs(later)).isTrue();
        s.saveBook(new OrderBook(own.ticker()), AT.plusSeconds(6));
        assertThat(s.orderBook(own.ticker()).orElseThrow().depth(Side.YES)).isZero();
        assertThat(db.dsl().fetchValue(ORDERBOOK_SNAPSHOTS.BEST_YES_BID, ORDERBOOK_SNAPSHOTS.CAPTURED_AT.eq(AT.plusSeconds(5).atOffset(java.time.ZoneOffset.UTC))))
                .isEqualByComparingTo("0.45");
    }
}
