package com.precog.application.port.out;

import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import java.util.List;
import java.util.Objects;

/** What the account holds at the venue: cash and open market positions. Read-only. */
public interface Portfolio {
    /** Cash available, exact. */
    Dollars cashBalance();

    /** Open (non-zero) positions, one per market. */
    List<Holding> holdings();

    /**
     * A position in one market: {@code count} contracts of {@code side} (never zero), what was paid
     * for it so far, realized P&L and fees paid. Immutable.
     */
    record Holding(String marketTicker, Side side, Contracts count, Dollars cost, Dollars realizedPnl, Dollars feesPaid) {
        public Holding {
            if (marketTicker == null || marketTicker.isBlank()) throw new IllegalArgumentException("marketTicker must not be blank");
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(count, "count");
            if (!count.isPositive()) throw new IllegalArgumentException("holding count must be positive, was " + count);
            Objects.requireNonNull(cost, "cost");
            Objects.requireNonNull(realizedPnl, "realizedPnl");
            Objects.requireNonNull(feesPaid, "feesPaid");
        }
    }
}
