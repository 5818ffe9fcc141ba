package com.precog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.OrderState;
import com.precog.domain.order.OrderStatus;
import com.precog.domain.order.TimeInForce;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ExchangeEntryHalt} must do, over the gateway it governs: a halt cancels the
 * resting entry orders at the venue, leaves reduce-only exits alone, refuses new entries until
 * resumed, and both calls are idempotent. The subject's market must let a YES buy at
 * {@link Subject#restingBuy} and a YES sell at {@link Subject#restingSell} rest without filling.
 */
public abstract class ExchangeEntryHaltContract {
    public record Subject(ExchangeEntryHalt halt, OrderGateway gateway, String ticker, Price restingBuy, Price restingSell) {}

    protected abstract Subject subject();

    private static OrderRequest entry(Subject s, String id) {
        return OrderRequest.limit(ClientOrderId.of(id), s.ticker(), Side.YES, OrderAction.BUY, Contracts.of(5), s.restingBuy());
    }

    private static OrderRequest exit(Subject s, String id) {
        return new OrderRequest(ClientOrderId.of(id), s.ticker(), Side.YES, OrderAction.SELL, Contracts.of(5), s.restingSell(),
                TimeInForce.GOOD_TILL_CANCELED, false, true);
    }

    @Test
    void halt_cancelsRestingEntries_keepsReduceOnlyExits_andRefusesNewEntriesUntilResumed() {
        Subject s = subject();
        assertThat(s.gateway().place(entry(s, "halt-e1")).status()).isEqualTo(OrderStatus.RESTING);
        assertThat(s.gateway().place(exit(s, "halt-x1")).status()).isEqualTo(OrderStatus.RESTING);
        assertThat(s.halt().halted()).isFalse();

        s.halt().halt("daily_loss: test");

        assertThat(s.halt().halted()).isTrue();
        assertThat(s.gateway().find(ClientOrderId.of("halt-e1"))).get().extracting(OrderState::status).isEqualTo(OrderStatus.CANCELED);
        assertThat(s.gateway().find(ClientOrderId.of("halt-x1"))).get().extracting(OrderState::status).isEqualTo(OrderStatus.RESTING);
        assertThat(s.gateway().place(entry(s, "halt-e2")).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(s.gateway().place(exit(s, "halt-x2")).status()).isEqualTo(OrderStatus.RESTING);

        s.halt().resume("resolved");

        assertThat(s.halt().halted()).isFalse();
        assertThat(s.gateway().place(entry(s, "halt-e3")).status()).isEqualTo(OrderStatus.RESTING);
        assertThat(s.gateway().find(ClientOrderId.of("halt-x1"))).get().extracting(OrderState::status).isEqualTo(OrderStatus.RESTING);
    }

    @Test
    void haltAndResume_areIdempotent() {
        Subject s = subject();
        s.halt().halt("first");
        s.halt().halt("second");
        assertThat(s.halt().halted()).isTrue();
        assertThat(s.gateway().place(entry(s, "idem-e1")).status()).isEqualTo(OrderStatus.REJECTED);
        s.halt().resume("once");
        s.halt().resume("twice");
        assertThat(s.halt().halted()).isFalse();
        assertThat(s.gateway().place(entry(s, "idem-e2")).status()).isEqualTo(OrderStatus.RESTING);
    }
}
