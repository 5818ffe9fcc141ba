package com.precog.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventWindowTest {
    @Test
    void countsOnlyEventsInsideTheWindow() {
        EventWindow w = new EventWindow(300_000);
        for (int i = 0; i < 4; i++) assertThat(w.record(i * 60_000L)).isEqualTo(i + 1);
        assertThat(w.record(299_999)).isEqualTo(5);
        assertThat(w.count(300_000)).isEqualTo(4); // the event at 0 left the window
        assertThat(w.count(1_000_000)).isZero();
    }

    @Test
    void growsBeyondItsInitialCapacity() {
        EventWindow w = new EventWindow(1_000_000);
        for (int i = 0; i < 100; i++) w.record(i);
        assertThat(w.count(100)).isEqualTo(100);
        assertThat(w.newest()).isEqualTo(99);
    }

    @Test
    void kindsAndEvents_validate() {
        assertThat(BreakerKind.parse("daily-loss")).isEqualTo(BreakerKind.DAILY_LOSS);
        assertThat(BreakerKind.DAILY_LOSS.flattens()).isTrue();
        assertThat(BreakerKind.API_FAILURES.flattens()).isFalse();
        assertThat(BreakerKind.DATA_STALE.marketScoped()).isTrue();
        assertThatThrownBy(() -> BreakerKind.parse("oops")).hasMessageContaining("oops");
        assertThatThrownBy(() -> new BreakerEvent("e", BreakerKind.MANUAL, "*", BreakerEvent.Type.RESOLVED, true, "", "op",
                java.time.Instant.EPOCH)).hasMessageContaining("flatten");
        assertThatThrownBy(() -> new EventWindow(0)).hasMessageContaining("windowMillis");
    }

    @Test
    void recordingAnEvent_countsOnlyTheEventsStillInsideTheWindow() {
        EventWindow w = new EventWindow(300_000);
        w.record(0);
        w.record(100_000);
        assertThat(w.record(350_000)).as("the event at 0 has left (50 000, 350 000]").isEqualTo(2);
        assertThat(w.record(700_000)).isEqualTo(1);
    }

    @Test
    void growingAfterEvictions_keepsTheOldestSurvivingEventsInOrder() {
        EventWindow w = new EventWindow(100);
        for (long t = 1; t <= 16; t++) w.record(t);     // fills the initial capacity
        assertThat(w.record(102)).isEqualTo(15);          // 1 and 2 leave; the ring now starts mid-array
        w.record(102);
        assertThat(w.record(102)).isEqualTo(17);          // full ring grows while wrapped
        assertThat(w.count(110)).isEqualTo(9);            // 3..10 leave: 11..16 and the three at 102 remain
        assertThat(w.count(116)).isEqualTo(3);
        assertThat(w.newest()).isEqualTo(102);
    }

    @Test
    void onlyDataStaleIsScopedToOneMarket() {
        for (BreakerKind k : BreakerKind.values()) {
            assertThat(k.marketScoped()).as(k.name()).isEqualTo(k == BreakerKind.DATA_STALE);
        }
    }
}
