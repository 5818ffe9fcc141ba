-- Reshape positions, position_exits, exit_attempts and circuit_breaker_events to what the domain stores
-- (domain.position.Position, domain.exit.PositionExit, domain.execution.ExitAttempt, domain.risk.BreakerEvent).
-- V5/V6 were written before those types existed; no code wrote these tables before this migration.

-- positions -------------------------------------------------------------------------------------------------
-- Positions are kept in backtests and paper runs for markets whose dimension rows are not stored (like orders,
-- trades and edges): the ticker is not a foreign key.
ALTER TABLE positions DROP CONSTRAINT positions_ticker_fkey;
-- partial_exits_done is the domain's bit mask of executed partial-exit stages (bit 0 = stage 1), not a count.
ALTER TABLE positions DROP CONSTRAINT positions_partial_exits_done_check;
ALTER TABLE positions ADD CONSTRAINT positions_partial_exits_done_check CHECK (partial_exits_done >= 0);
-- Attribution by version text (Position.strategyVersion / modelVersion, e.g. 'pre_game v1.0', 'elo v1.0');
-- strategy_id/model_id link versions stored in the database when known.
ALTER TABLE positions ALTER COLUMN strategy_id DROP NOT NULL;
ALTER TABLE positions ALTER COLUMN model_id DROP NOT NULL;
ALTER TABLE positions
    ADD COLUMN strategy_version TEXT NOT NULL DEFAULT '',
    ADD COLUMN model_version    TEXT NOT NULL DEFAULT '',
    ADD COLUMN event_ticker     TEXT NOT NULL DEFAULT '',
    -- the domain's ConfidenceLevel: which stop-loss / profit-target tier applies (the numeric `confidence`
    -- column stays for the entry edge's confidence when known)
    ADD COLUMN conviction       TEXT CHECK (conviction IN ('high', 'medium', 'low')),
    -- the last mark (held side's best bid) a version was written for; a mark move of >= 1 cent is a new version
    ADD COLUMN mark_price       t_price,
    ADD COLUMN marked_at        TIMESTAMPTZ;
ALTER TABLE positions ALTER COLUMN strategy_version DROP DEFAULT;
ALTER TABLE positions ALTER COLUMN model_version DROP DEFAULT;
ALTER TABLE positions ALTER COLUMN event_ticker DROP DEFAULT;
CREATE INDEX positions_position_history_idx ON positions (position_id, version);

-- The performance summary groups by the strategy version text (strategy_id may be NULL now).
DROP MATERIALIZED VIEW strategy_performance_summary;
CREATE MATERIALIZED VIEW strategy_performance_summary AS
SELECT p.strategy_version,
       p.execution_environment,
       count(*)                                     AS closed_positions,
       count(*) FILTER (WHERE p.realized_pnl > 0)   AS winning_positions,
       coalesce(sum(p.realized_pnl), 0)::NUMERIC(24, 8)  AS total_realized_pnl,
       coalesce(sum(p.entry_fees), 0)::NUMERIC(24, 8)    AS total_entry_fees,
       avg(p.realized_pnl)::NUMERIC(24, 8)          AS avg_realized_pnl,
       (count(*) FILTER (WHERE p.realized_pnl > 0))::NUMERIC / count(*) AS win_rate,
       min(p.opened_at)                             AS first_opened_at,
       max(p.closed_at)                             AS last_closed_at
FROM positions p
WHERE p.row_current_ind AND p.status IN ('closed', 'settled')
GROUP BY p.strategy_version, p.execution_environment
WITH NO DATA;
CREATE UNIQUE INDEX strategy_performance_summary_uq ON strategy_performance_summary (strategy_version, execution_environment);

-- position_exits ----------------------------------------------------------------------------------------------
ALTER TABLE position_exits ALTER COLUMN strategy_id DROP NOT NULL;
ALTER TABLE position_exits ALTER COLUMN model_id DROP NOT NULL;
ALTER TABLE position_exits
    ADD COLUMN exit_id          TEXT NOT NULL,       -- the domain's id of the exit; recorded once
    ADD COLUMN ticker           TEXT NOT NULL,
    ADD COLUMN remaining_after  t_quantity NOT NULL; -- what the position still holds after this exit
CREATE UNIQUE INDEX position_exits_exit_id_uq ON position_exits (exit_id);
CREATE INDEX position_exits_time_idx ON position_exits (exited_at);

-- exit_attempts -----------------------------------------------------------------------------------------------
ALTER TABLE exit_attempts ADD COLUMN ticker TEXT NOT NULL;
ALTER TABLE exit_attempts ADD CONSTRAINT exit_attempts_condition_chk CHECK (exit_condition IN ('stop_loss', 'circuit_breaker',
    'trailing_stop', 'time_based_urgent', 'liquidity_dried_up', 'profit_target', 'partial_exit_target', 'early_exit',
    'edge_disappeared', 'rebalance', 'settlement', 'manual'));

-- circuit_breaker_events --------------------------------------------------------------------------------------
-- V6 kept one mutable row per trip (resolved_at filled in later). The domain's history is a stream of
-- append-only events: a trip, later a resolve naming the same kind and scope. Rebuilt as such; the guard
-- refuses to drop a table that holds rows.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM circuit_breaker_events) THEN
        RAISE EXCEPTION 'circuit_breaker_events holds rows: convert them to trip/resolve events before this migration';
    END IF;
END;
$$;
DROP TABLE circuit_breaker_events;
CREATE TABLE circuit_breaker_events (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id            TEXT NOT NULL UNIQUE,
    breaker_type        TEXT NOT NULL CHECK (breaker_type IN ('daily_loss', 'rapid_loss', 'consecutive_losses', 'api_failures',
                            'data_stale', 'edge_anomaly', 'unusual_activity', 'manual')),
    event_type          TEXT NOT NULL CHECK (event_type IN ('tripped', 'resolved')),
    scope               TEXT NOT NULL,                   -- '*' = every market, else one market ticker
    flatten             BOOLEAN NOT NULL,                -- a trip that flattens positions
    reason              TEXT NOT NULL,
    actor               TEXT NOT NULL,                   -- 'system' or the operator
    details             JSONB NOT NULL DEFAULT '{}'::jsonb,
    execution_environment t_environment NOT NULL,
    occurred_at         TIMESTAMPTZ NOT NULL,
    CONSTRAINT circuit_breaker_events_resolve_chk CHECK (event_type = 'tripped' OR NOT flatten)
);
CREATE INDEX circuit_breaker_events_env_time_idx ON circuit_breaker_events (execution_environment, occurred_at, id);
CREATE TRIGGER circuit_breaker_events_append_only BEFORE UPDATE OR DELETE ON circuit_breaker_events
    FOR EACH ROW EXECUTE FUNCTION reject_update_or_delete();
