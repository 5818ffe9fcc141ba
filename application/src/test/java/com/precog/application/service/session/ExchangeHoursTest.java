package com.precog.application.service.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.SessionHealth;
import com.precog.application.port.out.TradingHalts;
import com.precog.application.port.out.VenueStatus;
import com.precog.application.service.exits.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExchangeHoursTest {
    static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");
    static final String M = "KXNFLGAME-26DEC06KCBUF-BUF";
    final MutableClock clock = new MutableClock(T0);
    final Deque<Object> answers = new ArrayDeque<>(); // a Status, or a RuntimeException to throw
    int reads;
    final VenueStatus source = () -> {
        reads++;
        Object a = answers.isEmpty() ? new VenueStatus.Status(true, true, Optional.empty()) : answers.poll();
        if (a instanceof RuntimeException e) throw e;
        return (VenueStatus.Status) a;
    };
    final ExchangeHours hours = new ExchangeHours(source, clock, Duration.ofMinutes(1));
    final TradingHalts breakers = (ticker, now) -> TradingHalts.Allowed.INSTANCE;

    @Test
    void maintenance_haltsEveryEntryNamingTheResumeTime_andHealthSaysSo_untilTheExchangeTradesAgain() {
        Instant resume = T0.plus(Duration.ofHours(2));
        answers.add(new VenueStatus.Status(false, false, Optional.of(resume)));
        TradingHalts halts = hours.halts(breakers);

        hours.refresh();

        assertThat(hours.trading()).isFalse();
        TradingHalts.EntryPermission p = halts.mayEnter(M, T0);
        assertThat(p).isInstanceOf(TradingHalts.Halted.class);
        assertThat(((TradingHalts.Halted) p).breaker()).isEqualTo("exchange_closed");
        assertThat(((TradingHalts.Halted) p).reason()).isEqualTo("exchange under maintenance, estimated resume " + resume);
        assertThat(hours.health().status()).isEqualTo(SessionHealth.Component.DEGRADED);
        assertThat(hours.health().detail()).contains("maintenance").contains("entries halted, exits wait");

        clock.advance(Duration.ofSeconds(59));
        hours.refresh(); // within the interval: not read again
        assertThat(reads).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        int[] reopened = {0};
        hours.onTradingAgain(() -> reopened[0]++);
        hours.refresh(); // the default answer: trading

        assertThat(reads).isEqualTo(2);
        assertThat(reopened[0]).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        hours.refresh();
        assertThat(reopened[0]).as("only on the change").isEqualTo(1);
        assertThat(hours.trading()).isTrue();
        assertThat(halts.mayEnter(M, clock.instant()).allowed()).isTrue();
        assertThat(hours.health()).isEqualTo(new SessionHealth.Component("exchange", SessionHealth.Component.UP, "trading"));
    }

    @Test
    void tradingInactiveWithTheExchangeUp_isClosedToo_andABreakersHaltStillComesThrough() {
        answers.add(new VenueStatus.Status(true, false, Optional.empty()));
        hours.refresh();
        assertThat(((TradingHalts.Halted) hours.halts(breakers).mayEnter(M, T0)).reason()).isEqualTo("trading inactive (outside exchange hours or paused)");

        clock.advance(Duration.ofMinutes(1));
        hours.refresh();
        TradingHalts tripped = (ticker, now) -> new TradingHalts.Halted("daily_loss", "-$500");
        assertThat(((TradingHalts.Halted) hours.halts(tripped).mayEnter(M, clock.instant())).breaker()).isEqualTo("daily_loss");
    }

    @Test
    void anUnreadableStatus_keepsTheLastAnswer_andShowsDegraded_neverHaltsByItself() {
        assertThat(hours.health().detail()).isEqualTo("trading (not read yet)");
        answers.add(new IllegalStateException("connect timed out"));
        hours.refresh();
        assertThat(hours.trading()).isTrue();
        assertThat(hours.halts(breakers).mayEnter(M, T0).allowed()).isTrue();
        assertThat(hours.health()).isEqualTo(new SessionHealth.Component("exchange", SessionHealth.Component.DEGRADED, "status unread: connect timed out"));

        clock.advance(Duration.ofMinutes(1));
        answers.add(new VenueStatus.Status(true, false, Optional.empty()));
        hours.refresh();
        clock.advance(Duration.ofMinutes(1));
        answers.add(new IllegalStateException("503"));
        hours.refresh();
        assertThat(hours.trading()).as("closed stays closed while unread").isFalse();
    }
}
