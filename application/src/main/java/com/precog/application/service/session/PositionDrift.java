package com.precog.application.service.session;

import com.precog.application.port.out.Portfolio;
import com.precog.application.port.out.SessionHealth;
import com.precog.application.service.positions.PositionBook;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.position.Position;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares, at most once per interval (on the session tick), what the venue says the account holds
 * with the open positions of the book, market by market (net contracts of a side). Start-up
 * reconciliation makes them agree; while the session runs only fills keep them so. A difference
 * that persists over two consecutive reads — a fill never seen, an order placed outside this
 * process, a payout the session has not settled — is reported: health component {@code positions}
 * DEGRADED naming each market, and one warning per change. Nothing is corrected automatically (a
 * wrong correction costs money); the operator decides. A difference seen once is ignored (a fill
 * between the two reads). Markets whose trading is over (closed, determined, settled) are left out:
 * between the determination and the payout the venue and the book legitimately differ. Thread-safe.
 */
public final class PositionDrift {
    private static final Logger log = LoggerFactory.getLogger(PositionDrift.class);
    private final Portfolio venue;
    private final PositionBook book;
    private final Cadence cadence;
    private final java.util.function.Predicate<String> tradingOver;
    private List<String> pending = List.of();
    private volatile List<String> reported = List.of();
    private volatile int marketsAgreeing;
    private volatile String lastError = "";
    private volatile boolean checked;

    /**
     * @param tradingOver whether a market's trading is over (closed, determined or settled): not compared
     */
    public PositionDrift(Portfolio venue, PositionBook book, Clock clock, Duration interval, java.util.function.Predicate<String> tradingOver) {
        this.tradingOver = Objects.requireNonNull(tradingOver, "tradingOver");
        this.venue = Objects.requireNonNull(venue, "venue");
        this.book = Objects.requireNonNull(book, "book");
        this.cadence = new Cadence(clock, interval);
    }

    /** Reads the venue's holdings when the interval has passed since the last read (call it on every tick). */
    public synchronized void check() {
        if (!cadence.due()) return;
        List<Portfolio.Holding> holdings;
        try {
            holdings = venue.holdings();
        } catch (RuntimeException e) {
            lastError = String.valueOf(e.getMessage());
            return;
        }
        lastError = "";
        checked = true;
        Map<String, Long> atVenue = new TreeMap<>();
        for (Portfolio.Holding h : holdings) atVenue.merge(h.marketTicker(), signed(h.side(), h.count().hundredths()), Long::sum);
        Map<String, Long> inBook = new TreeMap<>();
        for (Position p : book.all()) {
            if (p.isOpen()) inBook.merge(p.marketTicker(), signed(p.side(), p.currentQuantity().hundredths()), Long::sum);
        }
        List<String> differences = new ArrayList<>();
        TreeSet<String> markets = new TreeSet<>(atVenue.keySet());
        markets.addAll(inBook.keySet());
        markets.removeIf(tradingOver);
        for (String t : markets) {
            long v = atVenue.getOrDefault(t, 0L);
            long b = inBook.getOrDefault(t, 0L);
            if (v != b) differences.add(t + ": venue " + describe(v) + ", book " + describe(b));
        }
        marketsAgreeing = markets.size() - differences.size();
        List<String> confirmed = differences.equals(pending) ? differences : List.of(); // the same twice in a row
        pending = differences;
        if (!confirmed.equals(reported)) {
            if (confirmed.isEmpty()) log.info("positions agree with the venue again");
            else log.warn("positions differ from the venue's (two reads in a row; nothing corrected, check the fills): {}", confirmed);
            reported = confirmed;
        }
    }

    /** {@return the markets whose book and venue positions differed on the last two reads, each described} */
    public List<String> differences() {
        return reported;
    }

    /** {@return the health component {@code positions}} */
    public SessionHealth.Component health() {
        List<String> d = reported;
        if (!d.isEmpty()) return new SessionHealth.Component("positions", SessionHealth.Component.DEGRADED, "differ from the venue: " + String.join("; ", d));
        if (!lastError.isEmpty()) return new SessionHealth.Component("positions", SessionHealth.Component.DEGRADED, "venue positions unread: " + lastError);
        return new SessionHealth.Component("positions", SessionHealth.Component.UP,
                checked ? marketsAgreeing + " markets agree with the venue" : "not compared yet");
    }

    /** YES counts positive, NO negative: a market's net holding. */
    private static long signed(Side side, long hundredths) {
        return side == Side.YES ? hundredths : -hundredths;
    }

    private static String describe(long signedHundredths) {
        if (signedHundredths == 0) return "none";
        return Contracts.ofHundredths(Math.abs(signedHundredths)) + (signedHundredths > 0 ? " YES" : " NO");
    }
}
