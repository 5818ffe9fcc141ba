package com.precog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.risk.BreakerEvent;
import com.precog.domain.risk.BreakerKind;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of every {@link BreakerEvents}: append-only, oldest first, ids unique. */
public abstract class BreakerEventsContract {
    protected static final Instant T0 = Instant.parse("2025-09-07T17:00:00Z");
    protected BreakerEvents events;

    protected abstract BreakerEvents newEvents();

    @BeforeEach
    void setUpEvents() {
        events = newEvents();
    }

    @Test
    void tripsAndResolves_comeBackInOrder() {
        BreakerEvent trip = new BreakerEvent("b1", BreakerKind.DAILY_LOSS, BreakerEvent.ALL, BreakerEvent.Type.TRIPPED, true,
                "loss 512.00", "system", T0);
        BreakerEvent stale = new BreakerEvent("b2", BreakerKind.DATA_STALE, "KXNFLGAME-25SEP07DETGB-GB", BreakerEvent.Type.TRIPPED,
                false, "prices older than 120 s", "system", T0.plusSeconds(1));
        BreakerEvent resolve = new BreakerEvent("b3", BreakerKind.DAILY_LOSS, BreakerEvent.ALL, BreakerEvent.Type.RESOLVED, false,
                "next day", "operator", T0.plusSeconds(2));
        events.append(trip);
        events.append(stale);
        events.append(resolve);
        assertThat(events.all()).containsExactly(trip, stale, resolve);
    }

    @Test
    void duplicateId_isRejected() {
        BreakerEvent e = new BreakerEvent("b1", BreakerKind.MANUAL, BreakerEvent.ALL, BreakerEvent.Type.TRIPPED, false, "", "op", T0);
        events.append(e);
        assertThatThrownBy(() -> events.append(e)).isInstanceOf(IllegalStateException.class);
        assertThat(events.all()).hasSize(1);
    }
}
