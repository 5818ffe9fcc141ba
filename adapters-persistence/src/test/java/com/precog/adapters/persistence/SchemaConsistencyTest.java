package com.precog.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jooq.Record;
import org.jooq.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Schema rules checked on the migrated PostgreSQL itself (pg_catalog), so a future migration that breaks
 * one fails the build: money is NUMERIC, SCD2 tables are complete, money rows name their environment,
 * append-only tables reject UPDATE and DELETE.
 */
class SchemaConsistencyTest {
    private static TestDatabase db;

    /** Columns holding prices, probabilities, fees, P&L or other money. */
    private static final Pattern MONEY_OR_PROBABILITY = Pattern.compile(
            "(price|probability|(^|_)fees?($|_)|pnl|balance|amount|revenue|confidence|liquidity|portfolio_value|metric_value"
                    + "|^edge$|_edge$|coefficient|brier|win_rate|p_value|control_share|_bid$|_ask$|_predicted$|frequency|ci_lower|ci_upper"
                    + "|cost|threshold|trigger_value|accuracy|^ece$|^auc$|log_loss|spread_line|rating|sharpe|drawdown)");
    /** JSONB documents that hold decimals as strings inside (checked by the adapters' round-trip tests). */
    private static final Set<String> JSON_DOCUMENTS = Set.of("markets.price_ranges");

    static final Set<String> SCD2_TABLES = Set.of("market_snapshots", "game_states", "positions", "account_balance");

    static final Set<String> MONEY_TABLES = Set.of("edges", "orders", "order_events", "trades", "positions", "position_exits",
            "exit_attempts", "settlements", "account_balance", "account_ledger", "circuit_breaker_events", "performance_metrics",
            "performance_metrics_archive", "ab_tests", "backtest_runs");

    static final Set<String> APPEND_ONLY_TABLES = Set.of("orders", "order_events", "trades", "position_exits", "exit_attempts",
            "settlements", "account_ledger", "edges", "orderbook_snapshots", "market_trades", "elo_ratings", "ab_test_assignments",
            "circuit_breaker_events", "position_close_requests", "position_close_requests_handled", "model_activation_decisions",
            "pregame_prices");

    @BeforeAll
    static void migrate() {
        db = TestDatabase.freshSchema();
    }

    /** Every column of every table, view and materialized view with its effective type (domains resolved). */
    private static Result<Record> columns() {
        return db.dsl().fetch("""
                SELECT c.relname AS table_name, c.relkind::text AS kind, a.attname AS column_name,
                       CASE WHEN t.typtype = 'd' THEN bt.typname ELSE t.typname END AS base_type,
                       t.typname AS declared_type, a.attnotnull AS not_null, a.atthasdef AS has_default,
                       t.typdefault AS domain_default
                FROM pg_attribute a
                JOIN pg_class c ON c.oid = a.attrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_type t ON t.oid = a.atttypid
                LEFT JOIN pg_type bt ON bt.oid = t.typbasetype
                WHERE n.nspname = ? AND c.relkind IN ('r', 'v', 'm') AND a.attnum > 0 AND NOT a.attisdropped
                  AND c.relname <> 'flyway_schema_history'
                ORDER BY 1, 3""", db.schema());
    }

    @Test
    void noColumnAnywhereIsRealOrDoublePrecision() {
        Result<Record> cols = columns();
        assertThat(cols).hasSizeGreaterThan(300);
        List<String> floats = cols.stream()
                .filter(r -> Set.of("float4", "float8").contains(r.get("base_type", String.class)))
                .map(r -> r.get("table_name") + "." + r.get("column_name"))
                .toList();
        assertThat(floats).as("real/double precision columns").isEmpty();
    }

    @Test
    void everyPriceProbabilityFeeAndPnlColumnIsNumeric() {
        Map<String, String> moneyColumns = new TreeMap<>();
        for (Record r : columns()) {
            String col = r.get("column_name", String.class);
            if (MONEY_OR_PROBABILITY.matcher(col).find() && !col.endsWith("_id") && !col.endsWith("_type")
                    && !JSON_DOCUMENTS.contains(r.get("table_name") + "." + col)) {
                moneyColumns.put(r.get("table_name") + "." + col, r.get("base_type", String.class));
            }
        }
        assertThat(moneyColumns).as("the rule must see the money columns").hasSizeGreaterThan(70)
                .containsKeys("trades.price", "trades.fee", "positions.realized_pnl", "edges.probability",
                        "strategy_performance_summary.total_realized_pnl", "model_calibration_summary.mean_predicted",
                        "market_snapshots.yes_bid", "positions.entry_cost_per_contract", "historical_plays.spread_line");
        assertThat(moneyColumns).allSatisfy((column, type) -> assertThat(type).as(column).isEqualTo("numeric"));
    }

    @Test
    void everyScd2TableHasTheThreeColumnsAndAPartialUniqueIndexOnCurrentRows() {
        Set<String> withScd2Column = new TreeSet<>();
        Map<String, Record> byColumn = new TreeMap<>();
        for (Record r : columns()) {
            String col = r.get("column_name", String.class);
            if (col.startsWith("row_") && r.get("kind", String.class).equals("r")) {
                withScd2Column.add(r.get("table_name", String.class));
                byColumn.put(r.get("table_name") + "." + col, r);
            }
        }
        assertThat(withScd2Column).isEqualTo(SCD2_TABLES);
        for (String table : SCD2_TABLES) {
            assertThat(byColumn.get(table + ".row_current_ind")).as(table + ".row_current_ind").isNotNull()
                    .satisfies(r -> assertThat(r.get("base_type")).isEqualTo("bool"))
                    .satisfies(r -> assertThat(r.get("not_null", Boolean.class)).isTrue());
            assertThat(byColumn.get(table + ".row_start_ts")).as(table + ".row_start_ts").isNotNull()
                    .satisfies(r -> assertThat(r.get("base_type")).isEqualTo("timestamptz"))
                    .satisfies(r -> assertThat(r.get("not_null", Boolean.class)).isTrue());
            assertThat(byColumn.get(table + ".row_end_ts")).as(table + ".row_end_ts").isNotNull()
                    .satisfies(r -> assertThat(r.get("base_type")).isEqualTo("timestamptz"))
                    .satisfies(r -> assertThat(r.get("not_null", Boolean.class)).isFalse());
            Result<Record> partialUnique = db.dsl().fetch("""
                    SELECT i.relname, pg_get_expr(x.indpred, x.indrelid) AS predicate
                    FROM pg_index x
                    JOIN pg_class i ON i.oid = x.indexrelid
                    JOIN pg_class t ON t.oid = x.indrelid
                    JOIN pg_namespace n ON n.oid = t.relnamespace
                    WHERE n.nspname = ? AND t.relname = ? AND x.indisunique AND x.indpred IS NOT NULL""", db.schema(), table);
            assertThat(partialUnique).as(table + " partial unique index on current rows")
                    .anySatisfy(r -> assertThat(r.get("predicate", String.class)).isEqualTo("row_current_ind"));
        }
    }

    @Test
    void everyMoneyTableHasNotNullExecutionEnvironmentWithoutDefault() {
        Map<String, Record> env = new TreeMap<>();
        Set<String> tablesWithMoney = new TreeSet<>();
        Pattern money = Pattern.compile("pnl|(^|_)fees?($|_)|balance|amount|revenue");
        for (Record r : columns()) {
            if (!r.get("kind", String.class).equals("r")) {
                continue;
            }
            String table = r.get("table_name", String.class);
            String col = r.get("column_name", String.class);
            if (col.equals("execution_environment")) {
                env.put(table, r);
            }
            if (money.matcher(col).find() && !col.endsWith("_type") && !col.endsWith("_coefficient")) {
                tablesWithMoney.add(table);
            }
        }
        assertThat(MONEY_TABLES).containsAll(tablesWithMoney);
        assertThat(env.keySet()).containsAll(MONEY_TABLES);
        for (String table : MONEY_TABLES) {
            Record r = env.get(table);
            assertThat(r.get("not_null", Boolean.class)).as(table + ".execution_environment NOT NULL").isTrue();
            assertThat(r.get("has_default", Boolean.class)).as(table + ".execution_environment has no default").isFalse();
            assertThat(r.get("domain_default")).as(table + ".execution_environment domain default").isNull();
            assertThat(r.get("declared_type")).isEqualTo("t_environment");
        }
    }

    @Test
    void everyAppendOnlyTableHasAnEnabledRowTriggerRejectingUpdateAndDelete() {
        // tgtype bits: 1 ROW, 2 BEFORE, 8 DELETE, 16 UPDATE
        Result<Record> triggers = db.dsl().fetch("""
                SELECT t.relname AS table_name, tg.tgtype, tg.tgenabled::text AS enabled
                FROM pg_trigger tg
                JOIN pg_class t ON t.oid = tg.tgrelid
                JOIN pg_namespace n ON n.oid = t.relnamespace
                JOIN pg_proc p ON p.oid = tg.tgfoid
                WHERE n.nspname = ? AND p.proname = 'reject_update_or_delete' AND NOT tg.tgisinternal""", db.schema());
        Set<String> tables = new TreeSet<>();
        for (Record r : triggers) {
            int type = r.get("tgtype", Integer.class);
            assertThat(type & 1).as("row-level").isEqualTo(1);
            assertThat(type & 2).as("before").isEqualTo(2);
            assertThat(type & 8).as("on delete").isEqualTo(8);
            assertThat(type & 16).as("on update").isEqualTo(16);
            assertThat(r.get("enabled")).isEqualTo("O");
            tables.add(r.get("table_name", String.class));
        }
        assertThat(tables).isEqualTo(APPEND_ONLY_TABLES);
    }

    @Test
    void everyScd2TableIsGuardedAgainstRewritingHistory() {
        Result<Record> triggers = db.dsl().fetch("""
                SELECT t.relname AS table_name
                FROM pg_trigger tg
                JOIN pg_class t ON t.oid = tg.tgrelid
                JOIN pg_namespace n ON n.oid = t.relnamespace
                JOIN pg_proc p ON p.oid = tg.tgfoid
                WHERE n.nspname = ? AND p.proname = 'scd2_guard' AND NOT tg.tgisinternal""", db.schema());
        assertThat(triggers.getValues("table_name", String.class)).containsExactlyInAnyOrderElementsOf(SCD2_TABLES);
    }

    @Test
    void bothSummariesAreMaterializedViewsWithAUniqueIndexForConcurrentRefresh() {
        Result<Record> mvs = db.dsl().fetch("""
                SELECT c.relname, EXISTS (SELECT 1 FROM pg_index x WHERE x.indrelid = c.oid AND x.indisunique) AS has_unique
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = ? AND c.relkind = 'm' ORDER BY 1""", db.schema());
        assertThat(mvs.getValues(0, String.class)).containsExactly("model_calibration_summary", "strategy_performance_summary");
        assertThat(mvs.getValues(1, Boolean.class)).containsOnly(true);
    }
}
