package com.precog.domain.backtest;

import com.precog.domain.money.Dollars;
import java.util.List;

/**
 * Outcome of a replay: every settled trade in settlement order, the equity after each settlement
 * (starting bankroll first), and summary figures. Money is exact; ratios are doubles for reports.
 */
public record BacktestResult(Dollars startingBankroll, Dollars endingEquity, List<BacktestTrade> trades, long[] equityUnits,
                             long[] equityTimesMillis, long eventsProcessed, int rejectedEntries) {
    public BacktestResult {
        trades = List.copyOf(trades);
        equityUnits = equityUnits.clone();
        equityTimesMillis = equityTimesMillis.clone();
    }

    public Dollars pnl() {
        return endingEquity.minus(startingBankroll);
    }

    public Dollars totalFees() {
        Dollars f = Dollars.ZERO;
        for (BacktestTrade t : trades) f = f.plus(t.fee());
        return f;
    }

    /** Cash put at risk: sum of entry costs including fees. */
    public Dollars totalStaked() {
        Dollars s = Dollars.ZERO;
        for (BacktestTrade t : trades) s = s.plus(t.cost());
        return s;
    }

    public double winRate() {
        if (trades.isEmpty()) return 0;
        long wins = trades.stream().filter(BacktestTrade::won).count();
        return (double) wins / trades.size();
    }

    /** P&L over cash staked. */
    public double roi() {
        Dollars staked = totalStaked();
        return staked.isZero() ? 0 : (double) pnl().units() / staked.units(); // a ratio for reports, not money
    }

    /** Largest peak-to-trough fall of equity, in dollars. */
    public Dollars maxDrawdown() {
        long peak = Long.MIN_VALUE;
        long worst = 0;
        for (long e : equityUnits) {
            peak = Math.max(peak, e);
            worst = Math.max(worst, peak - e);
        }
        return Dollars.ofUnits(worst);
    }

    /** Largest peak-to-trough fall as a share of the peak. */
    public double maxDrawdownPct() {
        long peak = Long.MIN_VALUE;
        double worst = 0;
        for (long e : equityUnits) {
            peak = Math.max(peak, e);
            if (peak > 0) worst = Math.max(worst, (double) (peak - e) / peak);
        }
        return worst;
    }

    public long[] equityUnits() {
        return equityUnits.clone();
    }

    public long[] equityTimesMillis() {
        return equityTimesMillis.clone();
    }
}
