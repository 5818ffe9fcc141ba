package com.precog.application.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** In-memory {@link CloseRequests}. Thread-safe. */
public final class InMemoryCloseRequests implements CloseRequests {
    private final List<CloseRequest> requests = new ArrayList<>();
    private final Set<String> handled = new HashSet<>();

    @Override
    public synchronized void request(CloseRequest request) {
        for (CloseRequest r : requests) {
            if (r.requestId().equals(request.requestId())) throw new IllegalStateException("close request " + request.requestId() + " exists");
        }
        requests.add(request);
    }

    @Override
    public synchronized List<CloseRequest> pending() {
        return requests.stream().filter(r -> !handled.contains(r.requestId())).toList();
    }

    @Override
    public synchronized void markHandled(String requestId, Instant at) {
        handled.add(requestId);
    }
}
