-- Every decision of the activation gate (SPEC §3: "the gate's result and its evidence are stored"), passed or
-- refused, so a refusal stays on record with which criterion failed and by how much. A passed gate's evidence
-- is also kept on the version (probability_models.activation_evidence). Append-only.
CREATE TABLE model_activation_decisions (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    model_name          TEXT NOT NULL,
    model_version       TEXT NOT NULL CHECK (model_version ~ '^v[0-9]+\.[0-9]+$'),
    model_id            BIGINT REFERENCES probability_models (model_id),
    passed              BOOLEAN NOT NULL,
    evaluation_run_key  TEXT NOT NULL,                   -- the run judged (evaluation_runs.run_key)
    failed_criteria     TEXT[] NOT NULL,                 -- names of the failed checks; empty when passed
    reason              TEXT,                            -- the refusal as printed, e.g. 'refused: accuracy 0.5100 < 0.5200 (short by 0.0100)'
    decision            JSONB NOT NULL,                  -- evidence and every check (actual, bound, margin), exact doubles
    decided_at          TIMESTAMPTZ NOT NULL,
    CONSTRAINT model_activation_decisions_outcome_chk CHECK (passed = (cardinality(failed_criteria) = 0))
);
CREATE INDEX model_activation_decisions_model_idx ON model_activation_decisions (model_name, model_version, decided_at);
CREATE TRIGGER model_activation_decisions_append_only BEFORE UPDATE OR DELETE ON model_activation_decisions
    FOR EACH ROW EXECUTE FUNCTION reject_update_or_delete();

-- Predictions of evaluation runs are reached through their run (predictions_run_sequence_uq); the index by
-- model and time serves live predictions only. Keeping every run row in it made storing an in-game run
-- (~91,000 rows in one COPY) about 40% slower.
DROP INDEX predictions_model_idx;
CREATE INDEX predictions_model_idx ON predictions (model_name, model_version, predicted_at) WHERE evaluation_run_id IS NULL;
