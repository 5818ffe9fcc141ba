package com.precog.application.service.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.InMemoryBreakerEvents;
import com.precog.application.port.out.InMemoryExchangeEntryHalt;
import com.precog.application.port.out.OrderGateway;
import com.precog.application.service.exits.MutableClock;
import com.precog.application.service.exits.SimpleMatchingVenue;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.OrderState;
import com.precog.domain.order.OrderStatus;
import com.precog.domain.order.TimeInForce;
import com.precog.domain.risk.BreakerConfig;
import com.precog.domain.risk.BreakerEvent;
import com.precog.domain.risk.BreakerKind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BreakerExchangeMirrorTest {
    static final Instant T0 = Instant.parse("2026-01-10T15:00:00Z");
    static final String M = "KXNFLGAME-26JAN10-GB";
    MutableClock clock;
    InMemoryBreakerEvents store;
    CircuitBreakerService breakers;
    InMemoryExchangeEntryHalt exchange;
    OrderGateway gateway;

    @BeforeEach
    void wire() {
        clock = new MutableClock(T0);
        store = new InMemoryBreakerEvents();
        breakers = new CircuitBreakerService(clock, store, BreakerConfig.defaults(), ZoneOffset.UTC);
        exchange = new InMemoryExchangeEntryHalt(new SimpleMatchingVenue(clock, FeeSchedule.standard()));
        gateway = exchange.gateway();
    }

    private OrderState entry(String id) {
        return gateway.place(OrderRequest.limit(ClientOrderId.of(id), M, Side.YES, OrderAction.BUY, Contracts.of(10), Price.parse("0.40")));
    }

    private OrderState exit(String id) {
        return gateway.place(new OrderRequest(ClientOrderId.of(id), M, Side.YES, OrderAction.SELL, Contracts.of(10), Price.parse("0.70"),
                TimeInForce.GOOD_TILL_CANCELED, false, true));
    }

    private OrderStatus status(String id) {
        return gateway.find(ClientOrderId.of(id)).orElseThrow().status();
    }

    @Test
    void aLossBreakerTrip_cancelsRestingEntriesAtTheExchangeWithinTheTripCall_andExitsKeepWorking() {
        BreakerExchangeMirror.attach(breakers, exchange);
        assertThat(exchange.calls()).isEmpty();
        entry("e1");
        exit("x1");

        breakers.recordPnl(Dollars.of("-300"), Dollars.of("-250")); // daily loss 550 ≥ 500

        assertThat(exchange.halted()).isTrue();
        assertThat(exchange.calls()).singleElement().asString().startsWith("halt: daily_loss");
        assertThat(status("e1")).isEqualTo(OrderStatus.CANCELED);
        assertThat(status("x1")).isEqualTo(OrderStatus.RESTING);
        assertThat(entry("e2").status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(exit("x2").status()).isEqualTo(OrderStatus.RESTING);
    }

    @Test
    void aSecondBreaker_doesNotHaltTwice_andOnlyTheLastResolveLiftsTheHalt() {
        BreakerExchangeMirror.attach(breakers, exchange);
        breakers.trip(BreakerKind.MANUAL, BreakerEvent.ALL, false, "operator", "ops");
        breakers.trip(BreakerKind.EDGE_ANOMALY, BreakerEvent.ALL, false, "edges", "test");
        assertThat(exchange.calls()).hasSize(1);

        breakers.resolve(BreakerKind.MANUAL, BreakerEvent.ALL, "ops", "done");
        assertThat(exchange.halted()).isTrue();
        breakers.resolve(BreakerKind.EDGE_ANOMALY, BreakerEvent.ALL, "ops", "done");

        assertThat(exchange.halted()).isFalse();
        assertThat(exchange.calls()).hasSize(2).last().asString().startsWith("resume:");
        assertThat(entry("e3").status()).isEqualTo(OrderStatus.RESTING);
    }

    @Test
    void aBreakerOfOneMarket_isLeftToTheEntryLoop_andDoesNotHaltTheExchange() {
        BreakerExchangeMirror.attach(breakers, exchange);
        breakers.checkFreshness(M, T0.minus(Duration.ofMinutes(5)), T0);
        assertThat(breakers.entriesHalted(M)).isTrue();
        assertThat(exchange.halted()).isFalse();
        assertThat(exchange.calls()).isEmpty();
    }

    @Test
    void anUnreachableExchange_neverBlocksTheTrip_andIsRetriedOnTheNextTick() {
        BreakerExchangeMirror mirror = BreakerExchangeMirror.attach(breakers, exchange);
        exchange.failNext(1);
        entry("e1");

        breakers.trip(BreakerKind.MANUAL, BreakerEvent.ALL, true, "flatten", "ops");

        assertThat(breakers.entriesHalted(M)).isTrue();
        assertThat(mirror.inSync()).isFalse();
        assertThat(exchange.halted()).isFalse();
        mirror.tick();
        assertThat(mirror.inSync()).isTrue();
        assertThat(exchange.halted()).isTrue();
        assertThat(status("e1")).isEqualTo(OrderStatus.CANCELED);
        mirror.tick(); // in sync: nothing more is sent
        assertThat(exchange.calls()).hasSize(1);
    }

    @Test
    void theExchangeHaltingEntriesByItself_tripsUnusualActivity_andResolvingItResetsTheExchange() {
        BreakerExchangeMirror.attach(breakers, exchange);
        entry("e1");

        exchange.haltByExchange("order group g-1 triggered (contracts cap)");

        BreakerEvent tripped = breakers.haltingBreaker(M).orElseThrow();
        assertThat(tripped.kind()).isEqualTo(BreakerKind.UNUSUAL_ACTIVITY);
        assertThat(tripped.scope()).isEqualTo(BreakerEvent.ALL);
        assertThat(tripped.reason()).isEqualTo("the exchange halted our entries: order group g-1 triggered (contracts cap)");
        assertThat(tripped.actor()).isEqualTo("exchange");
        assertThat(tripped.flatten()).isFalse(); // exits keep working
        assertThat(store.all()).hasSize(1); // stored like any trip
        assertThat(exchange.calls()).isEmpty(); // the exchange is already halted: no second halt is sent
        assertThat(status("e1")).isEqualTo(OrderStatus.CANCELED);

        breakers.resolve(BreakerKind.UNUSUAL_ACTIVITY, BreakerEvent.ALL, "ops", "cap reviewed");

        assertThat(exchange.calls()).singleElement().asString().startsWith("resume:");
        assertThat(exchange.halted()).isFalse();
        assertThat(entry("e2").status()).isEqualTo(OrderStatus.RESTING);
    }

    @Test
    void aBreakerTrippedBeforeStart_isMirroredWhenAttached() {
        breakers.trip(BreakerKind.RAPID_LOSS, BreakerEvent.ALL, true, "equity -200 in 15 min", "test");
        CircuitBreakerService restarted = new CircuitBreakerService(clock, store, BreakerConfig.defaults(), ZoneOffset.UTC);
        BreakerExchangeMirror.attach(restarted, exchange);
        assertThat(exchange.halted()).isTrue();
        assertThat(exchange.calls()).singleElement().asString().startsWith("halt: rapid_loss");
    }
}
