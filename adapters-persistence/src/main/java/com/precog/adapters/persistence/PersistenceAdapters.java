package com.precog.adapters.persistence;

import com.precog.application.port.out.AccountBalances;
import com.precog.application.port.out.BreakerEvents;
import com.precog.application.port.out.CloseRequests;
import com.precog.application.port.out.ConfigOverrides;
import com.precog.application.port.out.EdgeJournal;
import com.precog.application.port.out.ExitJournal;
import com.precog.application.port.out.OrderJournal;
import com.precog.application.port.out.Positions;
import com.precog.application.port.out.PregamePrices;
import com.precog.application.port.out.Settlements;
import com.precog.application.port.out.Strategies;
import com.precog.application.port.out.games.GameStates;
import com.precog.application.port.out.games.Games;
import com.precog.application.port.out.games.Teams;
import com.precog.application.port.out.ingame.HistoricalPlays;
import com.precog.application.port.out.models.ActivationDecisions;
import com.precog.application.port.out.models.EvaluationRuns;
import com.precog.application.port.out.models.ModelVersions;
import com.precog.domain.order.ExecutionEnvironment;
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

    /** Every activation-gate decision on model versions, passed or refused, append-only ({@code model_activation_decisions}). */
    public ActivationDecisions activationDecisions() {
        return new JooqActivationDecisions(database.dsl());
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

    /** Positions as SCD2 history, with retries on a concurrent writer ({@code positions}). */
    public Positions positions() {
        return new JooqPositions(database.dsl());
    }

    /**
     * The positions of one execution environment ({@code positions}, SCD2): reads see only that environment's
     * rows, a save of another environment's position is refused. What a daemon of that environment uses.
     */
    public Positions positions(ExecutionEnvironment environment) {
        return new JooqPositions(database.dsl(), java.util.Optional.of(environment));
    }

    /**
     * Exit attempts and completed exits, append-only ({@code exit_attempts}, {@code position_exits}). Attempts
     * carry no environment of their own: they are stamped with {@code environment}.
     */
    public ExitJournal exitJournal(ExecutionEnvironment environment) {
        return new JooqExitJournal(database.dsl(), environment);
    }

    /** Circuit-breaker trips and resolves of one environment, append-only ({@code circuit_breaker_events}). */
    public BreakerEvents breakerEvents(ExecutionEnvironment environment) {
        return new JooqBreakerEvents(database.dsl(), environment);
    }

    /** Positions settled by their market's result, one row per position, append-only ({@code settlements}). */
    public Settlements settlements(ExecutionEnvironment environment) {
        return new JooqSettlements(database.dsl(), environment);
    }

    /** Each game's market price before kick-off, first one kept ({@code pregame_prices}), per environment. */
    public PregamePrices pregamePrices(ExecutionEnvironment environment) {
        return new JooqPregamePrices(database.dsl(), environment);
    }

    /** The account's cash and portfolio value of one environment as SCD2 history ({@code account_balance}). */
    public AccountBalances accountBalances(ExecutionEnvironment environment) {
        return new JooqAccountBalances(database.dsl(), environment);
    }

    /** Finished games with their results ({@code games}). */
    public Games games() {
        return new JooqGames(database.dsl());
    }

    /** Teams by league and code ({@code teams}). */
    public Teams teams() {
        return new JooqTeams(database.dsl(), clock);
    }

    /** Accepted game states as SCD2 history ({@code game_states}). */
    public GameStates gameStates() {
        return new JooqGameStates(database.dsl());
    }

    /** Operators' close requests and their handling, append-only ({@code position_close_requests}, {@code ..._handled}). */
    public CloseRequests closeRequests() {
        return new JooqCloseRequests(database.dsl());
    }

    /**
     * Markets and book captures as a {@code MarketCatalog} (a recording), with the writes that fill it
     * ({@code markets}, {@code series}, {@code events}, {@code orderbook_snapshots}).
     */
    public MarketStore marketStore() {
        return new JooqMarketCatalog(database.dsl(), clock);
    }
}
