package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.DbFixtures.T0;
import static com.precog.adapters.persistence.jooq.Tables.EXIT_ATTEMPTS;
import static com.precog.adapters.persistence.jooq.Tables.MARKET_SNAPSHOTS;
import static com.precog.adapters.persistence.jooq.Tables.ORDERS;
import static com.precog.adapters.persistence.jooq.Tables.PROBABILITY_MODELS;
import static com.precog.adapters.persistence.jooq.Tables.STRATEGIES;
import static com.precog.adapters.persistence.jooq.Tables.TRADES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The database itself enforces immutable versions, append-only journals, SCD2 history and environments. */
class DatabaseTriggersTest {
    private static TestDatabase db;
    private static DSLContext dsl;
    private static long strategyId;
    private static long modelId;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.freshSchema();
        dsl = db.dsl();
        DbFixtures.market(dsl, "KXNFLGAME-26SEP13KCBUF-KC");
        strategyId = DbFixtures.strategy(dsl, "pregame", "v1.0");
        modelId = DbFixtures.model(dsl, "elo", "v1.0");
    }

    @Test
    void givenAStrategyVersion_plainSqlUpdateOfConfig_isRejectedByPostgres() {
        assertThatThrownBy(() -> dsl.execute("UPDATE strategies SET config = '{\"min_edge\": \"0.01\"}' WHERE strategy_id = ?", strategyId))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("strategies.config is immutable");
        assertThat(dsl.fetchValue(STRATEGIES.CONFIG, STRATEGIES.STRATEGY_ID.eq(strategyId)).data()).contains("0.08");
    }

    @Test
    void givenAStrategyVersion_updatingNameVersionOrType_isRejected() {
        assertThatThrownBy(() -> dsl.update(STRATEGIES).set(STRATEGIES.NAME, "other").where(STRATEGIES.STRATEGY_ID.eq(strategyId)).execute())
                .hasMessageContaining("strategies.name is immutable");
        assertThatThrownBy(() -> dsl.update(STRATEGIES).set(STRATEGIES.VERSION, "v1.1").where(STRATEGIES.STRATEGY_ID.eq(strategyId)).execute())
                .hasMessageContaining("strategies.version is immutable");
        assertThatThrownBy(() -> dsl.update(STRATEGIES).set(STRATEGIES.STRATEGY_TYPE, "live_trading").where(STRATEGIES.STRATEGY_ID.eq(strategyId)).execute())
                .hasMessageContaining("strategies.strategy_type is immutable");
    }

    @Test
    void givenAStrategyVersion_statusAndMetrics_stayMutable() {
        long id = DbFixtures.strategy(dsl, "mutable-status", "v2.0");
        int updated = dsl.update(STRATEGIES)
                .set(STRATEGIES.STATUS, "testing")
                .set(STRATEGIES.METRICS, JSONB.valueOf("{\"trades\": 3}"))
                .set(STRATEGIES.UPDATED_AT, T0.plusHours(1))
                .set(STRATEGIES.CONFIG, JSONB.valueOf("{\"min_edge\":   \"0.08\"}"))   // same JSON value, other spelling
                .where(STRATEGIES.STRATEGY_ID.eq(id)).execute();
        assertThat(updated).isEqualTo(1);
        assertThat(dsl.fetchValue(STRATEGIES.STATUS, STRATEGIES.STRATEGY_ID.eq(id))).isEqualTo("testing");
    }

    @Test
    void givenAModelVersion_configAndTypeChanges_areRejectedButStatusIsNot() {
        assertThatThrownBy(() -> dsl.update(PROBABILITY_MODELS).set(PROBABILITY_MODELS.CONFIG, JSONB.valueOf("{\"k\": 25}"))
                .where(PROBABILITY_MODELS.MODEL_ID.eq(modelId)).execute())
                .hasMessageContaining("probability_models.config is immutable");
        assertThatThrownBy(() -> dsl.update(PROBABILITY_MODELS).set(PROBABILITY_MODELS.MODEL_TYPE, "ensemble")
                .where(PROBABILITY_MODELS.MODEL_ID.eq(modelId)).execute())
                .hasMessageContaining("probability_models.model_type is immutable");
        long other = DbFixtures.model(dsl, "elo-status", "v1.0");
        assertThat(dsl.update(PROBABILITY_MODELS).set(PROBABILITY_MODELS.STATUS, "testing")
                .where(PROBABILITY_MODELS.MODEL_ID.eq(other)).execute()).isEqualTo(1);
    }

    @Test
    void givenAnOrderAndATrade_updateAndDelete_areRejected() {
        long orderId = DbFixtures.order(dsl, "c-append-1", "KXNFLGAME-26SEP13KCBUF-KC", strategyId, modelId, "paper");
        long tradeId = dsl.insertInto(TRADES)
                .set(TRADES.FILL_ID, "f-append-1").set(TRADES.ORDER_ID, orderId).set(TRADES.CLIENT_ORDER_ID, "c-append-1")
                .set(TRADES.TICKER, "KXNFLGAME-26SEP13KCBUF-KC").set(TRADES.RECORDED_AT, T0)
                .set(TRADES.STRATEGY_NAME, "pregame").set(TRADES.STRATEGY_VERSION, "v1.0").set(TRADES.MODEL_VERSION, "elo@v1.0")
                .set(TRADES.SIDE, "yes").set(TRADES.ACTION, "buy").set(TRADES.PRICE, new BigDecimal("0.55"))
                .set(TRADES.QUANTITY, new BigDecimal("10")).set(TRADES.FEE, new BigDecimal("0.1733")).set(TRADES.IS_TAKER, true)
                .set(TRADES.STRATEGY_ID, strategyId).set(TRADES.MODEL_ID, modelId)
                .set(TRADES.EXECUTION_ENVIRONMENT, "paper").set(TRADES.EXECUTED_AT, T0)
                .returning(TRADES.ID).fetchSingle().getId();

        assertThatThrownBy(() -> dsl.update(TRADES).set(TRADES.PRICE, new BigDecimal("0.50")).where(TRADES.ID.eq(tradeId)).execute())
                .hasMessageContaining("trades is append-only: UPDATE rejected");
        assertThatThrownBy(() -> dsl.deleteFrom(TRADES).where(TRADES.ID.eq(tradeId)).execute())
                .hasMessageContaining("trades is append-only: DELETE rejected");
        assertThatThrownBy(() -> dsl.update(ORDERS).set(ORDERS.QUANTITY, new BigDecimal("5")).where(ORDERS.ID.eq(orderId)).execute())
                .hasMessageContaining("orders is append-only: UPDATE rejected");
        assertThatThrownBy(() -> dsl.deleteFrom(ORDERS).where(ORDERS.ID.eq(orderId)).execute())
                .hasMessageContaining("orders is append-only: DELETE rejected");
        assertThat(dsl.fetchValue(TRADES.PRICE, TRADES.ID.eq(tradeId))).isEqualByComparingTo("0.55");
    }

    @Test
    void givenAnExitAttempt_updateAndDelete_areRejected() {
        long id = dsl.insertInto(EXIT_ATTEMPTS)
                .set(EXIT_ATTEMPTS.POSITION_ID, "p-1").set(EXIT_ATTEMPTS.TICKER, "KX-T").set(EXIT_ATTEMPTS.EXIT_CONDITION, "stop_loss")
                .set(EXIT_ATTEMPTS.PRIORITY, "CRITICAL").set(EXIT_ATTEMPTS.ORDER_TYPE, "ioc")
                .set(EXIT_ATTEMPTS.LIMIT_PRICE, new BigDecimal("0.40")).set(EXIT_ATTEMPTS.QUANTITY, new BigDecimal("10"))
                .set(EXIT_ATTEMPTS.FILLED_QUANTITY, new BigDecimal("0")).set(EXIT_ATTEMPTS.ATTEMPT_NUMBER, 1)
                .set(EXIT_ATTEMPTS.TIMEOUT_MS, 5000L).set(EXIT_ATTEMPTS.OUTCOME, "unfilled")
                .set(EXIT_ATTEMPTS.EXECUTION_ENVIRONMENT, "demo").set(EXIT_ATTEMPTS.ATTEMPTED_AT, T0)
                .returning(EXIT_ATTEMPTS.ID).fetchSingle().getId();
        assertThatThrownBy(() -> dsl.update(EXIT_ATTEMPTS).set(EXIT_ATTEMPTS.OUTCOME, "filled").where(EXIT_ATTEMPTS.ID.eq(id)).execute())
                .hasMessageContaining("exit_attempts is append-only");
        assertThatThrownBy(() -> dsl.deleteFrom(EXIT_ATTEMPTS).where(EXIT_ATTEMPTS.ID.eq(id)).execute())
                .hasMessageContaining("exit_attempts is append-only");
    }

    @Test
    void givenAnOrderWithoutEnvironment_insert_failsOnNotNull() {
        assertThatThrownBy(() -> dsl.insertInto(ORDERS)
                .set(ORDERS.CLIENT_ORDER_ID, "c-no-env").set(ORDERS.TICKER, "KXNFLGAME-26SEP13KCBUF-KC").set(ORDERS.SIDE, "yes")
                .set(ORDERS.ACTION, "buy").set(ORDERS.TIME_IN_FORCE, "good_till_canceled").set(ORDERS.LIMIT_PRICE, new BigDecimal("0.55"))
                .set(ORDERS.QUANTITY, new BigDecimal("10")).set(ORDERS.EDGE_PER_CONTRACT, new BigDecimal("0.08"))
                .set(ORDERS.WIN_PROBABILITY, new BigDecimal("0.70")).set(ORDERS.STRATEGY_NAME, "pregame")
                .set(ORDERS.STRATEGY_VERSION, "v1.0").set(ORDERS.MODEL_VERSION, "elo@v1.0")
                .set(ORDERS.STRATEGY_ID, strategyId).set(ORDERS.MODEL_ID, modelId).set(ORDERS.CREATED_AT, T0)
                .execute())
                .isInstanceOf(IntegrityConstraintViolationException.class)
                .hasMessageContaining("execution_environment");
    }

    @Test
    void givenAnUnknownEnvironment_insert_failsOnTheDomainCheck() {
        assertThatThrownBy(() -> DbFixtures.order(dsl, "c-prod", "KXNFLGAME-26SEP13KCBUF-KC", strategyId, modelId, "prod"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("t_environment");
    }

    @Test
    void givenACurrentSnapshot_onlyClosingIsAllowed_andHistoryIsFrozen() {
        String ticker = "KXNFLGAME-26SEP13KCBUF-BUF";
        DbFixtures.market(dsl, ticker);
        long id = dsl.insertInto(MARKET_SNAPSHOTS)
                .set(MARKET_SNAPSHOTS.TICKER, ticker).set(MARKET_SNAPSHOTS.STATUS, "active")
                .set(MARKET_SNAPSHOTS.YES_BID, new BigDecimal("0.45")).set(MARKET_SNAPSHOTS.OBSERVED_AT, T0)
                .set(MARKET_SNAPSHOTS.ROW_START_TS, T0)
                .returning(MARKET_SNAPSHOTS.ID).fetchSingle().getId();

        assertThatThrownBy(() -> dsl.update(MARKET_SNAPSHOTS).set(MARKET_SNAPSHOTS.YES_BID, new BigDecimal("0.50"))
                .where(MARKET_SNAPSHOTS.ID.eq(id)).execute())
                .hasMessageContaining("only closing the current row");
        assertThatThrownBy(() -> dsl.insertInto(MARKET_SNAPSHOTS)
                .set(MARKET_SNAPSHOTS.TICKER, ticker).set(MARKET_SNAPSHOTS.STATUS, "active")
                .set(MARKET_SNAPSHOTS.OBSERVED_AT, T0).set(MARKET_SNAPSHOTS.ROW_START_TS, T0).execute())
                .isInstanceOf(IntegrityConstraintViolationException.class)
                .hasMessageContaining("market_snapshots_current_uq");

        assertThat(dsl.update(MARKET_SNAPSHOTS).set(MARKET_SNAPSHOTS.ROW_CURRENT_IND, false)
                .set(MARKET_SNAPSHOTS.ROW_END_TS, T0.plusMinutes(1)).where(MARKET_SNAPSHOTS.ID.eq(id)).execute()).isEqualTo(1);

        assertThatThrownBy(() -> dsl.update(MARKET_SNAPSHOTS).set(MARKET_SNAPSHOTS.ROW_END_TS, T0.plusMinutes(2))
                .where(MARKET_SNAPSHOTS.ID.eq(id)).execute())
                .hasMessageContaining("closed history");
        assertThatThrownBy(() -> dsl.deleteFrom(MARKET_SNAPSHOTS).where(MARKET_SNAPSHOTS.ID.eq(id)).execute())
                .hasMessageContaining("DELETE rejected");
    }
}
