-- Edges, orders, trades, positions, exits, settlements and the account (SPEC §4, §7, §9, §1.10).
-- Every money row carries execution_environment NOT NULL with no default: a row in the wrong
-- environment is a severe bug, so the writer must always say which one.

-- Every computed edge above `ignore`, with all its inputs (SPEC §4). Model by ref text (model_id links the
-- stored version when known); the ticker is not a foreign key (edges are journaled in backtests too).
CREATE TABLE edges (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticker              TEXT NOT NULL,
    game_id             TEXT REFERENCES games (game_id),
    model_version       TEXT NOT NULL,                   -- model ref, e.g. elo_nfl@v1.0
    model_id            BIGINT REFERENCES probability_models (model_id),
    side                TEXT NOT NULL CHECK (side IN ('yes', 'no')),
    taker_or_maker      TEXT NOT NULL CHECK (taker_or_maker IN ('taker', 'maker')),
    probability         t_probability NOT NULL,          -- model P(YES)
    win_probability     t_probability NOT NULL,          -- P(the side wins)
    ci_lower            t_probability NOT NULL,
    ci_upper            t_probability NOT NULL,
    confidence          t_probability NOT NULL,
    executable_price    t_price NOT NULL,                -- the price of the side at which the edge is computed
    fee_per_contract    t_money NOT NULL CHECK (fee_per_contract >= 0),
    edge                t_money NOT NULL,                -- value per contract (may be negative)
    recommended_action  TEXT NOT NULL CHECK (recommended_action IN ('ignore', 'alert', 'auto_execute')),
    book                JSONB NOT NULL,                  -- top of book used: integer micros and quantities
    execution_environment t_environment NOT NULL,
    computed_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX edges_ticker_time_idx ON edges (ticker, computed_at);
CREATE TRIGGER edges_append_only BEFORE UPDATE OR DELETE ON edges
    FOR EACH ROW EXECUTE FUNCTION reject_update_or_delete();

-- SCD2 positions: a new row per change (quantity, trailing stop state, status); marks are not stored here.
CREATE TABLE positions (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    position_id         TEXT NOT NULL,                   -- business key, stable across versions
    version             INTEGER NOT NULL CHECK (version >= 1),  -- optimistic concurrency: +1 per SCD2 row
    ticker              TEXT NOT NULL REFERENCES markets (ticker),
    game_id             TEXT REFERENCES games (game_id),
    side                TEXT NOT NULL CHECK (side IN ('yes', 'no')),
    status              TEXT NOT NULL CHECK (status IN ('open', 'closing', 'closed', 'settled')),
    quantity            t_quantity NOT NULL,
    original_quantity   t_quantity NOT NULL,
    entry_price         t_price NOT NULL,                -- average fill price
    entry_cost_per_contract t_money NOT NULL,            -- all-in (price + fee) per contract
    entry_fees          t_money NOT NULL CHECK (entry_fees >= 0),
    realized_pnl        t_money NOT NULL DEFAULT 0,
    confidence          NUMERIC(6, 4) CHECK (confidence >= 0 AND confidence <= 1),
    trailing_stop_state JSONB,                           -- active, activated_at, activation_price, peak_price, peak_at, stop_price, distance, config
    partial_exits_done  SMALLINT NOT NULL DEFAULT 0 CHECK (partial_exits_done BETWEEN 0 AND 2),
    strategy_id         BIGINT NOT NULL REFERENCES strategies (strategy_id),
    model_id            BIGINT NOT NULL REFERENCES probability_models (model_id),
    opened_at           TIMESTAMPTZ NOT NULL,
    closed_at           TIMESTAMPTZ,
    execution_environment t_environment NOT NULL,
    row_current_ind     BOOLEAN NOT NULL DEFAULT true,
    row_start_ts        TIMESTAMPTZ NOT NULL,
    row_end_ts          TIMESTAMPTZ,
    CONSTRAINT positions_scd2_chk CHECK (row_current_ind = (row_end_ts IS NULL)),
    CONSTRAINT positions_period_chk CHECK (row_end_ts IS NULL OR row_end_ts >= row_start_ts),
    CONSTRAINT positions_quantity_chk CHECK (quantity <= original_quantity),
    CONSTRAINT positions_version_uq UNIQUE (position_id, version)
);
CREATE UNIQUE INDEX positions_current_uq ON positions (position_id) WHERE row_current_ind;
CREATE INDEX positions_open_idx ON positions (execution_environment, status) WHERE row_current_ind;
CREATE TRIGGER positions_scd2 BEFORE UPDATE OR DELETE ON positions
    FOR EACH ROW EXECUTE FUNCTION scd2_guard();

-- The decision to place an order (immutable); its lifecycle is in order_events, its fills in trades.
-- Attribution is by name (strategy name + version, model ref text) so orders of versions defined outside the
-- database (backtests, files) are kept too; strategy_id/model_id link the stored versions when known.
-- The ticker is not a foreign key: orders are journaled even when the market dimension was not stored.
CREATE TABLE orders (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_order_id     TEXT NOT NULL UNIQUE,
    ticker              TEXT NOT NULL,
    side                TEXT NOT NULL CHECK (side IN ('yes', 'no')),
    action              TEXT NOT NULL CHECK (action IN ('buy', 'sell')),
    time_in_force       TEXT NOT NULL CHECK (time_in_force IN ('good_till_canceled', 'immediate_or_cancel', 'fill_or_kill')),
    post_only           BOOLEAN NOT NULL DEFAULT false,
    reduce_only         BOOLEAN NOT NULL DEFAULT false,
    limit_price         t_price NOT NULL CHECK (limit_price > 0 AND limit_price < 1),
    quantity            t_quantity NOT NULL CHECK (quantity > 0),
    edge_per_contract   t_money NOT NULL,                -- the edge the decision was made on
    win_probability     t_probability NOT NULL,          -- the probability of the side bought/sold winning
    position_id         TEXT,
    edge_id             BIGINT REFERENCES edges (id),
    strategy_name       TEXT NOT NULL,
    strategy_version    TEXT NOT NULL,
    model_version       TEXT NOT NULL,                   -- model ref, e.g. elo_nfl@v1.0
    strategy_id         BIGINT REFERENCES strategies (strategy_id),
    model_id            BIGINT REFERENCES probability_models (model_id),
    execution_environment t_environment NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX orders_ticker_idx ON orders (ticker, created_at);
CREATE TRIGGER orders_append_only BEFORE UPDATE OR DELETE ON orders
    FOR EACH ROW EXECUTE FUNCTION reject_update_or_delete();

CREATE TABLE order_events (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id            BIGINT NOT NULL REFERENCES orders (id),
    exchange_order_id   TEXT,
    status              TEXT NOT NULL CHECK (status IN ('submitted', 'resting', 'partially_filled', 'filled', 'canceled', 'rejected', 'expired')),
    filled_quantity     t_quantity NOT NULL DEFAULT 0,
    reason              TEXT,
    execution_environment t_environment NOT NULL,
    occurred_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX order_events_order_idx ON order_events (order_id, occurred_at);
CREATE TRIGGER order_events_append_only BEFORE UPDATE OR DELETE ON order_events
    FOR EACH ROW EXECUTE FUNCTION reject_update_or_delete();

-- Executions (fills) of our orders, with the attribution of their order.
CREATE TABLE trades (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fill_id             TEXT NOT NULL UNIQUE,             -- exchange fill id (or simulated id in paper/backtest)
    client_order_id     TEXT NOT NULL,
    order_id            BIGINT REFERENCES orders (id),    -- NULL only for a fill of an order not journaled here
    exchange_order_id   TEXT NOT NULL DEFAULT '',
    ticker              TEXT NOT NULL,
    side                TEXT NOT NULL CHECK (side IN ('yes', 'no')),
    action              TEXT NOT NULL CHECK (action IN ('buy', 'sell')),
    price               t_price NOT NULL CHECK (price > 0 AND price < 1),
    quantity            t_quantity NOT NULL CHECK (quantity > 0),
    fee                 t_money NOT NULL CHECK (fee >= 0),
    is_taker            BOOLEAN NOT NULL,
    position_id         TEXT,
    strategy_name       TEXT NOT NULL,
    strategy_version    TEXT NOT NULL,
    model_version       TEXT NOT NULL,
    strategy_id         BIGINT REFERENCES strategies (strategy_id),
    model_id            BIGINT REFERENCES probability_models (model_id),
    execution_environment t_environment NOT NULL,
    executed_at         TIMESTAMPTZ NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX trades_order_idx ON trades (client_order_id);
CREATE INDEX trades_env_time_idx ON trades (execution_environment, executed_at);
CREATE TRIGGER trades_append_only BEFORE UPDATE OR DELETE ON trades
    FOR EACH ROW EXECUTE FUNCTION reject_update_or_delete();

-- One row per completed (partial) exit, with its realized P&L.
CREATE TABLE position_exits (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    position_id         TEXT NOT NULL,
    exit_condition      TEXT NOT NULL CHECK (exit_condition IN ('stop_loss', 'circuit_breaker', 'trailing_stop', 'time_based_urgent',
                            'liquidity_dried_up', 'profit_target', 'partial_exit_target', 'early_exit', 'edge_disappeared', 'rebalance',
                            'settlement', 'manual')),
    priority            TEXT NOT NULL CHECK (priority IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    quantity            t_quantity NOT NULL CHECK (quantity > 0),
    exit_price          t_price NOT NULL,
    fees                t_money NOT NULL CHECK (fees >= 0),
    realized_pnl        t_money NOT NULL,
    conflicting_triggers JSONB NOT NULL DEFAULT '[]'::jsonb,
    strategy_id         BIGINT NOT NULL REFERENCES strategies (strategy_id),
    model_id            BIGINT NOT NULL REFERENCES probability_models (model_id),
    execution_environment t_environment NOT NULL,
    exited_at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX position_exits_position_idx ON position_exits (position_id);
CREATE TRIGGER position_exits_append_only BEFORE UPDATE OR DELETE ON position_exits
    FOR EACH ROW EXECUTE FUNCTION reject_update_or_delete();

-- Every exit order attempt (SPEC §9), append-only.
CREATE TABLE exit_attempts (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    position_id         TEXT NOT NULL,
    exit_condition      TEXT NOT NULL,
    priority            TEXT NOT NULL CHECK (priority IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    order_type          TEXT NOT NULL CHECK (order_type IN ('limit', 'ioc')),
    limit_price         t_price NOT NULL,
    fill_price          t_price,
    quantity            t_quantity NOT NULL,
    filled_quantity     t_quantity NOT NULL,
    attempt_number      INTEGER NOT NULL CHECK (attempt_number >= 1),
    timeout_ms          BIGINT NOT NULL CHECK (timeout_ms >= 0),
    outcome             TEXT NOT NULL CHECK (outcome IN ('filled', 'partially_filled', 'unfilled', 'canceled', 'rejected', 'error')),
    reason              TEXT,
    client_order_id     TEXT,
    execution_environment t_environment NOT NULL,
    attempted_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT exit_attempts_filled_chk CHECK (filled_quantity <= quantity)
);
CREATE INDEX exit_attempts_position_idx ON exit_attempts (position_id, attempted_at);
CREATE TRIGGER exit_attempts_append_only BEFORE UPDATE OR DELETE ON exit_attempts
    FOR EACH ROW EXECUTE FUNCTION reject_update_or_delete();

CREATE TABLE settlements (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticker              TEXT NOT NULL REFERENCES markets (ticker),
    position_id         TEXT,
    market_result       TEXT NOT NULL CHECK (market_result IN ('yes', 'no', 'void')),
    side                TEXT CHECK (side IN ('yes', 'no')),
    quantity            t_quantity NOT NULL,
    settlement_price    t_price NOT NULL,                -- 1 or 0 per contract of the held side (void: refund price)
    revenue             t_money NOT NULL,
    fees                t_money NOT NULL DEFAULT 0 CHECK (fees >= 0),
    realized_pnl        t_money NOT NULL,
    execution_environment t_environment NOT NULL,
    settled_at          TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX settlements_position_uq ON settlements (execution_environment, ticker, position_id);
CREATE TRIGGER settlements_append_only BEFORE UPDATE OR DELETE ON settlements
    FOR EACH ROW EXECUTE FUNCTION reject_update_or_delete();

-- SCD2: the account balance per environment.
CREATE TABLE account_balance (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    execution_environment t_environment NOT NULL,
    cash_balance        t_money NOT NULL,
    portfolio_value     t_money NOT NULL DEFAULT 0,
    observed_at         TIMESTAMPTZ NOT NULL,
    row_current_ind     BOOLEAN NOT NULL DEFAULT true,
    row_start_ts        TIMESTAMPTZ NOT NULL,
    row_end_ts          TIMESTAMPTZ,
    CONSTRAINT account_balance_scd2_chk CHECK (row_current_ind = (row_end_ts IS NULL)),
    CONSTRAINT account_balance_period_chk CHECK (row_end_ts IS NULL OR row_end_ts >= row_start_ts)
);
CREATE UNIQUE INDEX account_balance_current_uq ON account_balance (execution_environment) WHERE row_current_ind;
CREATE TRIGGER account_balance_scd2 BEFORE UPDATE OR DELETE ON account_balance
    FOR EACH ROW EXECUTE FUNCTION scd2_guard();

CREATE TABLE account_ledger (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_type          TEXT NOT NULL CHECK (entry_type IN ('deposit', 'withdrawal', 'trade', 'fee', 'settlement', 'adjustment')),
    amount              t_money NOT NULL,                -- signed change of cash
    balance_after       t_money NOT NULL,
    reference           TEXT,                            -- fill id, settlement id, ...
    description         TEXT,
    execution_environment t_environment NOT NULL,
    occurred_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX account_ledger_env_time_idx ON account_ledger (execution_environment, occurred_at);
CREATE TRIGGER account_ledger_append_only BEFORE UPDATE OR DELETE ON account_ledger
    FOR EACH ROW EXECUTE FUNCTION reject_update_or_delete();
