package com.precog.application.port.out;

import com.precog.domain.money.Dollars;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code account_balance} history of one execution environment (SPEC §11, SCD2): a new row only
 * when cash or portfolio value changed, the previous row closed in the same transaction.
 */
public interface AccountBalances {
    /**
     * Records what the account holds now.
     *
     * @param balance cash and portfolio value, observed at a time
     * @return true when a new row was written, false when nothing changed since the current row
     */
    boolean record(Balance balance);

    /** {@return the current row, if any} */
    Optional<Balance> current();

    /** {@return every row, oldest first} */
    List<Balance> history();

    /**
     * The account at one time.
     *
     * @param cash cash available
     * @param portfolioValue open positions at their marks
     * @param observedAt when it was observed
     */
    record Balance(Dollars cash, Dollars portfolioValue, Instant observedAt) {
        /** Validates non-null parts. */
        public Balance {
            Objects.requireNonNull(cash, "cash");
            Objects.requireNonNull(portfolioValue, "portfolioValue");
            Objects.requireNonNull(observedAt, "observedAt");
        }

        /** {@return true when cash and value equal {@code other}'s (the time aside)} */
        public boolean sameAmounts(Balance other) {
            return other != null && cash.equals(other.cash) && portfolioValue.equals(other.portfolioValue);
        }
    }
}
