package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.PREGAME_PRICES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.PregamePrices;
import com.precog.application.port.out.PregamePrices.PregamePrice;
import com.precog.application.port.out.PregamePricesContract;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ExecutionEnvironment;
import java.math.BigDecimal;
import java.time.Clock;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqPregamePricesTest extends PregamePricesContract {
    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.freshSchema();
    }

    @Override
    protected PregamePrices newPrices() {
        db.dsl().truncate(PREGAME_PRICES).execute();
        return prices(ExecutionEnvironment.DEMO);
    }

    private static PregamePrices prices(ExecutionEnvironment env) {
        return new PersistenceAdapters(db.database(), Clock.systemUTC()).pregamePrices(env);
    }

    @Test
    void eachEnvironmentKeepsItsOwnPrice_exactly_andRowsAreNeverChanged() {
        PregamePrices demo = newPrices();
        assertThat(demo.record(new PregamePrice(GAME, "KXNFLGAME-22SEP11TBDAL-DAL", Probability.ofMillionths(540_500), T))).isTrue();
        assertThat(prices(ExecutionEnvironment.LIVE).find(GAME)).as("demo books are not production's").isEmpty();
        assertThat(prices(ExecutionEnvironment.LIVE).record(new PregamePrice(GAME, "KXNFLGAME-22SEP11TBDAL-DAL", Probability.ofMillionths(610_000), T)))
                .isTrue();
        assertThat(demo.find(GAME).orElseThrow().homeProbability()).isEqualTo(Probability.ofMillionths(540_500));
        assertThat(db.dsl().fetchValue(PREGAME_PRICES.HOME_PROBABILITY, PREGAME_PRICES.EXECUTION_ENVIRONMENT.eq("demo")))
                .isEqualByComparingTo(new BigDecimal("0.5405"));
        assertThatThrownBy(() -> db.dsl().update(PREGAME_PRICES).set(PREGAME_PRICES.HOME_PROBABILITY, new BigDecimal("0.6")).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.dsl().deleteFrom(PREGAME_PRICES).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.dsl().execute("INSERT INTO pregame_prices (execution_environment, game_id, market_ticker, home_probability, "
                + "observed_at) VALUES ('paper', 'g', 'T', 1, now())")).as("a certain result is no price").isInstanceOf(DataAccessException.class);
    }
}
