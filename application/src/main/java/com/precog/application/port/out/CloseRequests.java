package com.precog.application.port.out;

import com.precog.domain.exit.ExitPriority;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Operators' requests to close a position ({@code precog positions close}), written by the CLI
 * and carried out by the running daemon's monitor, which submits a MANUAL exit and marks the
 * request handled. Append-only: handling is a second record, never an update.
 */
public interface CloseRequests {
    void request(CloseRequest request);

    /** Requests not yet handled, oldest first. */
    List<CloseRequest> pending();

    /** Marks a request handled (idempotent). */
    void markHandled(String requestId, Instant at);

    /** One request: close {@code positionId} at {@code priority}'s urgency. */
    record CloseRequest(String requestId, String positionId, ExitPriority priority, String actor, Instant at) {
        public CloseRequest {
            if (requestId == null || requestId.isBlank()) throw new IllegalArgumentException("requestId must not be blank");
            if (positionId == null || positionId.isBlank()) throw new IllegalArgumentException("positionId must not be blank");
            Objects.requireNonNull(priority, "priority");
            if (actor == null || actor.isBlank()) throw new IllegalArgumentException("actor must not be blank");
            Objects.requireNonNull(at, "at");
        }
    }
}
