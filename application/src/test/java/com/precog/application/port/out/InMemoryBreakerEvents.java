package com.precog.application.port.out;

import com.precog.domain.risk.BreakerEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** In-memory {@link BreakerEvents}: an append-only list. Thread-safe. */
public final class InMemoryBreakerEvents implements BreakerEvents {
    private final List<BreakerEvent> events = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    @Override
    public synchronized void append(BreakerEvent event) {
        if (!ids.add(event.eventId())) throw new IllegalStateException("breaker event " + event.eventId() + " already stored");
        events.add(event);
    }

    @Override
    public synchronized List<BreakerEvent> all() {
        return List.copyOf(events);
    }
}
