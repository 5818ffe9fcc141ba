-- Operators' requests to close a position (precog positions close), carried out by the running daemon's
-- monitor (application port CloseRequests). Append-only: handling a request is a second row, never an update.
CREATE TABLE position_close_requests (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id          TEXT NOT NULL UNIQUE,
    position_id         TEXT NOT NULL,
    priority            TEXT NOT NULL CHECK (priority IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    actor               TEXT NOT NULL,
    requested_at        TIMESTAMPTZ NOT NULL
);
CREATE TRIGGER position_close_requests_append_only BEFORE UPDATE OR DELETE ON position_close_requests
    FOR EACH ROW EXECUTE FUNCTION reject_update_or_delete();

CREATE TABLE position_close_requests_handled (
    request_id          TEXT PRIMARY KEY REFERENCES position_close_requests (request_id),
    handled_at          TIMESTAMPTZ NOT NULL
);
CREATE TRIGGER position_close_requests_handled_append_only BEFORE UPDATE OR DELETE ON position_close_requests_handled
    FOR EACH ROW EXECUTE FUNCTION reject_update_or_delete();
