package com.precog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.AccountBalances.Balance;
import com.precog.domain.money.Dollars;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of every {@link AccountBalances}: SCD2 history, a row only on change, exact amounts. */
public abstract class AccountBalancesContract {
    protected static final Instant T0 = Instant.parse("2025-09-07T17:00:00Z");
    protected AccountBalances balances;

    protected abstract AccountBalances newBalances();

    @BeforeEach
    void setUpBalances() {
        balances = newBalances();
    }

    @Test
    void emptyAtFirst() {
        assertThat(balances.current()).isEmpty();
        assertThat(balances.history()).isEmpty();
    }

    @Test
    void aRowOnlyWhenTheAmountsChange() {
        Balance b1 = new Balance(Dollars.of("10000.00"), Dollars.ZERO, T0);
        Balance same = new Balance(Dollars.of("10000.00"), Dollars.ZERO, T0.plusSeconds(60));
        Balance b2 = new Balance(Dollars.of("9961.73999999"), Dollars.of("41.00000001"), T0.plusSeconds(120));
        assertThat(balances.record(b1)).isTrue();
        assertThat(balances.record(same)).isFalse();
        assertThat(balances.record(b2)).isTrue();
        assertThat(balances.current()).contains(b2);
        assertThat(balances.history()).containsExactly(b1, b2);
    }

    @Test
    void goingBackToAnEarlierAmountIsAChange() {
        Balance b1 = new Balance(Dollars.of("100"), Dollars.ZERO, T0);
        Balance b2 = new Balance(Dollars.of("90"), Dollars.of("10"), T0.plusSeconds(1));
        Balance b3 = new Balance(Dollars.of("100"), Dollars.ZERO, T0.plusSeconds(2));
        balances.record(b1);
        balances.record(b2);
        assertThat(balances.record(b3)).isTrue();
        assertThat(balances.history()).containsExactly(b1, b2, b3);
    }
}
