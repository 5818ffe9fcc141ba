package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.GAMES;
import static com.precog.adapters.persistence.jooq.Tables.GAME_STATES;

import com.precog.adapters.persistence.jooq.tables.records.GameStatesRecord;
import com.precog.application.port.out.games.GameStateVersion;
import com.precog.application.port.out.games.GameStates;
import com.precog.domain.game.GameId;
import com.precog.domain.game.GameState;
import com.precog.domain.game.GameStatus;
import com.precog.domain.game.League;
import com.precog.domain.game.Situation;
import com.precog.domain.game.TeamId;
import com.precog.domain.money.Probability;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * {@link GameStates} on the SCD2 {@code game_states} table. A record is one transaction: lock the game's
 * current row, compare its content with the new state, and only on a change close it (at the new
 * observation, never before the current row's start) and insert the new version from the given values.
 * The {@code games} row the foreign key needs is created on first sight of a game (teams as nameless
 * participant rows when unknown). Two writers racing on a game's first state: the loser's insert hits the
 * partial unique index and it retries once against the winner's row.
 */
final class JooqGameStates implements GameStates {
    private final DSLContext dsl;
    private final Set<String> knownGames = ConcurrentHashMap.newKeySet();

    JooqGameStates(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean record(GameState state) {
        try {
            return dsl.transactionResult(tx -> recordOnce(tx.dsl(), state));
        } catch (DataAccessException e) {
            if (!"23505".equals(e.sqlState())) {
                throw e;
            }
            return dsl.transactionResult(tx -> recordOnce(tx.dsl(), state));
        }
    }

    private boolean recordOnce(DSLContext tx, GameState s) {
        ensureGame(tx, s);
        GameStatesRecord current = tx.selectFrom(GAME_STATES)
                .where(GAME_STATES.GAME_ID.eq(s.id().value()), GAME_STATES.ROW_CURRENT_IND.isTrue()).forUpdate().fetchOne();
        OffsetDateTime start = s.observedAt().atOffset(ZoneOffset.UTC);
        if (current != null) {
            if (toState(current).sameContentAs(s)) {
                return false;
            }
            if (start.isBefore(current.getRowStartTs())) {
                start = current.getRowStartTs();   // a late observation never reaches into the past of the current version
            }
            tx.update(GAME_STATES).set(GAME_STATES.ROW_CURRENT_IND, false).set(GAME_STATES.ROW_END_TS, start)
                    .where(GAME_STATES.ID.eq(current.getId())).execute();
            if (!current.getScheduledStart().toInstant().equals(s.scheduledStart())) { // kick-off set or moved: the game row follows
                tx.update(GAMES).set(GAMES.SCHEDULED_START, s.scheduledStart().atOffset(ZoneOffset.UTC))
                        .where(GAMES.GAME_ID.eq(s.id().value())).execute();
            }
        }
        Situation sit = s.situation();
        tx.insertInto(GAME_STATES)
                .set(GAME_STATES.GAME_ID, s.id().value())
                .set(GAME_STATES.LEAGUE, s.league().name())
                .set(GAME_STATES.HOME_TEAM, s.home().code())
                .set(GAME_STATES.AWAY_TEAM, s.away().code())
                .set(GAME_STATES.SCHEDULED_START, s.scheduledStart().atOffset(ZoneOffset.UTC))
                .set(GAME_STATES.NEUTRAL_SITE, s.neutralSite())
                .set(GAME_STATES.STATUS, s.status().name().toLowerCase(Locale.ROOT))
                .set(GAME_STATES.PERIOD, (short) s.period())
                .set(GAME_STATES.CLOCK_SECONDS, Math.toIntExact(s.clockSeconds()))
                .set(GAME_STATES.CLOCK_NANOS, s.clock().toNanos())
                .set(GAME_STATES.HOME_SCORE, s.homeScore())
                .set(GAME_STATES.AWAY_SCORE, s.awayScore())
                .set(GAME_STATES.POSSESSION, sit.possession().map(team -> side(s, team)).orElse(null))
                .set(GAME_STATES.DOWN, small(sit.down()))
                .set(GAME_STATES.DISTANCE, small(sit.distance()))
                .set(GAME_STATES.YARD_LINE_100, small(sit.yardsToEndZone()))
                .set(GAME_STATES.RED_ZONE, sit.redZone())
                .set(GAME_STATES.HOME_TIMEOUTS, small(sit.homeTimeouts()))
                .set(GAME_STATES.AWAY_TIMEOUTS, small(sit.awayTimeouts()))
                .set(GAME_STATES.HOME_WIN_PROBABILITY, s.homeWinProbability().map(Probability::toBigDecimal).orElse(null))
                .set(GAME_STATES.OBSERVED_AT, s.observedAt().atOffset(ZoneOffset.UTC))
                .set(GAME_STATES.START_TIME_KNOWN, s.startTimeKnown())
                .set(GAME_STATES.ROW_CURRENT_IND, true)
                .set(GAME_STATES.ROW_START_TS, start)
                .execute();
        return true;
    }

    private void ensureGame(DSLContext tx, GameState s) {
        if (knownGames.contains(s.id().value())) {
            return;
        }
        long home = JooqTeams.ensure(tx, s.home());
        long away = JooqTeams.ensure(tx, s.away());
        tx.insertInto(GAMES)
                .set(GAMES.GAME_ID, s.id().value())
                .set(GAMES.LEAGUE, s.league().name())
                .set(GAMES.HOME_TEAM_ID, home)
                .set(GAMES.AWAY_TEAM_ID, away)
                .set(GAMES.SCHEDULED_START, s.scheduledStart().atOffset(ZoneOffset.UTC))
                .set(GAMES.NEUTRAL_SITE, s.neutralSite())
                .onConflictDoNothing()
                .execute();
        knownGames.add(s.id().value());   // only a hint: a rolled-back transaction costs one failed insert later
    }

    @Override
    public Optional<GameState> current(GameId game) {
        return dsl.selectFrom(GAME_STATES).where(GAME_STATES.GAME_ID.eq(game.value()), GAME_STATES.ROW_CURRENT_IND.isTrue())
                .fetchOptional(JooqGameStates::toState);
    }

    @Override
    public List<GameStateVersion> history(GameId game) {
        return dsl.selectFrom(GAME_STATES).where(GAME_STATES.GAME_ID.eq(game.value()))
                .orderBy(GAME_STATES.ROW_START_TS, GAME_STATES.ID)
                .fetch(r -> new GameStateVersion(toState(r), r.getRowStartTs().toInstant(),
                        Optional.ofNullable(r.getRowEndTs()).map(OffsetDateTime::toInstant)));
    }

    private static String side(GameState s, TeamId team) {
        if (team.equals(s.home())) {
            return "home";
        }
        if (team.equals(s.away())) {
            return "away";
        }
        throw new IllegalArgumentException("possession " + team + " is neither team of " + s.id());
    }

    private static Short small(OptionalInt v) {
        return v.isPresent() ? (short) v.getAsInt() : null;
    }

    private static OptionalInt optional(Short v) {
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    static GameState toState(GameStatesRecord r) {
        League league = League.parse(r.getLeague());
        TeamId home = TeamId.of(league, r.getHomeTeam());
        TeamId away = TeamId.of(league, r.getAwayTeam());
        Optional<TeamId> possession = r.getPossession() == null ? Optional.empty()
                : Optional.of("home".equals(r.getPossession()) ? home : away);
        Situation situation = new Situation(possession, optional(r.getDown()), optional(r.getDistance()), optional(r.getYardLine_100()),
                r.getRedZone(), optional(r.getHomeTimeouts()), optional(r.getAwayTimeouts()));
        return new GameState(GameId.of(r.getGameId()), league, r.getScheduledStart().toInstant(), home, away, r.getHomeScore(),
                r.getAwayScore(), r.getPeriod(), Duration.ofNanos(r.getClockNanos()), GameStatus.valueOf(r.getStatus().toUpperCase(Locale.ROOT)),
                situation, Optional.ofNullable(r.getHomeWinProbability()).map(p -> Probability.of(p.toPlainString())), r.getNeutralSite(),
                r.getObservedAt().toInstant(), r.getStartTimeKnown());
    }
}
