package com.precog.runner.cli.data;

import com.precog.application.port.out.games.Games;
import com.precog.application.port.out.games.Teams;
import com.precog.domain.game.GameId;
import com.precog.domain.game.HistoricalGame;
import com.precog.domain.game.League;
import com.precog.domain.game.Team;
import com.precog.domain.game.TeamId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where {@code data import-history} writes: the {@link Games} and {@link Teams} ports — by
 * default the PostgreSQL stores (embedded database under {@code $PRECOG_HOME/db}, or
 * {@code PRECOG_DB_URL}); tests put a memory store in {@link #factory}. {@link #close()} releases
 * the database.
 */
public record HistoryStores(Games games, Teams teams, String description, AutoCloseable resource) implements AutoCloseable {
    /** Where the import goes; tests replace it. */
    public static volatile Supplier<HistoryStores> factory = HistoryStores::postgres;

    public HistoryStores(Games games, Teams teams, String description) {
        this(games, teams, description, () -> { });
    }

    /** The PostgreSQL games and teams tables. */
    public static HistoryStores postgres() {
        com.precog.adapters.persistence.Database db = com.precog.runner.cli.db.SharedDatabase.open(); // a running daemon's database too
        com.precog.adapters.persistence.PersistenceAdapters p = new com.precog.adapters.persistence.PersistenceAdapters(db, java.time.Clock.systemUTC());
        return new HistoryStores(p.games(), p.teams(), "PostgreSQL (" + db.description() + ")", db);
    }

    @Override
    public void close() {
        try {
            resource.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close " + description + ": " + e.getMessage(), e);
        }
    }

    public static HistoryStores inMemory() {
        Memory m = new Memory();
        return new HistoryStores(m, m, "in-memory (this process only; PostgreSQL games/teams store not bound)");
    }

    /** A process-local store implementing both ports. */
    static final class Memory implements Games, Teams {
        private final Map<GameId, HistoricalGame> games = new LinkedHashMap<>();
        private final Map<TeamId, Team> teams = new LinkedHashMap<>();

        @Override
        public synchronized boolean add(HistoricalGame game) {
            return games.putIfAbsent(game.id(), game) == null;
        }

        @Override
        public synchronized Optional<HistoricalGame> find(GameId id) {
            return Optional.ofNullable(games.get(id));
        }

        @Override
        public synchronized List<HistoricalGame> between(LocalDate from, LocalDate to) {
            return games.values().stream().filter(g -> !g.date().isBefore(from) && !g.date().isAfter(to))
                    .sorted(Comparator.comparing(HistoricalGame::date).thenComparing(g -> g.id().value())).toList();
        }

        @Override
        public synchronized long count() {
            return games.size();
        }

        @Override
        public synchronized boolean save(Team team) {
            return !team.equals(teams.put(team.id(), team));
        }

        @Override
        public synchronized Optional<Team> find(TeamId id) {
            return Optional.ofNullable(teams.get(id));
        }

        @Override
        public synchronized List<Team> all(League league) {
            return teams.values().stream().filter(t -> t.id().league() == league)
                    .sorted(Comparator.comparing(t -> t.id().code())).toList();
        }
    }
}
