package com.precog.domain.backtest;

import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;

/**
 * One entry and its settlement: side and price bought, contracts, fee paid, edge at entry (per
 * contract, after fees), payout at settlement and realized P&L ({@code payout − cost − fee}).
 */
public record BacktestTrade(int market, long entryTimeMillis, long settleTimeMillis, Side side, Price price, Contracts contracts,
                            Dollars fee, Dollars edgePerContract, long winProbabilityMillionths, Dollars payout, Dollars pnl) {
    /** What the entry cost in cash: {@code contracts × price + fee}. */
    public Dollars cost() {
        return contracts.times(price).plus(fee);
    }

    public boolean won() {
        return pnl.isPositive();
    }
}
