package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.POSITIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.Positions;
import com.precog.application.port.out.PositionsContract;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.position.Position;
import com.precog.domain.position.TrailingStopConfig;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The positions of one environment: the port contract (paper positions in a paper store) and the isolation. */
class JooqEnvironmentPositionsTest extends PositionsContract {
    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.freshSchema();
    }

    @Override
    protected Positions newPositions() {
        db.dsl().truncate(POSITIONS).restartIdentity().cascade().execute();
        return new PersistenceAdapters(db.database(), Clock.systemUTC()).positions(ExecutionEnvironment.PAPER);
    }

    private static Position demo(String id) {
        return Position.open(id, "KX-DEMO", "KX", Side.NO, ConfidenceLevel.LOW, ExecutionEnvironment.DEMO, "pre_game v1.0", "elo v1.0",
                Price.of("0.40"), Dollars.ZERO, Contracts.of(10), TrailingStopConfig.balanced(), T0);
    }

    @Test
    void anotherEnvironmentsPositions_areInvisible_andCannotBeSavedHere() {
        PersistenceAdapters adapters = new PersistenceAdapters(db.database(), Clock.systemUTC());
        Positions demoStore = adapters.positions(ExecutionEnvironment.DEMO);
        demoStore.save(demo("pos-demo"), T0);
        positions.save(position("pos-paper", "KX-PAPER"), T0);

        assertThat(positions.open()).extracting(Position::id).containsExactly("pos-paper");
        assertThat(positions.all()).extracting(Position::id).containsExactly("pos-paper");
        assertThat(positions.current("pos-demo")).isEmpty();
        assertThat(positions.history("pos-demo")).isEmpty();
        assertThat(demoStore.open()).extracting(Position::id).containsExactly("pos-demo");
        assertThat(adapters.positions().all()).as("unscoped: every environment").extracting(Position::id).containsExactly("pos-demo", "pos-paper");
        assertThatThrownBy(() -> positions.save(demo("pos-demo"), T0.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("demo");
        assertThat(demoStore.history("pos-demo")).hasSize(1);

        demoStore.save(demo("pos-demo").afterExit(Contracts.of(10), Dollars.of("-4.00"), 0, T0.plusSeconds(2)), T0.plusSeconds(2));
        assertThat(positions.realizedChangesSince(T0)).as("another environment's realized P&L").isEmpty();
        assertThat(demoStore.realizedChangesSince(T0)).extracting(Positions.RealizedChange::amount).containsExactly(Dollars.of("-4.00"));
    }
}
