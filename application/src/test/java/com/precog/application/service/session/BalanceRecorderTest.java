package com.precog.application.service.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.AccountBalances.Balance;
import com.precog.application.port.out.InMemoryAccountBalances;
import com.precog.domain.money.Dollars;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BalanceRecorderTest {
    static final Instant T0 = Instant.parse("2026-01-10T18:00:00Z");

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovingClock clock = new MovingClock();
    final InMemoryAccountBalances balances = new InMemoryAccountBalances();
    final AtomicReference<Dollars> cash = new AtomicReference<>(Dollars.of(10_000));
    final AtomicReference<Dollars> value = new AtomicReference<>(Dollars.ZERO);
    final BalanceRecorder recorder = new BalanceRecorder(balances, cash::get, value::get, clock, Duration.ofSeconds(60));

    @Test
    void recordsAtMostOncePerIntervalAndOnlyChanges() {
        recorder.run();
        cash.set(Dollars.of("9945.00"));
        value.set(Dollars.of("55.00"));
        clock.now = T0.plusSeconds(59);
        recorder.run();
        assertThat(balances.history()).as("within the interval: not read").hasSize(1);
        clock.now = T0.plusSeconds(60);
        recorder.run();
        clock.now = T0.plusSeconds(120);
        recorder.run();
        assertThat(balances.history()).containsExactly(new Balance(Dollars.of(10_000), Dollars.ZERO, T0),
                new Balance(Dollars.of("9945.00"), Dollars.of("55.00"), T0.plusSeconds(60)));
    }

    @Test
    void flushRecordsNowWhateverTheInterval() {
        recorder.run();
        cash.set(Dollars.of(9_000));
        clock.now = T0.plusSeconds(1);
        recorder.flush();
        assertThat(balances.current()).contains(new Balance(Dollars.of(9_000), Dollars.ZERO, T0.plusSeconds(1)));
    }

    @Test
    void aFailingReadIsCountedAndRetriedNextInterval() {
        BalanceRecorder flaky = new BalanceRecorder(balances, () -> {
            throw new IllegalStateException("venue down");
        }, value::get, clock, Duration.ofSeconds(60));
        flaky.run();
        assertThat(flaky.failures()).isEqualTo(1);
        assertThat(balances.history()).isEmpty();
        assertThatThrownBy(() -> new BalanceRecorder(balances, cash::get, value::get, clock, Duration.ZERO))
                .hasMessageContaining("interval must be positive");
    }
}
