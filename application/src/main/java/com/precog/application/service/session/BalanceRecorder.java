package com.precog.application.service.session;

import com.precog.application.port.out.AccountBalances;
import com.precog.application.port.out.AccountBalances.Balance;
import com.precog.domain.money.Dollars;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@code account_balance} history of a session: on a tick, at most once per
 * {@code interval}, it reads cash and the open positions' value and records them (a row only when
 * they changed). A failed read or write is logged and retried at the next interval; it never stops
 * the trading loop.
 */
public final class BalanceRecorder implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(BalanceRecorder.class);

    private final AccountBalances balances;
    private final Supplier<Dollars> cash;
    private final Supplier<Dollars> portfolioValue;
    private final Clock clock;
    private final Duration interval;
    private Instant last = Instant.MIN;
    private int failures;

    /**
     * @param balances where the history goes
     * @param cash the account's cash
     * @param portfolioValue the open positions at their marks
     * @param clock the session clock
     * @param interval the least time between two reads, positive
     */
    public BalanceRecorder(AccountBalances balances, Supplier<Dollars> cash, Supplier<Dollars> portfolioValue, Clock clock, Duration interval) {
        this.balances = Objects.requireNonNull(balances, "balances");
        this.cash = Objects.requireNonNull(cash, "cash");
        this.portfolioValue = Objects.requireNonNull(portfolioValue, "portfolioValue");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (interval.isNegative() || interval.isZero()) throw new IllegalArgumentException("interval must be positive, was " + interval);
        this.interval = interval;
    }

    /** Records when the interval has passed since the last attempt. */
    @Override
    public synchronized void run() {
        Instant now = clock.instant();
        if (last != Instant.MIN && now.isBefore(last.plus(interval))) return;
        last = now;
        recordNow(now);
    }

    /** Records now, whatever the interval (at stop). */
    public synchronized void flush() {
        Instant now = clock.instant();
        last = now;
        recordNow(now);
    }

    /** {@return how many reads or writes failed so far} */
    public synchronized int failures() {
        return failures;
    }

    private void recordNow(Instant now) {
        try {
            balances.record(new Balance(cash.get(), portfolioValue.get(), now));
        } catch (RuntimeException e) {
            failures++;
            log.warn("account balance not recorded (retried in {} s): {}", interval.toSeconds(), e.toString());
        }
    }
}
