package com.precog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.exit.ExitPriority;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of every {@link CloseRequests}: pending until handled, oldest first, handling idempotent. */
public abstract class CloseRequestsContract {
    protected static final Instant T0 = Instant.parse("2025-09-07T17:00:00Z");
    protected CloseRequests requests;

    protected abstract CloseRequests newRequests();

    @BeforeEach
    void setUpRequests() {
        requests = newRequests();
    }

    @Test
    void requestsStayPendingUntilHandled() {
        CloseRequests.CloseRequest a = new CloseRequests.CloseRequest("r1", "pos-a", ExitPriority.HIGH, "alice", T0);
        CloseRequests.CloseRequest b = new CloseRequests.CloseRequest("r2", "pos-b", ExitPriority.CRITICAL, "alice", T0.plusSeconds(1));
        requests.request(a);
        requests.request(b);
        assertThat(requests.pending()).containsExactly(a, b);
        requests.markHandled("r1", T0.plusSeconds(2));
        requests.markHandled("r1", T0.plusSeconds(3));
        assertThat(requests.pending()).containsExactly(b);
    }
}
