package com.precog.runner.cli.positions;

import com.precog.adapters.persistence.Database;
import com.precog.adapters.persistence.PersistenceAdapters;
import com.precog.application.port.out.BreakerEvents;
import com.precog.application.port.out.CloseRequests;
import com.precog.application.port.out.ExitJournal;
import com.precog.application.port.out.Positions;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.runner.PrecogHome;
import com.precog.runner.cli.db.SharedDatabase;
import java.time.Clock;

/**
 * The CLI's view of the exit store: the daemon's PostgreSQL ({@link SharedDatabase}: the embedded
 * database under {@code $PRECOG_HOME/db} — attached to when a daemon owns it — or
 * {@code PRECOG_DB_URL}). The first use imports a legacy file store ({@link LegacyExitImport}).
 * Positions and exits of every environment; breaker events of the one asked for. Close it.
 */
public final class ExitStores implements AutoCloseable {
    private final Database database;
    private final PersistenceAdapters adapters;

    private ExitStores(Database database) {
        this.database = database;
        this.adapters = new PersistenceAdapters(database, Clock.systemUTC());
    }

    /** Opens the database (migrated) and imports {@code $PRECOG_HOME/exits} if it is still there. */
    public static ExitStores open() {
        ExitStores s = new ExitStores(SharedDatabase.open());
        try {
            LegacyExitImport.importOnce(PrecogHome.path(), s.adapters);
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** Positions of every environment (each carries its own). */
    public Positions positions() {
        return adapters.positions();
    }

    /** Exits and attempts (reads cover every environment). */
    public ExitJournal journal() {
        return adapters.exitJournal(ExecutionEnvironment.PAPER);
    }

    /** The breaker history of one environment. */
    public BreakerEvents breakerEvents(ExecutionEnvironment environment) {
        return adapters.breakerEvents(environment);
    }

    /** The positions of one environment (reads see only its rows). */
    public Positions positions(ExecutionEnvironment environment) {
        return adapters.positions(environment);
    }

    /** Orders and trades of every environment (each carries its own). */
    public com.precog.application.port.out.OrderJournal orderJournal() {
        return adapters.orderJournal();
    }

    /** The settlements of one environment. */
    public com.precog.application.port.out.Settlements settlements(ExecutionEnvironment environment) {
        return adapters.settlements(environment);
    }

    /** Which database this is (embedded under $PRECOG_HOME/db, or the server of PRECOG_DB_URL). */
    public String description() {
        return database.description();
    }

    public CloseRequests closeRequests() {
        return adapters.closeRequests();
    }

    @Override
    public void close() {
        database.close();
    }
}
