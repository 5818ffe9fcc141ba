package com.precog.application.service.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.InMemoryBooks;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.OrderState;
import com.precog.domain.order.OrderStatus;
import com.precog.domain.order.TimeInForce;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaperBrokerTest {
    private static final Instant T0 = Instant.parse("2026-09-07T12:00:00Z");
    private final InMemoryBooks books = new InMemoryBooks();
    private PaperBroker broker;
    private OrderBook book;

    @BeforeEach
    void setUp() {
        book = books.bookFor("KX-A");
        book.setLevel(Side.NO, 350_000, 10_00); // YES ask 0.65 × 10
        book.setLevel(Side.NO, 330_000, 5_00);  // YES ask 0.67 × 5
        book.setLevel(Side.YES, 600_000, 8_00); // YES bid 0.60 × 8 (NO ask 0.40)
        broker = new PaperBroker(ExecutionEnvironment.PAPER, books, t -> t.equals("KX-A") ? FeeSchedule.withMakerFees() : null,
                Clock.fixed(T0, ZoneOffset.UTC));
    }

    static OrderRequest buyYes(String id, long count, String limit, TimeInForce tif) {
        return new OrderRequest(ClientOrderId.of(id), "KX-A", Side.YES, OrderAction.BUY, Contracts.of(count), Price.of(limit), tif, false, false);
    }

    @Test
    void aMarketTheVenueHasPaused_acceptsAndFillsNothing_untilItTradesAgain() {
        java.util.concurrent.atomic.AtomicBoolean paused = new java.util.concurrent.atomic.AtomicBoolean(false);
        broker.refuseWhen(t -> paused.get() ? java.util.Optional.of("market_closed: " + t + " is paused") : java.util.Optional.empty());
        OrderState resting = broker.place(buyYes("o1", 12, "0.65", TimeInForce.GOOD_TILL_CANCELED)); // 10 fill, 2 rest
        assertThat(resting.remaining()).isEqualTo(Contracts.of(2));
        paused.set(true);
        OrderState refused = broker.place(buyYes("o2", 1, "0.70", TimeInForce.GOOD_TILL_CANCELED));
        assertThat(refused.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(refused.rejectReason()).contains("market_closed: KX-A is paused");
        assertThat(broker.onBookChanged("KX-A")).as("the resting order does not fill while paused").isEmpty();
        paused.set(false);
        assertThat(broker.onBookChanged("KX-A")).extracting(Fill::count).containsExactly(Contracts.of(2));
    }

    @Test
    void buy_walksLevelsAtBookPrices_withTakerFeePerLevel_taggedPaper() {
        OrderState s = broker.place(buyYes("o1", 12, "0.70", TimeInForce.GOOD_TILL_CANCELED));
        assertThat(s.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(s.exchangeOrderId()).startsWith("paper-");
        List<Fill> fills = broker.fillsOf(ClientOrderId.of("o1"));
        assertThat(fills).extracting(Fill::price).containsExactly(Price.of("0.65"), Price.of("0.67"));
        assertThat(fills).extracting(Fill::count).containsExactly(Contracts.of(10), Contracts.of(2));
        assertThat(fills).allSatisfy(f -> {
            assertThat(f.liquidity()).isEqualTo(Liquidity.TAKER);
            assertThat(f.fillId()).startsWith("paper-fill-");
        });
        assertThat(fills.get(0).fee()).isEqualTo(FeeSchedule.withMakerFees().takerFee(Price.of("0.65"), Contracts.of(10))); 
        assertThat(fills.get(0).fee()).isEqualTo(Dollars.of("0.1593")); // 0.07 × 10 × 0.65 × 0.35 = 0.15925, rounded up to $0.0001
        assertThat(s.feesPaid()).isEqualTo(fills.get(0).fee().plus(fills.get(1).fee()));
        assertThat(s.averageFillPrice()).contains(Price.of("0.653333"));
    }

    @Test
    void limit_isNeverCrossed_remainderRests_thenFillsAsMakerWhenTheBookCrossesIt() {
        OrderState s = broker.place(buyYes("o1", 12, "0.65", TimeInForce.GOOD_TILL_CANCELED));
        assertThat(s.status()).isEqualTo(OrderStatus.RESTING);
        assertThat(s.filled()).isEqualTo(Contracts.of(10));
        assertThat(s.remaining()).isEqualTo(Contracts.of(2));
        assertThat(broker.openOrders()).hasSize(1);
        // nothing new in the book: the same liquidity is not taken twice
        assertThat(broker.onBookChanged("KX-A")).extracting(Fill::count).containsExactly(Contracts.of(2)); // the 0.65 level was refreshed
        assertThat(broker.find(ClientOrderId.of("o1")).orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
        Fill maker = broker.fillsOf(ClientOrderId.of("o1")).get(1);
        assertThat(maker.liquidity()).isEqualTo(Liquidity.MAKER);
        assertThat(maker.price()).isEqualTo(Price.of("0.65"));
        assertThat(maker.fee()).isEqualTo(FeeSchedule.withMakerFees().makerFee(Price.of("0.65"), Contracts.of(2)));
    }

    @Test
    void oneBookVersion_isNotTakenTwice() {
        broker.place(buyYes("o1", 10, "0.65", TimeInForce.IMMEDIATE_OR_CANCEL));
        OrderState second = broker.place(buyYes("o2", 10, "0.65", TimeInForce.IMMEDIATE_OR_CANCEL));
        assertThat(second.filled()).isEqualTo(Contracts.ZERO);
        assertThat(second.status()).isEqualTo(OrderStatus.CANCELED);
    }

    @Test
    void ioc_cancelsRest_fok_rejectsShort_postOnly_rejectsCrossing() {
        OrderState ioc = broker.place(buyYes("o1", 20, "0.66", TimeInForce.IMMEDIATE_OR_CANCEL));
        assertThat(ioc.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(ioc.filled()).isEqualTo(Contracts.of(10));
        assertThat(ioc.remaining()).isEqualTo(Contracts.ZERO);
        // only the 5 at 0.67 are left in this book version: 6 is killed, 5 fills
        assertThat(broker.place(buyYes("o2", 6, "0.67", TimeInForce.FILL_OR_KILL)).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(broker.place(buyYes("o3", 5, "0.67", TimeInForce.FILL_OR_KILL)).status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void fillOrKill_withTooLittle_isRejected_andPostOnlyCrossing_isRejected() {
        assertThat(broker.place(buyYes("o1", 16, "0.67", TimeInForce.FILL_OR_KILL)).status()).isEqualTo(OrderStatus.REJECTED);
        OrderRequest post = new OrderRequest(ClientOrderId.of("o2"), "KX-A", Side.YES, OrderAction.BUY, Contracts.of(1), Price.of("0.66"),
                TimeInForce.GOOD_TILL_CANCELED, true, false);
        assertThat(broker.place(post).rejectReason()).contains("post-only");
        OrderRequest passive = new OrderRequest(ClientOrderId.of("o3"), "KX-A", Side.YES, OrderAction.BUY, Contracts.of(1), Price.of("0.62"),
                TimeInForce.GOOD_TILL_CANCELED, true, false);
        assertThat(broker.place(passive).status()).isEqualTo(OrderStatus.RESTING);
    }

    @Test
    void sell_takesOwnSideBidsAtOrAboveLimit() {
        OrderRequest sell = new OrderRequest(ClientOrderId.of("s1"), "KX-A", Side.YES, OrderAction.SELL, Contracts.of(5), Price.of("0.58"),
                TimeInForce.IMMEDIATE_OR_CANCEL, false, true);
        OrderState s = broker.place(sell);
        assertThat(s.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(broker.fillsOf(ClientOrderId.of("s1"))).singleElement().satisfies(f -> assertThat(f.price()).isEqualTo(Price.of("0.60")));
    }

    @Test
    void cancelAmendDecrease_onRestingOrders() {
        broker.place(buyYes("o1", 5, "0.50", TimeInForce.GOOD_TILL_CANCELED));
        assertThat(broker.decrease("KX-A", ClientOrderId.of("o1"), Contracts.of(2)).remaining()).isEqualTo(Contracts.of(3));
        OrderState amended = broker.amend("KX-A", ClientOrderId.of("o1"), Price.of("0.65"), Contracts.of(3));
        assertThat(amended.status()).isEqualTo(OrderStatus.FILLED); // amended through the ask: takes
        broker.place(buyYes("o2", 5, "0.50", TimeInForce.GOOD_TILL_CANCELED));
        assertThat(broker.cancel("KX-A", ClientOrderId.of("o2")).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(broker.openOrders()).isEmpty();
        assertThatThrownBy(() -> broker.cancel("KX-A", ClientOrderId.of("zz"))).isInstanceOf(PaperBroker.OrderGatewayException.class);
    }

    @Test
    void rejections_unknownMarket_noBook_duplicateId_andRealMoneyEnvironmentsRefused() {
        assertThat(broker.place(new OrderRequest(ClientOrderId.of("x"), "KX-B", Side.YES, OrderAction.BUY, Contracts.of(1), Price.of("0.5"),
                TimeInForce.GOOD_TILL_CANCELED, false, false)).rejectReason()).contains("unknown market");
        broker.place(buyYes("d", 1, "0.5", TimeInForce.GOOD_TILL_CANCELED));
        assertThat(broker.place(buyYes("d", 1, "0.5", TimeInForce.GOOD_TILL_CANCELED)).rejectReason()).contains("duplicate");
        assertThatThrownBy(() -> new PaperBroker(ExecutionEnvironment.LIVE, books, t -> null, Clock.systemUTC())).hasMessageContaining("live");
        PaperBroker bt = new PaperBroker(ExecutionEnvironment.BACKTEST, books, t -> FeeSchedule.standard(), Clock.fixed(T0, ZoneOffset.UTC));
        assertThat(bt.place(buyYes("b", 1, "0.70", TimeInForce.IMMEDIATE_OR_CANCEL)).exchangeOrderId()).startsWith("backtest-");
        assertThat(bt.fillsSince(T0)).allSatisfy(f -> assertThat(f.fillId()).startsWith("backtest-fill-"));
    }

    /**
     * A fill-or-kill fills completely or not at all. On a book with fractional levels a whole-contract order takes only
     * whole contracts per level: 10.50 at 0.65 and 10.50 at 0.66 give 20, not 21. Before, the check summed the fractional
     * levels (21), let the order through, and it filled 20 and was canceled: a partial fill of a fill-or-kill.
     */
    @Test
    void aFillOrKillThatWholeContractsPerLevelCannotFill_isRejected_notPartiallyFilled() {
        OrderBook fractional = books.bookFor("KX-A");
        fractional.setLevel(Side.NO, 350_000, 10_50); // YES ask 0.65 × 10.50
        fractional.setLevel(Side.NO, 340_000, 10_50); // YES ask 0.66 × 10.50
        fractional.setLevel(Side.NO, 330_000, 0);

        OrderState s = broker.place(buyYes("fok", 21, "0.66", TimeInForce.FILL_OR_KILL));

        assertThat(s.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(broker.fillsOf(ClientOrderId.of("fok"))).isEmpty();
        assertThat(broker.place(buyYes("fok2", 20, "0.66", TimeInForce.FILL_OR_KILL)).status()).isEqualTo(OrderStatus.FILLED);
    }
}
