package com.precog.adapters.kalshi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.adapters.kalshi.fake.FakeKalshiExchange;
import com.precog.application.port.out.ExchangeEntryHaltContract;
import com.precog.application.port.out.InMemoryBreakerEvents;
import com.precog.application.port.out.OrderGateway;
import com.precog.application.service.exits.MutableClock;
import com.precog.application.service.risk.BreakerExchangeMirror;
import com.precog.application.service.risk.CircuitBreakerService;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.OrderState;
import com.precog.domain.order.OrderStatus;
import com.precog.domain.order.TimeInForce;
import com.precog.domain.risk.BreakerConfig;
import com.precog.domain.risk.BreakerEvent;
import com.precog.domain.risk.BreakerKind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The circuit breakers' exchange-side halt over a Kalshi order group, on the loopback fake
 * exchange with the real signed REST client: the port contract, entries in the group and exits
 * outside it, the exchange's own 15 s contracts cap, and a breaker trip that cancels a resting
 * entry at the exchange inside the trip call.
 */
class KalshiOrderGroupHaltTest extends ExchangeEntryHaltContract {
    static final String FED = "KXFED-27APR-T4.25";
    @TempDir
    Path dir;
    FakeKalshiExchange fake;
    KalshiAdapter adapter;

    private KalshiAdapter adapter() {
        if (fake == null) {
            fake = FakeKalshiExchange.start(RateTier.PREMIER);
            fake.clearAnonymous(FED, Side.YES);
            fake.clearAnonymous(FED, Side.NO);
            adapter = KalshiAdapter.create(KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl()).withTier(RateTier.PREMIER)
                    .withCredentials(fake.testKeyId(), fake.writeTestKey(dir)));
        }
        return adapter;
    }

    KalshiMarketStream stream;
    final java.util.concurrent.atomic.AtomicInteger updates = new java.util.concurrent.atomic.AtomicInteger();

    @AfterEach
    void stop() {
        if (stream != null) stream.close();
        if (fake != null) fake.close();
    }

    /** A signed stream following the group's order_group_updates, subscribed at the fake before it returns. */
    private void follow(KalshiOrderGroupHalt halt) {
        stream = adapter.marketStream(Duration.ofMillis(50), Duration.ofMillis(50)).start();
        halt.follow(stream);
        stream.addFrameListener((type, frame) -> { // after the group's own listener: counted once the group has read it
            if (type.equals("order_group_updates")) updates.incrementAndGet();
        });
        KalshiMarketStreamTest.await(() -> fake.webSocket().subscriptions("order_group_updates") == 1, "order_group_updates subscribed");
    }

    private CircuitBreakerService breakers() {
        return new CircuitBreakerService(new MutableClock(Instant.parse("2026-01-10T15:00:00Z")), new InMemoryBreakerEvents(),
                BreakerConfig.defaults(), ZoneOffset.UTC);
    }

    /** Breakers mirrored to {@code halt}, after a manual trip and its quick resolve (our own trigger and reset). */
    private CircuitBreakerService afterOurOwnHaltAndResume(KalshiOrderGroupHalt halt) {
        CircuitBreakerService breakers = breakers();
        BreakerExchangeMirror.attach(breakers, halt);
        breakers.trip(BreakerKind.MANUAL, BreakerEvent.ALL, false, "operator", "ops");
        breakers.resolve(BreakerKind.MANUAL, BreakerEvent.ALL, "ops", "done"); // before the trigger's echo is read, as a quick resume may be
        return breakers;
    }

    @Test
    void ourOwnTriggerAndReset_seenAgainOnTheStream_tripNothing() {
        KalshiOrderGroupHalt halt = adapter().entryOrderGroup(1_000);
        String id = halt.open();
        follow(halt);
        CircuitBreakerService breakers = afterOurOwnHaltAndResume(halt);
        KalshiMarketStreamTest.await(() -> updates.get() == 2, "the trigger's and the reset's updates read");
        halt.onOrderGroupUpdate(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode() // another account's group: not ours
                .put("event_type", "triggered").put("order_group_id", "someone-else"));

        assertThat(breakers.active()).isEmpty();
        assertThat(halt.halted()).isFalse();
        assertThat(fake.orderGroupTriggered(id)).isFalse();
    }

    @Test
    void aLateEchoOfOurTrigger_afterAQuickResume_isNotTakenForTheExchanges_butTheNextTriggerIs() {
        KalshiOrderGroupHalt halt = adapter().entryOrderGroup(1_000);
        String id = halt.open();
        CircuitBreakerService breakers = afterOurOwnHaltAndResume(halt); // no stream: the echo comes below, late
        var triggered = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("event_type", "triggered").put("order_group_id", id);

        halt.onOrderGroupUpdate(triggered); // the stream delivers our own trigger's update only now

        assertThat(breakers.active()).isEmpty();
        assertThat(halt.halted()).isFalse();

        halt.onOrderGroupUpdate(triggered); // a second one is the exchange's own

        assertThat(halt.halted()).isTrue();
        assertThat(breakers.haltingBreaker(FED).orElseThrow().kind()).isEqualTo(BreakerKind.UNUSUAL_ACTIVITY);
    }

    @Test
    void theGroupDeletedOutsideThisProcess_entriesStopNamingIt_andTheNextHaltMakesANewOne() {
        KalshiOrderGroupHalt halt = adapter().entryOrderGroup(1_000);
        String id = halt.open();
        follow(halt);

        adapter.rest().deleteOrderGroup(id); // e.g. from the Kalshi web app

        KalshiMarketStreamTest.await(() -> halt.groupId().isEmpty(), "the deletion seen");
        OrderGateway gw = adapter.orderGateway();
        assertThat(gw.place(buy("after-delete", 1, "0.30")).status()).isEqualTo(OrderStatus.RESTING); // not refused for a lost group
        assertThat(fake.orderGroupOf("after-delete")).isEmpty();
        halt.halt("operator");
        String fresh = halt.groupId().orElseThrow();
        assertThat(fresh).isNotEqualTo(id);
        assertThat(fake.orderGroupTriggered(fresh)).isTrue();
    }

    @Override
    protected Subject subject() {
        KalshiOrderGroupHalt halt = adapter().entryOrderGroup(1_000);
        halt.open();
        return new Subject(halt, adapter.orderGateway(), FED, Price.parse("0.40"), Price.parse("0.60"));
    }

    private static OrderRequest buy(String id, int count, String price) {
        return OrderRequest.limit(ClientOrderId.of(id), FED, Side.YES, OrderAction.BUY, Contracts.of(count), Price.parse(price));
    }

    @Test
    void entriesJoinTheGroup_reduceOnlyExitsDoNot_andBeforeOpenNothingDoes() {
        OrderGateway gw = adapter().orderGateway();
        gw.place(buy("before-open", 5, "0.40"));
        KalshiOrderGroupHalt halt = adapter.entryOrderGroup(100);
        String id = halt.open();
        assertThat(halt.open()).isEqualTo(id);
        assertThat(fake.orderGroupCount()).isEqualTo(1);
        gw.place(buy("entry", 5, "0.40"));
        gw.place(new OrderRequest(ClientOrderId.of("exit"), FED, Side.NO, OrderAction.SELL, Contracts.of(5), Price.parse("0.70"),
                TimeInForce.GOOD_TILL_CANCELED, false, true));
        assertThat(fake.orderGroupOf("entry")).contains(id);
        assertThat(fake.orderGroupOf("exit")).isEmpty();
        assertThat(fake.orderGroupOf("before-open")).isEmpty();
        assertThat(adapter.rest().orderGroupOrders(id)).containsExactly(gw.find(ClientOrderId.of("entry")).orElseThrow().exchangeOrderId());
    }

    @Test
    void entriesMatchingMoreThanTheCapWithinFifteenSeconds_triggerTheGroupAtTheExchange_theStreamSeesIt_andABreakerHoldsUntilResolved() {
        KalshiOrderGroupHalt halt = adapter().entryOrderGroup(10);
        fake.setAnonymousLevel(FED, Side.NO, 600_000, 5_000); // YES ask 0.40 x 50
        String id = halt.open();
        CircuitBreakerService breakers = breakers();
        BreakerExchangeMirror mirror = BreakerExchangeMirror.attach(breakers, halt);
        follow(halt);
        OrderGateway gw = adapter.orderGateway();
        assertThat(gw.place(buy("resting", 5, "0.30")).status()).isEqualTo(OrderStatus.RESTING);
        OrderState big = gw.place(buy("big", 12, "0.40"));
        assertThat(big.filled()).isEqualTo(Contracts.of(12));

        assertThat(fake.orderGroupTriggered(id)).isTrue();
        assertThat(gw.find(ClientOrderId.of("resting")).orElseThrow().status()).isEqualTo(OrderStatus.CANCELED);
        OrderState refused = gw.place(buy("after-cap", 1, "0.30"));
        assertThat(refused.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(refused.rejectReason()).contains("order_group_triggered");
        KalshiMarketStreamTest.await(() -> breakers.haltingBreaker(FED).isPresent(), "the exchange's trigger seen and a breaker tripped");
        assertThat(halt.halted()).isTrue();
        BreakerEvent tripped = breakers.haltingBreaker(FED).orElseThrow();
        assertThat(tripped.kind()).isEqualTo(BreakerKind.UNUSUAL_ACTIVITY);
        assertThat(tripped.reason()).contains("Kalshi triggered order group " + id).contains("cap of 10 contracts");
        assertThat(mirror.inSync()).isTrue();

        breakers.resolve(BreakerKind.UNUSUAL_ACTIVITY, BreakerEvent.ALL, "ops", "operator reviewed");

        assertThat(halt.halted()).isFalse();
        assertThat(fake.orderGroupTriggered(id)).isFalse();
        assertThat(gw.place(buy("after-reset", 1, "0.30")).status()).isEqualTo(OrderStatus.RESTING);
    }

    @Test
    void aDailyLossTrip_cancelsTheRestingEntryAtTheExchangeInsideTheTripCall() {
        KalshiOrderGroupHalt halt = adapter().entryOrderGroup(1_000);
        String id = halt.open();
        MutableClock clock = new MutableClock(Instant.parse("2026-01-10T15:00:00Z"));
        CircuitBreakerService breakers = new CircuitBreakerService(clock, new InMemoryBreakerEvents(), BreakerConfig.defaults(), ZoneOffset.UTC);
        BreakerExchangeMirror mirror = BreakerExchangeMirror.attach(breakers, halt);
        OrderGateway gw = adapter.orderGateway();
        gw.place(buy("entry", 5, "0.40"));

        breakers.recordPnl(Dollars.of("-400"), Dollars.of("-150"));

        assertThat(mirror.inSync()).isTrue();
        assertThat(fake.orderGroupTriggered(id)).isTrue();
        assertThat(gw.find(ClientOrderId.of("entry")).orElseThrow().status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(gw.openOrders()).isEmpty();
    }

    @Test
    void anUnreachableExchange_leavesTheMirrorOutOfSync_untilATickSucceeds() {
        KalshiOrderGroupHalt halt = adapter().entryOrderGroup(1_000);
        String id = halt.open();
        CircuitBreakerService breakers = new CircuitBreakerService(new MutableClock(Instant.parse("2026-01-10T15:00:00Z")),
                new InMemoryBreakerEvents(), BreakerConfig.defaults(), ZoneOffset.UTC);
        BreakerExchangeMirror mirror = BreakerExchangeMirror.attach(breakers, halt);
        fake.failNext(1, "/order_groups/", 400);

        breakers.trip(com.precog.domain.risk.BreakerKind.MANUAL, com.precog.domain.risk.BreakerEvent.ALL, false, "ops", "ops");

        assertThat(mirror.inSync()).isFalse();
        assertThat(halt.halted()).isFalse();
        mirror.tick();
        assertThat(mirror.inSync()).isTrue();
        assertThat(fake.orderGroupTriggered(id)).isTrue();
    }

    @Test
    void close_deletesTheGroup_andLaterEntriesAreOutsideAnyGroup() {
        KalshiOrderGroupHalt halt = adapter().entryOrderGroup(1_000);
        halt.open();
        halt.close();
        assertThat(fake.orderGroupCount()).isZero();
        assertThat(halt.groupId()).isEmpty();
        adapter.orderGateway().place(buy("after-close", 1, "0.30"));
        assertThat(fake.orderGroupOf("after-close")).isEmpty();
        assertThatThrownBy(() -> adapter.entryOrderGroup(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
