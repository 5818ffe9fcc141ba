-- Model evaluation, performance metrics, A/B tests and backtests (SPEC §3 Evaluation, §6, §1.11).

-- One evaluation of one model version. The model is named by (model_name, model_version) so runs of
-- versions defined elsewhere (files, backtests) can be kept; model_id links the stored version when it exists.
CREATE TABLE evaluation_runs (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_key             TEXT NOT NULL UNIQUE,            -- the run's id in the domain
    model_name          TEXT NOT NULL,
    model_version       TEXT NOT NULL CHECK (model_version ~ '^v[0-9]+\.[0-9]+$'),
    model_id            BIGINT REFERENCES probability_models (model_id),
    run_type            TEXT NOT NULL CHECK (run_type IN ('backtest', 'cross_validation', 'holdout')),
    period_from         DATE NOT NULL,
    period_to           DATE NOT NULL,
    data_source         TEXT NOT NULL,
    prediction_count    INTEGER NOT NULL CHECK (prediction_count >= 0),
    -- headline scores for SQL (NULL when not finite); the exact values, including the market comparison
    -- and the cross-validation folds, are in scores / cross_validation
    accuracy            NUMERIC CHECK (accuracy >= 0 AND accuracy <= 1),
    brier_score         NUMERIC CHECK (brier_score >= 0 AND brier_score <= 1),
    log_loss            NUMERIC CHECK (log_loss >= 0),
    ece                 NUMERIC CHECK (ece >= 0 AND ece <= 1),
    auc                 NUMERIC CHECK (auc >= 0 AND auc <= 1),
    market_brier_score  NUMERIC CHECK (market_brier_score >= 0 AND market_brier_score <= 1),
    scores              JSONB NOT NULL,
    cross_validation    JSONB,
    gate_passed         BOOLEAN,
    gate_evidence       JSONB,
    created_at          TIMESTAMPTZ NOT NULL,
    CONSTRAINT evaluation_runs_period_chk CHECK (period_to >= period_from)
);
CREATE INDEX evaluation_runs_model_idx ON evaluation_runs (model_name, model_version, created_at);

-- Predictions of evaluation runs (evaluation_run_id set, sequence = position in the run) and live predictions.
CREATE TABLE predictions (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    model_name          TEXT NOT NULL,
    model_version       TEXT NOT NULL,
    model_id            BIGINT REFERENCES probability_models (model_id),
    evaluation_run_id   BIGINT REFERENCES evaluation_runs (id),
    sequence            INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
    game_key            TEXT NOT NULL,
    game_date           DATE,
    season              INTEGER,
    ticker              TEXT,
    predicted_probability t_probability NOT NULL,
    confidence          NUMERIC CHECK (confidence >= 0 AND confidence <= 1),
    market_probability  t_probability,                   -- the market-implied benchmark on the same game
    outcome             NUMERIC(2, 1) CHECK (outcome IN (0, 0.5, 1)),  -- 1 home win, 0 loss, 0.5 tie; NULL until known
    predicted_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT predictions_run_sequence_uq UNIQUE (evaluation_run_id, sequence)
);
CREATE INDEX predictions_model_idx ON predictions (model_name, model_version, predicted_at);

CREATE TABLE performance_metrics (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    strategy_id         BIGINT REFERENCES strategies (strategy_id),
    model_id            BIGINT REFERENCES probability_models (model_id),
    metric_name         TEXT NOT NULL,                   -- total_pnl, roi, win_rate, sharpe, max_drawdown, ...
    metric_value        NUMERIC NOT NULL,
    sample_size         INTEGER NOT NULL CHECK (sample_size >= 0),
    granularity         TEXT NOT NULL CHECK (granularity IN ('hourly', 'daily', 'weekly', 'monthly', 'all_time')),
    period_start        TIMESTAMPTZ NOT NULL,
    period_end          TIMESTAMPTZ NOT NULL,
    execution_environment t_environment NOT NULL,
    computed_at         TIMESTAMPTZ NOT NULL,
    CONSTRAINT performance_metrics_period_chk CHECK (period_end >= period_start)
);
CREATE INDEX performance_metrics_lookup_idx ON performance_metrics (strategy_id, model_id, metric_name, period_start);

-- Old rows moved out of performance_metrics keep every column plus when they were archived.
CREATE TABLE performance_metrics_archive (
    id                  BIGINT PRIMARY KEY,              -- the id it had in performance_metrics
    strategy_id         BIGINT,
    model_id            BIGINT,
    metric_name         TEXT NOT NULL,
    metric_value        NUMERIC NOT NULL,
    sample_size         INTEGER NOT NULL,
    granularity         TEXT NOT NULL,
    period_start        TIMESTAMPTZ NOT NULL,
    period_end          TIMESTAMPTZ NOT NULL,
    execution_environment t_environment NOT NULL,
    computed_at         TIMESTAMPTZ NOT NULL,
    archived_at         TIMESTAMPTZ NOT NULL
);

CREATE TABLE ab_tests (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                TEXT NOT NULL UNIQUE,
    subject_type        TEXT NOT NULL CHECK (subject_type IN ('model', 'strategy')),
    control_id          BIGINT NOT NULL,                 -- model_id or strategy_id, per subject_type
    treatment_id        BIGINT NOT NULL,
    control_share       NUMERIC(4, 3) NOT NULL CHECK (control_share > 0 AND control_share < 1),  -- 0.800 models, 0.700 strategies
    min_days            INTEGER NOT NULL CHECK (min_days >= 0),
    min_samples_per_arm INTEGER NOT NULL CHECK (min_samples_per_arm >= 0),
    significance_level  NUMERIC(4, 3) NOT NULL DEFAULT 0.05,
    status              TEXT NOT NULL CHECK (status IN ('running', 'concluded', 'stopped')),
    p_value             NUMERIC CHECK (p_value >= 0 AND p_value <= 1),
    winner              TEXT CHECK (winner IN ('control', 'treatment', 'none')),
    result              JSONB,                           -- Welch t, bootstrap CI, per-arm stats
    execution_environment t_environment NOT NULL,
    started_at          TIMESTAMPTZ NOT NULL,
    ended_at            TIMESTAMPTZ,
    CONSTRAINT ab_tests_arms_chk CHECK (control_id <> treatment_id)
);

CREATE TABLE ab_test_assignments (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ab_test_id          BIGINT NOT NULL REFERENCES ab_tests (id),
    subject_key         TEXT NOT NULL,                   -- the trade id (or game id) hashed with the test id
    arm                 TEXT NOT NULL CHECK (arm IN ('control', 'treatment')),
    assigned_at         TIMESTAMPTZ NOT NULL,
    CONSTRAINT ab_test_assignments_subject_uq UNIQUE (ab_test_id, subject_key)
);
CREATE TRIGGER ab_test_assignments_append_only BEFORE UPDATE OR DELETE ON ab_test_assignments
    FOR EACH ROW EXECUTE FUNCTION reject_update_or_delete();

CREATE TABLE backtest_runs (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                TEXT NOT NULL,
    strategy_id         BIGINT REFERENCES strategies (strategy_id),
    model_id            BIGINT REFERENCES probability_models (model_id),
    period_start        TIMESTAMPTZ NOT NULL,
    period_end          TIMESTAMPTZ NOT NULL,
    config              JSONB NOT NULL DEFAULT '{}'::jsonb,
    status              TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
    starting_balance    t_money NOT NULL,
    ending_balance      t_money,
    total_pnl           t_money,
    total_fees          t_money,
    trade_count         INTEGER,
    win_rate            NUMERIC CHECK (win_rate >= 0 AND win_rate <= 1),
    sharpe_ratio        NUMERIC,
    max_drawdown        NUMERIC,
    metrics             JSONB NOT NULL DEFAULT '{}'::jsonb,
    report_path         TEXT,
    execution_environment t_environment NOT NULL CHECK (execution_environment = 'backtest'),
    started_at          TIMESTAMPTZ NOT NULL,
    finished_at         TIMESTAMPTZ,
    CONSTRAINT backtest_runs_period_chk CHECK (period_end >= period_start)
);
