package com.precog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Portfolio} must do. {@link #portfolioAfterBuying} must return a portfolio
 * whose account started with {@link #startingCash()} and then bought {@code count} YES contracts
 * of {@link #ticker()} (paying price and fees).
 */
public abstract class PortfolioContract {
    protected abstract Portfolio portfolioAfterBuying(Contracts count);

    protected abstract com.precog.domain.money.Dollars startingCash();

    protected abstract String ticker();

    @Test
    void holdings_showTheBoughtPosition_andCashWentDown() {
        Portfolio p = portfolioAfterBuying(Contracts.of(3));
        assertThat(p.holdings()).singleElement().satisfies(h -> {
            assertThat(h.marketTicker()).isEqualTo(ticker());
            assertThat(h.side()).isEqualTo(Side.YES);
            assertThat(h.count()).isEqualTo(Contracts.of(3));
            assertThat(h.cost().isPositive()).isTrue();
        });
        assertThat(p.cashBalance()).isLessThan(startingCash());
        assertThat(startingCash().minus(p.cashBalance())).isGreaterThanOrEqualTo(p.holdings().get(0).cost());
    }
}
