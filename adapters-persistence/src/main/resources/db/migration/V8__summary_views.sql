-- Materialized summaries. strategy_performance_summary is refreshed hourly, model_calibration_summary daily
-- (by the scheduler, through the refresh functions below; the unique indexes allow REFRESH ... CONCURRENTLY).

CREATE MATERIALIZED VIEW strategy_performance_summary AS
SELECT s.strategy_id,
       s.name                                       AS strategy_name,
       s.version                                    AS strategy_version,
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
JOIN strategies s ON s.strategy_id = p.strategy_id
WHERE p.row_current_ind AND p.status IN ('closed', 'settled')
GROUP BY s.strategy_id, s.name, s.version, p.execution_environment
WITH NO DATA;
CREATE UNIQUE INDEX strategy_performance_summary_uq ON strategy_performance_summary (strategy_id, execution_environment);

-- Reliability over 10 equal-width bins of predicted probability (bin 1 = [0, 0.1), ..., bin 10 = [0.9, 1]).
CREATE MATERIALIZED VIEW model_calibration_summary AS
SELECT pr.model_name,
       pr.model_version,
       least(width_bucket(pr.predicted_probability, 0, 1, 10), 10) AS bin,
       count(*)                                     AS prediction_count,
       avg(pr.predicted_probability)                AS mean_predicted,
       avg(pr.outcome)                              AS observed_frequency,
       avg((pr.predicted_probability - pr.outcome) * (pr.predicted_probability - pr.outcome)) AS brier_score
FROM predictions pr
WHERE pr.outcome IS NOT NULL
GROUP BY pr.model_name, pr.model_version, least(width_bucket(pr.predicted_probability, 0, 1, 10), 10)
WITH NO DATA;
CREATE UNIQUE INDEX model_calibration_summary_uq ON model_calibration_summary (model_name, model_version, bin);

-- First refresh cannot be CONCURRENTLY (the views start WITH NO DATA).
CREATE FUNCTION refresh_strategy_performance_summary() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT relispopulated FROM pg_class WHERE oid = 'strategy_performance_summary'::regclass) THEN
        REFRESH MATERIALIZED VIEW CONCURRENTLY strategy_performance_summary;
    ELSE
        REFRESH MATERIALIZED VIEW strategy_performance_summary;
    END IF;
END;
$$;

CREATE FUNCTION refresh_model_calibration_summary() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT relispopulated FROM pg_class WHERE oid = 'model_calibration_summary'::regclass) THEN
        REFRESH MATERIALIZED VIEW CONCURRENTLY model_calibration_summary;
    ELSE
        REFRESH MATERIALIZED VIEW model_calibration_summary;
    END IF;
END;
$$;
