package com.precog.adapters.persistence;

import com.precog.application.port.out.ConfigOverrides;
import com.precog.application.port.out.EdgeJournal;
import com.precog.application.port.out.OrderJournal;
import com.precog.application.port.out.Strategies;
import com.precog.application.port.out.ingame.HistoricalPlays;
import com.precog.application.port.out.models.EvaluationRuns;
import com.precog.application.port.out.models.ModelVersions;
import java.time.Clock;
import java.util.Objects;

/** The PostgreSQL implementations of the application's outgoing ports, over one {@link Database}. */
public final class PersistenceAdapters {
    private final Database database;
    private final Clock clock;

    public PersistenceAdapters(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Operator configuration overrides ({@code config_overrides}). */
    public ConfigOverrides configOverrides(String operator) {
        return new JooqConfigOverrides(database.dsl(), clock, operator);
    }

    /** Model versions ({@code probability_models}). */
    public ModelVersions modelVersions() {
        return new JooqModelVersions(database.dsl());
    }

    /** Evaluation runs and their predictions ({@code evaluation_runs}, {@code predictions}). */
    public EvaluationRuns evaluationRuns() {
        return new JooqEvaluationRuns(database.dsl());
    }

    /** Strategy versions ({@code strategies}). */
    public Strategies strategies() {
        return new JooqStrategies(database.dsl());
    }

    /** Orders and trades, append-only ({@code orders}, {@code trades}). */
    public OrderJournal orderJournal() {
        return new JooqOrderJournal(database.dsl());
    }

    /** Every edge above ignore with its inputs, append-only ({@code edges}). */
    public EdgeJournal edgeJournal() {
        return new JooqEdgeJournal(database.dsl());
    }

    /** NFL play-by-play, bulk-loaded with COPY, one transaction per {@code addAll} ({@code historical_plays}). */
    public HistoricalPlays historicalPlays() {
        return new JooqHistoricalPlays(database.dsl());
    }
}
