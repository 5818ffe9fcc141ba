package com.precog.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.market.BookTop;
import com.precog.domain.market.Market;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.market.TickLadder;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderTypesTest {
    private static final ClientOrderId ID = ClientOrderId.of("abc-123");

    @Test
    void fillCashDelta_buyPaysPricePlusFee_sellReceivesPriceMinusFee() {
        Fill buy = new Fill("f1", ID, "o1", "T", Side.YES, OrderAction.BUY, Price.of("0.60"), Contracts.of(10), Liquidity.TAKER,
                Dollars.parse("0.1680"), Instant.EPOCH);
        assertThat(buy.cashDelta()).isEqualTo(Dollars.parse("-6.1680"));
        Fill sell = new Fill("f2", ID, "o1", "T", Side.YES, OrderAction.SELL, Price.of("0.70"), Contracts.of(10), Liquidity.MAKER,
                Dollars.parse("0.0368"), Instant.EPOCH);
        assertThat(sell.cashDelta()).isEqualTo(Dollars.parse("6.9632"));
        assertThatThrownBy(() -> new Fill("f3", ID, "", "T", Side.NO, OrderAction.BUY, Price.of("0.5"), Contracts.ZERO, Liquidity.TAKER,
                Dollars.ZERO, Instant.EPOCH)).hasMessageContaining("fill count must be positive");
        assertThatThrownBy(() -> new Fill("f3", ID, "", "T", Side.NO, OrderAction.BUY, Price.of("0.5"), Contracts.of(1), Liquidity.TAKER,
                Dollars.parse("-0.01"), Instant.EPOCH)).hasMessageContaining("fee must not be negative");
    }

    @Test
    void orderRequest_validatesAndBuildsIocAndLimit() {
        OrderRequest ioc = OrderRequest.immediateOrCancel(ID, "T", Side.NO, OrderAction.SELL, Contracts.of(5), Price.of("0.30"));
        assertThat(ioc.timeInForce()).isEqualTo(TimeInForce.IMMEDIATE_OR_CANCEL);
        assertThat(ioc.reduceOnly()).isTrue();
        OrderRequest lim = OrderRequest.limit(ID, "T", Side.YES, OrderAction.BUY, Contracts.of(5), Price.of("0.30"));
        assertThat(lim.timeInForce()).isEqualTo(TimeInForce.GOOD_TILL_CANCELED);
        assertThatThrownBy(() -> new OrderRequest(ID, "T", Side.YES, OrderAction.BUY, Contracts.of(1), Price.of("0.3"),
                TimeInForce.IMMEDIATE_OR_CANCEL, true, false)).hasMessageContaining("post-only");
        assertThatThrownBy(() -> OrderRequest.limit(ID, " ", Side.YES, OrderAction.BUY, Contracts.of(1), Price.of("0.3")))
                .hasMessageContaining("marketTicker");
        assertThatThrownBy(() -> OrderRequest.limit(ID, "T", Side.YES, OrderAction.BUY, Contracts.ZERO, Price.of("0.3")))
                .hasMessageContaining("count must be positive");
    }

    @Test
    void orderState_rejectionAndInvariants() {
        OrderRequest r = OrderRequest.limit(ID, "T", Side.YES, OrderAction.BUY, Contracts.of(5), Price.of("0.30"));
        OrderState s = OrderState.rejected(r, "insufficient balance");
        assertThat(s.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(s.status().isTerminal()).isTrue();
        assertThat(s.isOpen()).isFalse();
        assertThat(OrderStatus.RESTING.isTerminal()).isFalse();
        assertThatThrownBy(() -> new OrderState(ID, "o", "T", Side.YES, OrderAction.BUY, Price.of("0.3"), Contracts.of(5), Contracts.of(3),
                Contracts.of(3), OrderStatus.RESTING, Optional.empty(), Dollars.ZERO, "")).hasMessageContaining("exceeds requested");
    }

    @Test
    void clientOrderId_isValidated_andRandomIdsDiffer() {
        assertThat(ClientOrderId.random()).isNotEqualTo(ClientOrderId.random());
        assertThat(ClientOrderId.of("a_b-1").toString()).isEqualTo("a_b-1");
        assertThatThrownBy(() -> ClientOrderId.of("has space")).hasMessageContaining("client order id");
        assertThatThrownBy(() -> ClientOrderId.of("x".repeat(65))).hasMessageContaining("1-64");
    }

    @Test
    void aGameMarketEndsWhenItsResultIsExpected_notWhenTradingCloses() {
        // the real KXNFLGAME-26OCT08TBDAL-DAL: close_time two days after kickoff, expected_expiration_time three hours after it
        Instant close = Instant.parse("2026-10-11T00:15:00Z");
        Instant expected = Instant.parse("2026-10-09T03:15:00Z");
        Market m = new Market("KXNFLGAME-26OCT08TBDAL-DAL", "KXNFLGAME-26OCT08TBDAL", "KXNFLGAME", "", "Dallas", MarketStatus.OPEN, close,
                TickLadder.cent(), FeeSchedule.standard(), false, expected);
        assertThat(m.expectedEnd()).isEqualTo(expected);
        assertThat(m.withStatus(MarketStatus.CLOSED).expectedEnd()).as("kept by a status change").isEqualTo(expected);
        assertThat(new Market("T", "E", "S", "", "", MarketStatus.OPEN, expected, TickLadder.cent(), FeeSchedule.standard(), false, close)
                .expectedEnd()).as("an earlier close wins").isEqualTo(expected);
        assertThat(new Market("T", "E", "S", "", "", MarketStatus.OPEN, Instant.EPOCH, TickLadder.cent(), FeeSchedule.standard(), false, expected)
                .expectedEnd()).as("unknown close").isEqualTo(expected);
        assertThat(new Market("T", "E", "S", "", "", MarketStatus.OPEN, close, TickLadder.cent(), FeeSchedule.standard(), false, Instant.EPOCH)
                .expectedEnd()).as("unknown expiration").isEqualTo(close);
    }

    @Test
    void marketSideActionAndBookTop() {
        Market m = new Market("KXNFLGAME-25SEP07DETGB-GB", "KXNFLGAME-25SEP07DETGB", "KXNFLGAME", null, null, MarketStatus.OPEN,
                Instant.parse("2025-09-07T20:25:00Z"), TickLadder.cent(), FeeSchedule.standard(), false);
        assertThat(m.title()).isEmpty();
        assertThat(m.withStatus(MarketStatus.CLOSED).status()).isEqualTo(MarketStatus.CLOSED);
        assertThatThrownBy(() -> new Market("", "E", "S", "", "", MarketStatus.OPEN, Instant.EPOCH, TickLadder.cent(), FeeSchedule.standard(), false))
                .hasMessageContaining("ticker");
        assertThat(m.expectedExpirationTime()).as("unknown: the close").isEqualTo(m.closeTime());
        assertThat(m.expectedEnd()).isEqualTo(m.closeTime());
        assertThat(Side.parse(" YES ")).isEqualTo(Side.YES);
        assertThat(Side.NO.wireName()).isEqualTo("no");
        assertThat(Side.NO.probabilityFromYes(Probability.of("0.7"))).isEqualTo(Probability.of("0.3"));
        assertThatThrownBy(() -> Side.parse("maybe")).hasMessageContaining("'maybe'");
        assertThat(OrderAction.parse("Sell")).isEqualTo(OrderAction.SELL);
        assertThat(OrderAction.BUY.wireName()).isEqualTo("buy");
        assertThatThrownBy(() -> OrderAction.parse(null)).hasMessageContaining("action");
        BookTop t = new BookTop(450_000, 100, 530_000, 200);
        assertThat(t.askMicros(Side.YES)).isEqualTo(470_000);
        assertThat(t.askQuantity(Side.YES)).isEqualTo(200);
        assertThat(t.bidQuantity(Side.NO)).isEqualTo(200);
        assertThat(t.spreadMicros()).isEqualTo(20_000);
        assertThat(t.yesMidMicros()).isEqualTo(460_000);
        assertThat(BookTop.EMPTY.spreadMicros()).isEqualTo(-1);
        assertThat(BookTop.EMPTY.yesMidMicros()).isZero();
        assertThatThrownBy(() -> new BookTop(-1, 0, 0, 0)).hasMessageContaining("bids");
    }
}
