package com.precog.domain.backtest;

import com.precog.domain.money.Dollars;
import java.util.List;

/**
 * Outcome of a replay: every settled trade in settlement order, the equity after each settlement
 * (starting bankroll first), and summary figures. Money is exact; ratios are doubles for reports.
 * Immutable (arrays are copied in and out) and thread-safe.
 *
 * @param startingBankroll the bankroll the replay started with
 * @param endingEquity cash plus open positions at cost at the end
 * @param trades every settled trade in settlement order (copied)
 * @param equityUnits equity in 10<sup>-8</sup> $ units after each settlement, the starting bankroll first (copied)
 * @param equityTimesMillis the settlement time of each equity point in epoch milliseconds ({@code Long.MIN_VALUE} for the start)
 * @param eventsProcessed the number of events replayed
 * @param rejectedEntries entries the sizer refused or cash could not pay for
 */
public record BacktestResult(Dollars startingBankroll, Dollars endingEquity, List<BacktestTrade> trades, long[] equityUnits,
                             long[] equityTimesMillis, long eventsProcessed, int rejectedEntries) {
    /**
     * Copies the lists and arrays.
     *
     * @throws NullPointerException if a list or array is null
     */
    public BacktestResult {
        trades = List.copyOf(trades);
        equityUnits = equityUnits.clone();
        equityTimesMillis = equityTimesMillis.clone();
    }

    /** {@return the P&amp;L of the replay, {@code endingEquity − startingBankroll}, exact} */
    public Dollars pnl() {
        return endingEquity.minus(startingBankroll);
    }

    /** {@return the sum of entry fees of the settled trades, exact} */
    public Dollars totalFees() {
        Dollars f = Dollars.ZERO;
        for (BacktestTrade t : trades) f = f.plus(t.fee());
        return f;
    }

    /** {@return the cash put at risk: the sum of entry costs including fees, exact} */
    public Dollars totalStaked() {
        Dollars s = Dollars.ZERO;
        for (BacktestTrade t : trades) s = s.plus(t.cost());
        return s;
    }

    /** {@return the share of settled trades with a positive P&amp;L, 0 without trades (a report ratio, not money)} */
    public double winRate() {
        if (trades.isEmpty()) return 0;
        long wins = trades.stream().filter(BacktestTrade::won).count();
        return (double) wins / trades.size();
    }

    /** {@return P&amp;L over cash staked, 0 when nothing was staked (a report ratio, not money)} */
    public double roi() {
        Dollars staked = totalStaked();
        return staked.isZero() ? 0 : (double) pnl().units() / staked.units(); // a ratio for reports, not money
    }

    /** {@return the largest peak-to-trough fall of equity, exact} */
    public Dollars maxDrawdown() {
        long peak = Long.MIN_VALUE;
        long worst = 0;
        for (long e : equityUnits) {
            peak = Math.max(peak, e);
            worst = Math.max(worst, peak - e);
        }
        return Dollars.ofUnits(worst);
    }

    /** {@return the largest peak-to-trough fall as a share of the peak, in [0, 1]} */
    public double maxDrawdownPct() {
        long peak = Long.MIN_VALUE;
        double worst = 0;
        for (long e : equityUnits) {
            peak = Math.max(peak, e);
            if (peak > 0) worst = Math.max(worst, (double) (peak - e) / peak);
        }
        return worst;
    }

    /** {@return a copy of the equity points in 10<sup>-8</sup> $ units} */
    public long[] equityUnits() {
        return equityUnits.clone();
    }

    /** {@return a copy of the equity point times in epoch milliseconds} */
    public long[] equityTimesMillis() {
        return equityTimesMillis.clone();
    }

    /**
     * Value equality: the equity curve is compared element by element, not by array identity, so two replays of the
     * same events with the same settings are equal.
     *
     * @param o the object to compare with
     * @return {@code true} if {@code o} is a result with equal components
     */
    @Override
    public final boolean equals(Object o) {
        return o instanceof BacktestResult r && startingBankroll.equals(r.startingBankroll) && endingEquity.equals(r.endingEquity)
                && trades.equals(r.trades) && java.util.Arrays.equals(equityUnits, r.equityUnits)
                && java.util.Arrays.equals(equityTimesMillis, r.equityTimesMillis) && eventsProcessed == r.eventsProcessed
                && rejectedEntries == r.rejectedEntries;
    }

    /** {@return a hash consistent with {@link #equals(Object)} (array contents, not identities)} */
    @Override
    public final int hashCode() {
        int h = java.util.Objects.hash(startingBankroll, endingEquity, trades, eventsProcessed, rejectedEntries);
        return 31 * (31 * h + java.util.Arrays.hashCode(equityUnits)) + java.util.Arrays.hashCode(equityTimesMillis);
    }

    /** {@return the components, the equity curve printed element by element} */
    @Override
    public final String toString() {
        return "BacktestResult[startingBankroll=" + startingBankroll + ", endingEquity=" + endingEquity + ", trades=" + trades
                + ", equityUnits=" + java.util.Arrays.toString(equityUnits) + ", equityTimesMillis=" + java.util.Arrays.toString(equityTimesMillis)
                + ", eventsProcessed=" + eventsProcessed + ", rejectedEntries=" + rejectedEntries + "]";
    }
}
