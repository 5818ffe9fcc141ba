package com.precog.application.service.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.InMemoryBooks;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.OrderState;
import com.precog.domain.order.TimeInForce;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PaperBrokerPropertiesTest {
    @Property(tries = 300)
    void buyFills_neverBetterThanTheBook_neverAboveTheLimit_neverMoreThanOffered(
            @ForAll @Size(min = 0, max = 6) List<@IntRange(min = 1, max = 98) Integer> noBidCents,
            @ForAll @Size(min = 0, max = 6) List<@IntRange(min = 1, max = 50) Integer> quantities,
            @ForAll @IntRange(min = 1, max = 99) int limitCents, @ForAll @IntRange(min = 1, max = 200) int count, @ForAll boolean yes) {
        InMemoryBooks books = new InMemoryBooks();
        OrderBook book = books.bookFor("KX");
        Side side = yes ? Side.YES : Side.NO;
        for (int i = 0; i < Math.min(noBidCents.size(), quantities.size()); i++) {
            book.setLevel(side.opposite(), noBidCents.get(i) * 10_000L, quantities.get(i) * 100L);
        }
        long bestAsk = book.bestAskMicros(side);
        long offered = book.buyableQuantity(side, limitCents * 10_000L);
        PaperBroker broker = new PaperBroker(ExecutionEnvironment.PAPER, books, t -> FeeSchedule.standard(),
                Clock.fixed(Instant.parse("2026-09-07T12:00:00Z"), ZoneOffset.UTC));
        OrderState s = broker.place(new OrderRequest(ClientOrderId.of("o"), "KX", side, OrderAction.BUY, Contracts.of(count), Price.ofCents(limitCents),
                TimeInForce.IMMEDIATE_OR_CANCEL, false, false));
        List<Fill> fills = broker.fillsOf(ClientOrderId.of("o"));
        long filled = 0;
        for (Fill f : fills) {
            assertThat(f.price().micros()).isGreaterThanOrEqualTo(bestAsk).isLessThanOrEqualTo(limitCents * 10_000L);
            assertThat(f.liquidity()).isEqualTo(Liquidity.TAKER);
            assertThat(f.fee()).isEqualTo(FeeSchedule.standard().takerFee(f.price(), f.count()));
            filled += f.count().hundredths();
        }
        assertThat(filled).isEqualTo(s.filled().hundredths()).isEqualTo(Math.min(offered, count * 100L));
    }
}
