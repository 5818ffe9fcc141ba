package com.precog.application.service.risk;

import com.precog.application.port.out.ExchangeEntryHalt;
import com.precog.domain.risk.BreakerEvent;
import com.precog.domain.risk.BreakerKind;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mirrors the circuit breakers to the exchange: while any breaker halts every market (scope
 * {@code *}), the {@link ExchangeEntryHalt} is in force, so resting entry orders are cancelled at
 * the exchange within the trip call and the exchange refuses new ones; when the last such
 * breaker is resolved the halt is lifted. Market-scoped breakers (data_stale of one market) are
 * left to the entry loop's own check. Registered as a breaker listener, so it runs synchronously
 * after every trip and resolve; when the exchange cannot be reached it logs and stays out of
 * sync until the next change or {@link #tick()} (call it with the breakers' tick), so a failed
 * call never blocks the trip itself.
 */
public final class BreakerExchangeMirror implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(BreakerExchangeMirror.class);
    private final CircuitBreakerService breakers;
    private final ExchangeEntryHalt exchange;
    private boolean inSync = true;

    private BreakerExchangeMirror(CircuitBreakerService breakers, ExchangeEntryHalt exchange) {
        this.breakers = Objects.requireNonNull(breakers, "breakers");
        this.exchange = Objects.requireNonNull(exchange, "exchange");
    }

    /**
     * Creates the mirror, registers it as a breaker listener and brings the exchange in line now
     * (breakers tripped before start included). The other direction too: when the exchange halts
     * our entries by itself (its contracts cap), {@code unusual_activity} is tripped market-wide with
     * the exchange's reason, so the halt shows in health, holds in process as well, and is lifted
     * the usual way — resolving the breaker resets the exchange side.
     */
    public static BreakerExchangeMirror attach(CircuitBreakerService breakers, ExchangeEntryHalt exchange) {
        BreakerExchangeMirror m = new BreakerExchangeMirror(breakers, exchange);
        breakers.addListener(m);
        exchange.onHaltedByExchange(reason -> breakers.trip(BreakerKind.UNUSUAL_ACTIVITY, BreakerEvent.ALL, false,
                "the exchange halted our entries: " + reason, "exchange"));
        m.sync();
        return m;
    }

    @Override
    public void run() {
        sync();
    }

    /** Retries a mirror call that failed (no-op when in sync). */
    public synchronized void tick() {
        if (!inSync) sync();
    }

    /** Whether the exchange matched the breakers after the last attempt. */
    public synchronized boolean inSync() {
        return inSync;
    }

    /** Brings the exchange in line with the breakers; false when the exchange could not be reached. */
    public synchronized boolean sync() {
        Optional<BreakerEvent> global = breakers.active().stream().filter(e -> BreakerEvent.ALL.equals(e.scope())).findFirst();
        try {
            if (global.isPresent() && !exchange.halted()) {
                exchange.halt(global.get().kind().wireName() + ": " + global.get().reason());
                log.warn("exchange-side entry halt in force ({})", global.get().kind().wireName());
            } else if (global.isEmpty() && exchange.halted()) {
                exchange.resume("no market-wide circuit breaker is tripped");
                log.info("exchange-side entry halt lifted");
            }
            inSync = true;
        } catch (RuntimeException e) {
            inSync = false;
            log.error("cannot mirror the circuit breakers to the exchange (retried on the next tick): {}", e.getMessage());
        }
        return inSync;
    }
}
