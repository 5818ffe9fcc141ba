package com.precog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.market.Market;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.market.TickLadder;
import com.precog.domain.money.FeeSchedule;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link MarketCatalog} must do. Implementations seed {@link #open}, {@link #closed} and {@link #book}. */
public abstract class MarketCatalogContract {
    protected final Market open = new Market("KXTEST-26JAN01-A", "KXTEST-26JAN01", "KXTEST", "Team A wins", "Team A", MarketStatus.OPEN,
            Instant.parse("2026-12-01T00:00:00Z"), TickLadder.cent(), FeeSchedule.standard(), true, Instant.parse("2026-11-29T03:00:00Z"));
    protected final Market closed = new Market("KXTEST-26JAN01-B", "KXTEST-26JAN01", "KXTEST", "Team B wins", "Team B", MarketStatus.CLOSED,
            Instant.parse("2026-12-01T00:00:00Z"), TickLadder.cent(), FeeSchedule.standard(), true);
    protected final OrderBook book = bookOf(open.ticker());

    private static OrderBook bookOf(String ticker) {
        OrderBook b = new OrderBook(ticker);
        b.setLevel(Side.YES, 400_000, 1_000);
        b.setLevel(Side.YES, 410_000, 250);
        b.setLevel(Side.NO, 570_000, 500);
        return b;
    }

    /** A catalog holding {@link #open} with {@link #book} and {@link #closed} (empty book). */
    protected abstract MarketCatalog catalog();

    @Test
    void openMarkets_listsOnlyOpenMarketsOfTheSeries() {
        MarketCatalog c = catalog();
        assertThat(c.openMarkets("KXTEST")).extracting(Market::ticker).containsExactly(open.ticker());
        assertThat(c.openMarkets("NOSUCHSERIES")).isEmpty();
    }

    @Test
    void market_findsAnyStatus_andIsEmptyForUnknownTickers() {
        MarketCatalog c = catalog();
        assertThat(c.market(closed.ticker())).get().extracting(Market::status).isEqualTo(MarketStatus.CLOSED);
        assertThat(c.market(open.ticker())).get().extracting(Market::ladder).isEqualTo(TickLadder.cent());
        assertThat(c.market("KXTEST-NOPE")).isEmpty();
    }

    @Test
    void market_keepsTheCloseAndTheExpectedExpiration() {
        MarketCatalog c = catalog();
        Market o = c.market(open.ticker()).orElseThrow();
        assertThat(o.closeTime()).isEqualTo(open.closeTime());
        assertThat(o.expectedEnd()).as("the result is expected before trading closes").isEqualTo(Instant.parse("2026-11-29T03:00:00Z"));
        assertThat(c.market(closed.ticker()).orElseThrow().expectedEnd()).as("none given: the close").isEqualTo(closed.closeTime());
    }

    @Test
    void orderBook_returnsTheVenueBook() {
        OrderBook b = catalog().orderBook(open.ticker()).orElseThrow();
        assertThat(b.sameLevelsAs(book)).isTrue();
        assertThat(b.bestAskMicros(Side.YES)).isEqualTo(430_000);
        assertThat(catalog().orderBook("KXTEST-NOPE")).isEmpty();
    }
}
