package com.precog.application.service.session;

import com.precog.application.port.out.SessionHealth;
import com.precog.application.port.out.TradingHalts;
import com.precog.application.port.out.VenueStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the exchange is trading, read from {@link VenueStatus} at most once per interval (on the
 * session tick). While it is not (maintenance, outside exchange hours) entries are halted with
 * {@code exchange_closed} and exits wait instead of sending orders the exchange would refuse —
 * every second, one rejected attempt per position. A read that fails keeps the last answer (the
 * {@code api_failures} breaker covers an unreachable exchange); before the first answer the exchange
 * is taken as trading. Thread-safe.
 */
public final class ExchangeHours {
    private static final Logger log = LoggerFactory.getLogger(ExchangeHours.class);
    /** The halt's name in entry skips. */
    public static final String HALT = "exchange_closed";
    private final VenueStatus source;
    private final Clock clock;
    private final Cadence cadence;
    private volatile VenueStatus.Status last = new VenueStatus.Status(true, true, java.util.Optional.empty());
    private volatile Instant checkedAt;
    private volatile String lastError = "";
    private final java.util.List<Runnable> onTradingAgain = new java.util.concurrent.CopyOnWriteArrayList<>();

    public ExchangeHours(VenueStatus source, Clock clock, Duration interval) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cadence = new Cadence(clock, interval);
    }

    /** Runs {@code r} each time the exchange is read as trading again after a read said it was not (e.g. re-evaluate entries). */
    public void onTradingAgain(Runnable r) {
        onTradingAgain.add(Objects.requireNonNull(r, "r"));
    }

    /** Reads the status when the interval has passed since the last read (call it on every tick). */
    public synchronized void refresh() {
        if (!cadence.due()) return;
        Instant now = clock.instant();
        VenueStatus.Status s;
        try {
            s = source.read();
        } catch (RuntimeException e) {
            if (lastError.isEmpty()) log.warn("cannot read the exchange status (the last answer stands): {}", e.getMessage());
            lastError = String.valueOf(e.getMessage());
            return;
        }
        lastError = "";
        checkedAt = now;
        boolean reopened = s.trading() && !last.trading();
        if (s.trading() != last.trading()) {
            if (s.trading()) log.info("the exchange is trading again: entries and exits resume");
            else log.warn("the exchange is not trading ({}): entries halted, exits wait", describe(s));
        }
        last = s;
        if (reopened) onTradingAgain.forEach(Runnable::run);
    }

    /** {@return whether orders can be sent now, as of the last read} */
    public boolean trading() {
        return last.trading();
    }

    /** {@return {@code inner} with every entry halted while the exchange is not trading} */
    public TradingHalts halts(TradingHalts inner) {
        Objects.requireNonNull(inner, "inner");
        return (ticker, now) -> {
            VenueStatus.Status s = last;
            return s.trading() ? inner.mayEnter(ticker, now) : new TradingHalts.Halted(HALT, describe(s));
        };
    }

    /** {@return the health component {@code exchange}: UP while trading, DEGRADED while closed or unread} */
    public SessionHealth.Component health() {
        VenueStatus.Status s = last;
        if (!s.trading()) return new SessionHealth.Component("exchange", SessionHealth.Component.DEGRADED, describe(s) + "; entries halted, exits wait");
        if (!lastError.isEmpty()) return new SessionHealth.Component("exchange", SessionHealth.Component.DEGRADED, "status unread: " + lastError);
        return new SessionHealth.Component("exchange", SessionHealth.Component.UP, checkedAt == null ? "trading (not read yet)" : "trading");
    }

    private static String describe(VenueStatus.Status s) {
        String what = !s.exchangeActive() ? "exchange under maintenance" : "trading inactive (outside exchange hours or paused)";
        return s.estimatedResume().map(t -> what + ", estimated resume " + t).orElse(what);
    }
}
