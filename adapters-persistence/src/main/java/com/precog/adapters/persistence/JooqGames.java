package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.GAMES;
import static com.precog.adapters.persistence.jooq.Tables.TEAMS;

import com.precog.adapters.persistence.jooq.tables.Teams;
import com.precog.application.port.out.games.Games;
import com.precog.domain.game.GameId;
import com.precog.domain.game.HistoricalGame;
import com.precog.domain.game.League;
import com.precog.domain.game.TeamId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;

/**
 * {@link Games} on {@code games}: a finished game is a row with its date and result. Teams are referenced by
 * row id ({@link JooqTeams#ensure} adds a nameless participant row for a team not saved yet). A row written
 * for a live game (by the game-state store, no result) is completed by {@link #add}; a row with a result
 * is never changed.
 */
final class JooqGames implements Games {
    private static final Teams HOME = TEAMS.as("home");
    private static final Teams AWAY = TEAMS.as("away");
    private static final Teams FAVOURITE = TEAMS.as("favourite");
    private static final Condition FINISHED = GAMES.HOME_SCORE.isNotNull();

    private final DSLContext dsl;

    JooqGames(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean add(HistoricalGame g) {
        return addAll(List.of(g)) == 1;
    }

    /**
     * One multi-row upsert per call, inside one transaction, with the same rule as {@link #add}: a
     * new game is inserted, a stored game without a result gets it, a finished game is left alone.
     */
    @Override
    public int addAll(List<HistoricalGame> batch) {
        if (batch.isEmpty()) return 0;
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            java.util.Map<TeamId, Long> teamIds = new java.util.HashMap<>();
            for (HistoricalGame g : batch) {
                teamIds.computeIfAbsent(g.home(), t -> JooqTeams.ensure(d, t));
                teamIds.computeIfAbsent(g.away(), t -> JooqTeams.ensure(d, t));
            }
            var insert = d.insertInto(GAMES, GAMES.GAME_ID, GAMES.LEAGUE, GAMES.SEASON, GAMES.SEASON_TYPE, GAMES.WEEK, GAMES.WEEK_LABEL,
                    GAMES.GAME_DATE, GAMES.HOME_TEAM_ID, GAMES.AWAY_TEAM_ID, GAMES.HOME_SCORE, GAMES.AWAY_SCORE, GAMES.FAVOURITE_TEAM_ID,
                    GAMES.FAVOURITE_SPREAD, GAMES.NEUTRAL_SITE);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (HistoricalGame g : batch) {
                if (!seen.add(g.id().value())) continue; // one row per game id per statement
                long home = teamIds.get(g.home());
                long away = teamIds.get(g.away());
                Long favourite = g.favourite().map(f -> f.equals(g.home()) ? home : away).orElse(null);
                Integer week = g.week().matches("[0-9]{1,4}") ? Integer.valueOf(g.week()) : null;
                insert = insert.values(g.id().value(), g.league().name(), g.season(), g.playoff() ? "POST" : "REG", week, g.week(), g.date(),
                        home, away, g.homeScore(), g.awayScore(), favourite, g.favouriteSpread().orElse(null), g.neutralSite());
            }
            return insert.onConflict(GAMES.GAME_ID).doUpdate()
                    .set(GAMES.SEASON, org.jooq.impl.DSL.excluded(GAMES.SEASON))
                    .set(GAMES.SEASON_TYPE, org.jooq.impl.DSL.excluded(GAMES.SEASON_TYPE))
                    .set(GAMES.WEEK, org.jooq.impl.DSL.excluded(GAMES.WEEK))
                    .set(GAMES.WEEK_LABEL, org.jooq.impl.DSL.excluded(GAMES.WEEK_LABEL))
                    .set(GAMES.GAME_DATE, org.jooq.impl.DSL.excluded(GAMES.GAME_DATE))
                    .set(GAMES.HOME_TEAM_ID, org.jooq.impl.DSL.excluded(GAMES.HOME_TEAM_ID))
                    .set(GAMES.AWAY_TEAM_ID, org.jooq.impl.DSL.excluded(GAMES.AWAY_TEAM_ID))
                    .set(GAMES.HOME_SCORE, org.jooq.impl.DSL.excluded(GAMES.HOME_SCORE))
                    .set(GAMES.AWAY_SCORE, org.jooq.impl.DSL.excluded(GAMES.AWAY_SCORE))
                    .set(GAMES.FAVOURITE_TEAM_ID, org.jooq.impl.DSL.excluded(GAMES.FAVOURITE_TEAM_ID))
                    .set(GAMES.FAVOURITE_SPREAD, org.jooq.impl.DSL.excluded(GAMES.FAVOURITE_SPREAD))
                    .set(GAMES.NEUTRAL_SITE, org.jooq.impl.DSL.excluded(GAMES.NEUTRAL_SITE))
                    .where(GAMES.HOME_SCORE.isNull())
                    .execute();
        });
    }

    @Override
    public Optional<HistoricalGame> find(GameId id) {
        return select().where(GAMES.GAME_ID.eq(id.value()), FINISHED).fetchOptional(JooqGames::toGame);
    }

    @Override
    public List<HistoricalGame> between(LocalDate from, LocalDate to) {
        return select().where(FINISHED, GAMES.GAME_DATE.between(from, to)).orderBy(GAMES.GAME_DATE, GAMES.GAME_ID).fetch(JooqGames::toGame);
    }

    @Override
    public long count() {
        return dsl.fetchCount(GAMES, FINISHED);
    }

    private SelectOnConditionStep<Record> select() {
        return dsl.select(GAMES.asterisk(), HOME.LEAGUE, HOME.ABBREVIATION, AWAY.ABBREVIATION, FAVOURITE.ABBREVIATION)
                .from(GAMES)
                .join(HOME).on(HOME.TEAM_ID.eq(GAMES.HOME_TEAM_ID))
                .join(AWAY).on(AWAY.TEAM_ID.eq(GAMES.AWAY_TEAM_ID))
                .leftJoin(FAVOURITE).on(FAVOURITE.TEAM_ID.eq(GAMES.FAVOURITE_TEAM_ID));
    }

    private static HistoricalGame toGame(Record r) {
        League league = League.parse(r.get(HOME.LEAGUE));
        TeamId home = TeamId.of(league, r.get(HOME.ABBREVIATION));
        TeamId away = TeamId.of(league, r.get(AWAY.ABBREVIATION));
        Optional<TeamId> favourite = Optional.ofNullable(r.get(FAVOURITE.ABBREVIATION)).map(code -> TeamId.of(league, code));
        return new HistoricalGame(GameId.of(r.get(GAMES.GAME_ID)), r.get(GAMES.GAME_DATE), r.get(GAMES.SEASON), r.get(GAMES.WEEK_LABEL),
                "POST".equals(r.get(GAMES.SEASON_TYPE)), home, away, r.get(GAMES.HOME_SCORE), r.get(GAMES.AWAY_SCORE), favourite,
                Optional.ofNullable(r.get(GAMES.FAVOURITE_SPREAD)), r.get(GAMES.NEUTRAL_SITE));
    }
}
