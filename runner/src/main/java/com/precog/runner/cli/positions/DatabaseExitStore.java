package com.precog.runner.cli.positions;

import com.precog.adapters.persistence.PersistenceAdapters;
import com.precog.application.port.out.BreakerEvents;
import com.precog.application.port.out.CloseRequests;
import com.precog.application.port.out.ExitJournal;
import com.precog.application.port.out.Positions;
import com.precog.domain.order.ExecutionEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A daemon's exit ports on PostgreSQL, all of one execution environment: its positions (SCD2),
 * exit attempts and exits, breaker events, and the close requests of its positions (a paper daemon
 * never marks handled, and so never swallows, a request for a demo position).
 */
public final class DatabaseExitStore {
    /** The least age of a position's stored version before a mark-only move makes a new one (docs/EXITS.md). */
    public static final Duration MARK_INTERVAL = Duration.ofSeconds(10);

    private final ExecutionEnvironment environment;
    private final Positions positions;
    private final ExitJournal journal;
    private final BreakerEvents breakerEvents;
    private final CloseRequests closeRequests;

    public DatabaseExitStore(PersistenceAdapters adapters, ExecutionEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.positions = adapters.positions(environment);
        this.journal = adapters.exitJournal(environment);
        this.breakerEvents = adapters.breakerEvents(environment);
        this.closeRequests = new OfEnvironment(adapters.closeRequests(), positions);
    }

    public ExecutionEnvironment environment() {
        return environment;
    }

    public Positions positions() {
        return positions;
    }

    public ExitJournal journal() {
        return journal;
    }

    public BreakerEvents breakerEvents() {
        return breakerEvents;
    }

    public CloseRequests closeRequests() {
        return closeRequests;
    }

    /** Close requests whose position belongs to this environment's store. */
    private record OfEnvironment(CloseRequests all, Positions positions) implements CloseRequests {
        @Override
        public void request(CloseRequest request) {
            all.request(request);
        }

        @Override
        public List<CloseRequest> pending() {
            List<CloseRequest> pending = all.pending();
            if (pending.isEmpty()) return pending;
            return pending.stream().filter(r -> positions.current(r.positionId()).isPresent()).toList();
        }

        @Override
        public void markHandled(String requestId, Instant at) {
            all.markHandled(requestId, at);
        }
    }
}
