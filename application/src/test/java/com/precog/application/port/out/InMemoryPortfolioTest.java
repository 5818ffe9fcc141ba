package com.precog.application.port.out;

import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;

class InMemoryPortfolioTest extends PortfolioContract {
    @Override
    protected Portfolio portfolioAfterBuying(Contracts count) {
        Dollars cost = count.times(Price.parse("0.40"));
        return new InMemoryPortfolio(startingCash().minus(cost).minus(Dollars.parse("0.05")))
                .add(new Portfolio.Holding(ticker(), Side.YES, count, cost, Dollars.ZERO, Dollars.parse("0.05")));
    }

    @Override
    protected Dollars startingCash() {
        return Dollars.of(100);
    }

    @Override
    protected String ticker() {
        return "KXTEST-A";
    }
}
