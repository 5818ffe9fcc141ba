-- Operations: configuration overrides, circuit breakers, health, alerts (SPEC §8, §12).

-- Precedence: active, unexpired override > YAML > built-in default. Values are strings (decimals quoted).
CREATE TABLE config_overrides (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    config_file         TEXT NOT NULL,                   -- e.g. trading.yaml
    config_path         TEXT NOT NULL,                   -- e.g. kelly.fraction
    value               TEXT NOT NULL,
    reason              TEXT,
    created_by          TEXT NOT NULL,
    active              BOOLEAN NOT NULL DEFAULT true,
    created_at          TIMESTAMPTZ NOT NULL,
    expires_at          TIMESTAMPTZ,
    deactivated_at      TIMESTAMPTZ,
    CONSTRAINT config_overrides_expiry_chk CHECK (expires_at IS NULL OR expires_at > created_at)
);
CREATE UNIQUE INDEX config_overrides_active_uq ON config_overrides (config_file, config_path) WHERE active;

CREATE TABLE circuit_breaker_events (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    breaker_type        TEXT NOT NULL CHECK (breaker_type IN ('daily_loss', 'rapid_loss', 'consecutive_losses', 'api_failures',
                            'data_stale', 'edge_anomaly', 'unusual_activity', 'manual')),
    scope               TEXT,                            -- market ticker for per-market breakers, NULL = global
    trigger_value       NUMERIC,                         -- e.g. the loss in dollars, the error count
    threshold           NUMERIC,
    details             JSONB NOT NULL DEFAULT '{}'::jsonb,
    tripped_at          TIMESTAMPTZ NOT NULL,
    tripped_by          TEXT NOT NULL DEFAULT 'system',
    resolved_at         TIMESTAMPTZ,
    resolved_by         TEXT,
    resolution_note     TEXT,
    execution_environment t_environment NOT NULL,
    CONSTRAINT circuit_breaker_events_resolution_chk CHECK (resolved_at IS NULL OR resolved_at >= tripped_at)
);
CREATE INDEX circuit_breaker_events_open_idx ON circuit_breaker_events (execution_environment) WHERE resolved_at IS NULL;

CREATE TABLE system_health (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    component           TEXT NOT NULL,                   -- kalshi_rest, kalshi_ws, espn, database, ...
    status              TEXT NOT NULL CHECK (status IN ('healthy', 'degraded', 'down')),
    latency_ms          INTEGER,
    details             JSONB NOT NULL DEFAULT '{}'::jsonb,
    checked_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX system_health_component_time_idx ON system_health (component, checked_at);

CREATE TABLE alerts (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    severity            TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    category            TEXT NOT NULL,
    message             TEXT NOT NULL,
    details             JSONB NOT NULL DEFAULT '{}'::jsonb,
    created_at          TIMESTAMPTZ NOT NULL,
    acknowledged_at     TIMESTAMPTZ,
    resolved_at         TIMESTAMPTZ
);
CREATE INDEX alerts_open_idx ON alerts (created_at) WHERE resolved_at IS NULL;
