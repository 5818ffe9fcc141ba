package com.precog.application.service.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.InMemoryPortfolio;
import com.precog.application.port.out.InMemoryPositions;
import com.precog.application.port.out.Portfolio;
import com.precog.application.port.out.SessionHealth;
import com.precog.application.service.exits.MutableClock;
import com.precog.application.service.positions.PositionBook;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.position.Position;
import com.precog.domain.position.TrailingStopConfig;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PositionDriftTest {
    static final Instant T0 = Instant.parse("2026-12-06T18:00:00Z");
    static final String A = "KXNFLGAME-26DEC06KCBUF-BUF";
    static final String B = "KXNFLGAME-26DEC06DALNYG-NYG";
    final MutableClock clock = new MutableClock(T0);
    final InMemoryPortfolio venue = new InMemoryPortfolio(Dollars.of(10_000));
    final PositionBook book = new PositionBook(new InMemoryPositions(), 10_000);
    final java.util.Set<String> over = new java.util.HashSet<>();
    final PositionDrift drift = new PositionDrift(venue, book, clock, Duration.ofMinutes(1), over::contains);

    private void hold(String id, String ticker, Side side, String qty) {
        book.open(Position.open(id, ticker, "", side, ConfidenceLevel.HIGH, ExecutionEnvironment.DEMO, "s@v1.0", "m@v1.0", Price.of("0.55"),
                Dollars.ZERO, Contracts.of(qty), TrailingStopConfig.balanced(), T0), T0);
    }

    private static Portfolio.Holding atVenue(String ticker, Side side, String qty) {
        return new Portfolio.Holding(ticker, side, Contracts.of(qty), Dollars.of("100"), Dollars.ZERO, Dollars.ZERO);
    }

    private void nextRead() {
        clock.advance(Duration.ofMinutes(1));
        drift.check();
    }

    @Test
    void agreeingPositions_areUp_twoPositionsOfOneMarketAddUp() {
        hold("p1", A, Side.YES, "100");
        hold("p2", A, Side.YES, "50.5");
        hold("p3", B, Side.NO, "20");
        venue.add(atVenue(A, Side.YES, "150.5")).add(atVenue(B, Side.NO, "20"));
        assertThat(drift.health().detail()).isEqualTo("not compared yet");
        drift.check();
        nextRead();
        assertThat(drift.differences()).isEmpty();
        assertThat(drift.health()).isEqualTo(new SessionHealth.Component("positions", SessionHealth.Component.UP, "2 markets agree with the venue"));
    }

    @Test
    void aDifferenceSeenTwiceInARow_isReportedByMarket_onceIsNot_andItClearsWhenTheyAgreeAgain() {
        hold("p1", A, Side.YES, "100");
        venue.add(atVenue(A, Side.YES, "130")).add(atVenue(B, Side.NO, "7"));

        drift.check();
        assertThat(drift.differences()).as("one read: maybe a fill between the reads").isEmpty();
        clock.advance(Duration.ofSeconds(30));
        drift.check(); // within the interval: not read
        assertThat(drift.differences()).isEmpty();
        nextRead();

        assertThat(drift.differences()).containsExactly(B + ": venue 7.00 NO, book none", A + ": venue 130.00 YES, book 100.00 YES");
        SessionHealth.Component h = drift.health();
        assertThat(h.status()).isEqualTo(SessionHealth.Component.DEGRADED);
        assertThat(h.detail()).startsWith("differ from the venue: ").contains(A + ": venue 130.00 YES, book 100.00 YES");

        venue.remove(B);
        venue.remove(A);
        venue.add(atVenue(A, Side.YES, "100"));
        nextRead();
        nextRead();
        assertThat(drift.differences()).isEmpty();
        assertThat(drift.health().status()).isEqualTo(SessionHealth.Component.UP);
    }

    @Test
    void aMarketWhoseTradingIsOver_isLeftOut_theVenueMayHoldItUntilThePayout() {
        venue.add(atVenue(A, Side.YES, "40")); // determined: the session settled its position, Kalshi has not paid out yet
        over.add(A);
        drift.check();
        nextRead();
        assertThat(drift.differences()).isEmpty();
        assertThat(drift.health().detail()).isEqualTo("0 markets agree with the venue");
    }

    @Test
    void aVenueThatCannotBeRead_isShown_andKeepsNoStaleDifference() {
        Portfolio broken = new Portfolio() {
            @Override
            public Dollars cashBalance() {
                return Dollars.ZERO;
            }

            @Override
            public java.util.List<Holding> holdings() {
                throw new IllegalStateException("connect timed out");
            }
        };
        PositionDrift d = new PositionDrift(broken, book, clock, Duration.ofMinutes(1), t -> false);
        d.check();
        assertThat(d.health()).isEqualTo(new SessionHealth.Component("positions", SessionHealth.Component.DEGRADED,
                "venue positions unread: connect timed out"));
    }
}
