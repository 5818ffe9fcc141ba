package com.precog.domain.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TrailingStopTest {
    private static final long ENTRY = 60_000_000L; // $0.60 all-in
    private static final Instant T0 = Instant.parse("2025-09-07T17:00:00Z");

    private static TrailingStop fresh() {
        return TrailingStop.initial(TrailingStopConfig.balanced(), 600_000, T0);
    }

    @Test
    void staysInactiveBelowTenPercent() {
        TrailingStop ts = fresh().update(659_999, ENTRY, T0.plusSeconds(1));
        assertThat(ts.active()).isFalse();
        assertThat(ts.peakPriceMicros()).isEqualTo(659_999);
        assertThat(ts.isHit(500_000)).isFalse();
    }

    @Test
    void activatesAtTenPercentWithFivePercentDistance() {
        TrailingStop ts = fresh().update(660_000, ENTRY, T0.plusSeconds(1));
        assertThat(ts.active()).isTrue();
        assertThat(ts.activatedAt()).contains(T0.plusSeconds(1));
        assertThat(ts.activationPriceMicros()).isEqualTo(660_000);
        assertThat(ts.distancePpm()).isEqualTo(50_000);
        assertThat(ts.stopPriceMicros()).isEqualTo(627_000); // 0.66 × 0.95
        assertThat(ts.isHit(627_000)).isTrue();
        assertThat(ts.isHit(627_001)).isFalse();
    }

    @Test
    void tightensOnePointPerTenPercentOfPeakGain_downToTwoPercent() {
        TrailingStop ts = fresh().update(660_000, ENTRY, T0);
        ts = ts.update(720_000, ENTRY, T0.plusSeconds(2)); // +20%: distance 4%
        assertThat(ts.distancePpm()).isEqualTo(40_000);
        assertThat(ts.stopPriceMicros()).isEqualTo(691_200);
        ts = ts.update(750_000, ENTRY, T0.plusSeconds(3)); // +25%: 3.5%
        assertThat(ts.distancePpm()).isEqualTo(35_000);
        assertThat(ts.stopPriceMicros()).isEqualTo(723_750);
        ts = ts.update(900_000, ENTRY, T0.plusSeconds(4)); // +50%: 1% -> floor 2%
        assertThat(ts.distancePpm()).isEqualTo(20_000);
        assertThat(ts.stopPriceMicros()).isEqualTo(882_000);
        assertThat(ts.peakAt()).isEqualTo(T0.plusSeconds(4));
    }

    @Test
    void neverLowered_whenThePriceFalls() {
        TrailingStop ts = fresh().update(750_000, ENTRY, T0);
        TrailingStop after = ts.update(700_000, ENTRY, T0.plusSeconds(5));
        assertThat(after).isSameAs(ts);
        assertThat(after.stopPriceMicros()).isEqualTo(723_750);
        assertThat(after.isHit(700_000)).isTrue();
    }

    @Property
    void stopOnlyRises_andStaysBelowThePeak(@ForAll @Size(min = 1, max = 60) java.util.List<@IntRange(min = 1, max = 999_999) Integer> marks) {
        TrailingStop ts = fresh();
        long lastStop = 0;
        Instant t = T0;
        for (int m : marks) {
            t = t.plusSeconds(1);
            ts = ts.update(m, ENTRY, t);
            assertThat(ts.stopPriceMicros()).isGreaterThanOrEqualTo(lastStop);
            if (ts.active()) assertThat(ts.stopPriceMicros()).isLessThan(ts.peakPriceMicros());
            lastStop = ts.stopPriceMicros();
        }
    }

    @Test
    void presets_differAndValidate() {
        assertThat(TrailingStopConfig.preset("conservative").activationPpm()).isGreaterThan(TrailingStopConfig.balanced().activationPpm());
        assertThat(TrailingStopConfig.preset("aggressive").initialDistancePpm()).isLessThan(TrailingStopConfig.balanced().initialDistancePpm());
        assertThatThrownBy(() -> TrailingStopConfig.preset("yolo")).hasMessageContaining("yolo");
        assertThatThrownBy(() -> new TrailingStopConfig(100_000, 10_000, 10_000, 100_000, 20_000)).hasMessageContaining("minimumDistancePpm");
    }

    @Test
    void inactiveStateMayNotCarryAStop() {
        assertThatThrownBy(() -> new TrailingStop(TrailingStopConfig.balanced(), false, java.util.Optional.empty(), 0, 600_000, T0, 5, 0))
                .hasMessageContaining("inactive");
    }
}
