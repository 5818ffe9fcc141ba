package com.precog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link TradingHalts} must have; the hooks trip and reset breakers in the implementation. */
public abstract class TradingHaltsContract {
    protected static final Instant T0 = Instant.parse("2026-09-07T12:00:00Z");

    protected abstract TradingHalts newHalts();

    protected abstract void tripAll(TradingHalts halts, String breaker);

    protected abstract void tripMarket(TradingHalts halts, String ticker, String breaker);

    protected abstract void resetAll(TradingHalts halts);

    @Test
    void nothingTripped_allowsEntries() {
        assertThat(newHalts().mayEnter("KX-A", T0).allowed()).isTrue();
    }

    @Test
    void marketHalt_haltsOnlyThatMarket_globalHaltsAll_resetAllows() {
        TradingHalts h = newHalts();
        tripMarket(h, "KX-A", "data_stale");
        assertThat(h.mayEnter("KX-A", T0)).isInstanceOfSatisfying(TradingHalts.Halted.class, x -> assertThat(x.breaker()).isEqualTo("data_stale"));
        assertThat(h.mayEnter("KX-B", T0).allowed()).isTrue();
        tripAll(h, "daily_loss");
        assertThat(h.mayEnter("KX-B", T0).allowed()).isFalse();
        resetAll(h);
        assertThat(h.mayEnter("KX-A", T0).allowed()).isTrue();
    }
}
