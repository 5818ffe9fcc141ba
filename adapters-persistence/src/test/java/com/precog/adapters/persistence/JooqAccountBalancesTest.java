package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.ACCOUNT_BALANCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.AccountBalances;
import com.precog.application.port.out.AccountBalances.Balance;
import com.precog.application.port.out.AccountBalancesContract;
import com.precog.domain.money.Dollars;
import com.precog.domain.order.ExecutionEnvironment;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqAccountBalancesTest extends AccountBalancesContract {
    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.freshSchema();
    }

    @Override
    protected AccountBalances newBalances() {
        db.dsl().truncate(ACCOUNT_BALANCE).restartIdentity().execute();
        return balances(ExecutionEnvironment.PAPER);
    }

    private static AccountBalances balances(ExecutionEnvironment env) {
        return new PersistenceAdapters(db.database(), Clock.systemUTC()).accountBalances(env);
    }

    @Test
    void previousRowsAreClosedAndOneRowIsCurrent() {
        balances.record(new Balance(Dollars.of("100"), Dollars.ZERO, T0));
        balances.record(new Balance(Dollars.of("90"), Dollars.of("10"), T0.plusSeconds(5)));
        balances.record(new Balance(Dollars.of("95"), Dollars.of("6"), T0.plusSeconds(9)));
        var rows = db.dsl().selectFrom(ACCOUNT_BALANCE).orderBy(ACCOUNT_BALANCE.ID).fetch();
        assertThat(rows).extracting(r -> r.getRowCurrentInd()).containsExactly(false, false, true);
        assertThat(rows.get(0).getRowEndTs()).isEqualTo(rows.get(1).getRowStartTs());
        assertThat(rows.get(1).getRowEndTs()).isEqualTo(rows.get(2).getRowStartTs());
        assertThat(rows.get(2).getRowEndTs()).isNull();
    }

    @Test
    void environmentsHaveTheirOwnHistory() {
        balances.record(new Balance(Dollars.of("100"), Dollars.ZERO, T0));
        assertThat(balances(ExecutionEnvironment.DEMO).current()).isEmpty();
        assertThat(balances(ExecutionEnvironment.DEMO).record(new Balance(Dollars.of("100"), Dollars.ZERO, T0))).isTrue();
        assertThat(db.dsl().fetchCount(ACCOUNT_BALANCE, ACCOUNT_BALANCE.ROW_CURRENT_IND.isTrue())).isEqualTo(2);
    }

    @Test
    void twoWritersRacing_leaveExactlyOneCurrentRowAndLoseNoChange() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> writes = new ArrayList<>();
                for (int w = 0; w < 2; w++) {
                    Balance b = new Balance(Dollars.of(1000 + round * 10 + w), Dollars.ZERO, T0.plusSeconds(round));
                    writes.add(pool.submit(() -> {
                        go.await();
                        return balances(ExecutionEnvironment.PAPER).record(b);
                    }));
                }
                go.countDown();
                for (Future<Boolean> f : writes) assertThat(f.get(30, TimeUnit.SECONDS)).isTrue();
                assertThat(db.dsl().fetchCount(ACCOUNT_BALANCE, ACCOUNT_BALANCE.ROW_CURRENT_IND.isTrue())).isEqualTo(1);
            }
            assertThat(balances.history()).hasSize(40);
        } finally {
            pool.shutdownNow();
        }
    }
}
