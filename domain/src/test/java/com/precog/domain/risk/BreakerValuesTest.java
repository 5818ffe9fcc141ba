package com.precog.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.money.Dollars;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BreakerValuesTest {
    private static BreakerConfig with(int field, Object v) {
        BreakerConfig d = BreakerConfig.defaults();
        Object[] a = {d.dailyLossLimit(), d.rapidLossLimit(), d.rapidLossWindow(), d.consecutiveLosses(), d.apiErrorLimit(),
                d.apiErrorWindow(), d.apiHealthyReset(), d.priceStaleAfter(), d.gameStaleAfter(), d.edgeAnomalyMicros(),
                d.edgeAnomalyCount(), d.edgeAnomalyWindow(), d.unusualTradeCount(), d.unusualTradeWindow()};
        a[field] = v;
        return new BreakerConfig((Dollars) a[0], (Dollars) a[1], (Duration) a[2], (int) a[3], (int) a[4], (Duration) a[5],
                (Duration) a[6], (Duration) a[7], (Duration) a[8], (long) a[9], (int) a[10], (Duration) a[11], (int) a[12], (Duration) a[13]);
    }

    @Test
    void defaults_matchSection8() {
        BreakerConfig c = BreakerConfig.defaults();
        assertThat(c.dailyLossLimit()).isEqualTo(Dollars.of(500));
        assertThat(c.rapidLossLimit()).isEqualTo(Dollars.of(200));
        assertThat(c.rapidLossWindow()).isEqualTo(Duration.ofMinutes(15));
        assertThat(c.consecutiveLosses()).isEqualTo(5);
        assertThat(c.apiHealthyReset()).isEqualTo(Duration.ofSeconds(300));
        assertThat(c.priceStaleAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(c.gameStaleAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.edgeAnomalyMicros()).isEqualTo(300_000);
        assertThat(c.unusualTradeCount()).isEqualTo(20);
        assertThat(with(0, Dollars.of(100)).dailyLossLimit()).isEqualTo(Dollars.of(100));
    }

    @Test
    void everyThresholdIsValidated_andNamed() {
        assertThatThrownBy(() -> with(0, Dollars.ZERO)).hasMessageContaining("dailyLossLimit");
        assertThatThrownBy(() -> with(1, Dollars.of(-1))).hasMessageContaining("rapidLossLimit");
        assertThatThrownBy(() -> with(2, Duration.ZERO)).hasMessageContaining("rapidLossWindow");
        assertThatThrownBy(() -> with(3, 0)).hasMessageContaining("consecutiveLosses");
        assertThatThrownBy(() -> with(4, 0)).hasMessageContaining("apiErrorLimit");
        assertThatThrownBy(() -> with(5, Duration.ofSeconds(-1))).hasMessageContaining("apiErrorWindow");
        assertThatThrownBy(() -> with(6, Duration.ZERO)).hasMessageContaining("apiHealthyReset");
        assertThatThrownBy(() -> with(7, Duration.ZERO)).hasMessageContaining("priceStaleAfter");
        assertThatThrownBy(() -> with(8, Duration.ZERO)).hasMessageContaining("gameStaleAfter");
        assertThatThrownBy(() -> with(9, 0L)).hasMessageContaining("edgeAnomalyMicros");
        assertThatThrownBy(() -> with(9, 1_000_000L)).hasMessageContaining("edgeAnomalyMicros");
        assertThatThrownBy(() -> with(10, 0)).hasMessageContaining("edgeAnomalyCount");
        assertThatThrownBy(() -> with(11, Duration.ZERO)).hasMessageContaining("edgeAnomalyWindow");
        assertThatThrownBy(() -> with(12, 0)).hasMessageContaining("unusualTradeCount");
        assertThatThrownBy(() -> with(13, Duration.ZERO)).hasMessageContaining("unusualTradeWindow");
        assertThatThrownBy(() -> with(0, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void events_scopeAndValidation() {
        Instant t = Instant.EPOCH;
        BreakerEvent all = new BreakerEvent("e1", BreakerKind.API_FAILURES, "*", BreakerEvent.Type.TRIPPED, false, null, "system", t);
        assertThat(all.appliesTo("ANY")).isTrue();
        assertThat(all.reason()).isEmpty();
        BreakerEvent one = new BreakerEvent("e2", BreakerKind.DATA_STALE, "M1", BreakerEvent.Type.TRIPPED, false, "", "system", t);
        assertThat(one.appliesTo("M1")).isTrue();
        assertThat(one.appliesTo("M2")).isFalse();
        assertThatThrownBy(() -> new BreakerEvent(" ", BreakerKind.MANUAL, "*", BreakerEvent.Type.TRIPPED, false, "", "a", t)).hasMessageContaining("eventId");
        assertThatThrownBy(() -> new BreakerEvent("e", BreakerKind.MANUAL, "", BreakerEvent.Type.TRIPPED, false, "", "a", t)).hasMessageContaining("scope");
        assertThatThrownBy(() -> new BreakerEvent("e", BreakerKind.MANUAL, "*", BreakerEvent.Type.TRIPPED, false, "", " ", t)).hasMessageContaining("actor");
        for (BreakerKind k : BreakerKind.values()) {
            assertThat(BreakerKind.parse(k.wireName())).isEqualTo(k);
            assertThat(k.haltsEntries()).isTrue();
        }
        assertThat(BreakerKind.API_FAILURES.autoReset()).isTrue();
        assertThat(BreakerKind.MANUAL.autoReset()).isFalse();
        assertThatThrownBy(() -> BreakerKind.parse(null)).hasMessageContaining("null");
    }

    @Test
    void window_emptyAndCleared() {
        EventWindow w = new EventWindow(10);
        assertThat(w.newest()).isEqualTo(Long.MIN_VALUE);
        w.record(5);
        w.clear();
        assertThat(w.count(5)).isZero();
        assertThat(w.record(6)).isEqualTo(1);
    }
}
