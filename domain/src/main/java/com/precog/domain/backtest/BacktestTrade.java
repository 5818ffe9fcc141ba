package com.precog.domain.backtest;

import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;

/**
 * One entry and its settlement: side and price bought, contracts, fee paid, edge at entry (per
 * contract, after fees), payout at settlement and realized P&amp;L ({@code payout − cost − fee}).
 * Immutable and thread-safe.
 *
 * @param market the market's dense index
 * @param entryTimeMillis when the entry filled, epoch milliseconds
 * @param settleTimeMillis when the market settled, epoch milliseconds
 * @param side the side bought
 * @param price the fill price (the ask)
 * @param contracts the contracts bought
 * @param fee the taker fee paid at entry
 * @param edgePerContract the edge per contract after fees at entry
 * @param winProbabilityMillionths the side's win probability at entry, in millionths
 * @param payout what settlement paid ($1 per winning contract; the contracts at their entry price when voided, the fee not refunded)
 * @param pnl {@code payout − cost}, where the cost includes the fee
 */
public record BacktestTrade(int market, long entryTimeMillis, long settleTimeMillis, Side side, Price price, Contracts contracts,
                            Dollars fee, Dollars edgePerContract, long winProbabilityMillionths, Dollars payout, Dollars pnl) {
    /** {@return what the entry cost in cash: {@code contracts × price + fee}} */
    public Dollars cost() {
        return contracts.times(price).plus(fee);
    }

    /** {@return {@code true} when the trade's P&amp;L is positive} */
    public boolean won() {
        return pnl.isPositive();
    }
}
