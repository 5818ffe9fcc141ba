package com.precog.application.service.trading;

import com.precog.application.port.out.TradingHalts;
import java.time.Instant;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * Entry permission that also refuses a market while an exit is being worked in it. Buying what the
 * session is selling would at best pay fees twice and at worst trade against its own resting exit
 * order (Kalshi cancels such a taker, {@code self_trade_prevention_type = taker_at_cross}); the
 * market is considered again once its exits have ended.
 */
public final class NoEntryWhileExiting implements TradingHalts {
    /** The breaker name reported in the skip reason. */
    public static final String NAME = "exit_in_progress";

    private final TradingHalts breakers;
    private final ToIntFunction<String> exitsWorking;

    /**
     * @param breakers     the circuit breakers, asked first
     * @param exitsWorking exits queued or active in a market (the exit executor's {@code queued})
     */
    public NoEntryWhileExiting(TradingHalts breakers, ToIntFunction<String> exitsWorking) {
        this.breakers = Objects.requireNonNull(breakers, "breakers");
        this.exitsWorking = Objects.requireNonNull(exitsWorking, "exitsWorking");
    }

    @Override
    public EntryPermission mayEnter(String marketTicker, Instant now) {
        EntryPermission p = breakers.mayEnter(marketTicker, now);
        if (!p.allowed()) return p;
        int exiting = exitsWorking.applyAsInt(marketTicker);
        return exiting > 0 ? new Halted(NAME, exiting + " exit(s) being worked in " + marketTicker) : p;
    }

    @Override
    public void edgeSeen(long edgeMicros) {
        breakers.edgeSeen(edgeMicros);
    }
}
