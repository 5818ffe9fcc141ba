-- Probability model and strategy versions (SPEC §6): name, version, type and config are immutable
-- (the database rejects changing them); status, timestamps and metrics stay mutable.

CREATE TABLE probability_models (
    model_id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            TEXT NOT NULL,
    version         TEXT NOT NULL CHECK (version ~ '^v[0-9]+\.[0-9]+$'),
    model_type      TEXT NOT NULL,                       -- elo | historical_lookup | in_game_normal | logistic_regression | ensemble | market_implied
    config          JSONB NOT NULL,
    status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'testing', 'active', 'deprecated')),
    league          TEXT,
    description     TEXT,
    metrics         JSONB NOT NULL DEFAULT '{}'::jsonb,
    activation_evidence JSONB,
    created_at      TIMESTAMPTZ NOT NULL,
    activated_at    TIMESTAMPTZ,
    deprecated_at   TIMESTAMPTZ,
    updated_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT probability_models_name_version_uq UNIQUE (name, version)
);
CREATE TRIGGER probability_models_immutable BEFORE UPDATE ON probability_models
    FOR EACH ROW EXECUTE FUNCTION reject_immutable_column_change('model_id', 'name', 'version', 'model_type', 'config', 'created_at');

CREATE TABLE strategies (
    strategy_id     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            TEXT NOT NULL,
    version         TEXT NOT NULL CHECK (version ~ '^v[0-9]+\.[0-9]+$'),
    strategy_type   TEXT NOT NULL CHECK (strategy_type IN ('pre_game_entry', 'halftime_entry', 'live_trading', 'settlement_arbitrage')),
    config          JSONB NOT NULL,
    status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'testing', 'active', 'inactive', 'deprecated')),
    league          TEXT,
    description     TEXT,
    metrics         JSONB NOT NULL DEFAULT '{}'::jsonb,
    created_at      TIMESTAMPTZ NOT NULL,
    activated_at    TIMESTAMPTZ,
    deprecated_at   TIMESTAMPTZ,
    updated_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT strategies_name_version_uq UNIQUE (name, version)
);
CREATE TRIGGER strategies_immutable BEFORE UPDATE ON strategies
    FOR EACH ROW EXECUTE FUNCTION reject_immutable_column_change('strategy_id', 'name', 'version', 'strategy_type', 'config', 'created_at');

ALTER TABLE elo_ratings ADD CONSTRAINT elo_ratings_model_fk FOREIGN KEY (model_id) REFERENCES probability_models (model_id);
