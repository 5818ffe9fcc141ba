package com.precog.domain.game;

import com.precog.domain.money.Probability;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One observation of a game: teams, score, period, clock, status, football situation and the
 * feed's own home win probability when it publishes one. {@code period} is 0 before the game,
 * then 1.. (overtime above the league's regulation periods); {@code clock} is the time left in
 * the period (zero for leagues without a clock). {@code observedAt} is when the data was current
 * at its source; two observations with equal content but different {@code observedAt} are the
 * same state ({@link #sameContentAs}). {@code startTimeKnown} is false while the feed lists the game
 * with a date but no kick-off time yet (ESPN {@code timeValid: false}, common for college games
 * until television sets the time): {@code scheduledStart} then only says the day.
 */
public record GameState(GameId id, League league, Instant scheduledStart, TeamId home, TeamId away,
                        int homeScore, int awayScore, int period, Duration clock, GameStatus status,
                        Situation situation, Optional<Probability> homeWinProbability, boolean neutralSite,
                        Instant observedAt, boolean startTimeKnown) {
    public GameState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(league, "league");
        Objects.requireNonNull(scheduledStart, "scheduledStart");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(away, "away");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(homeWinProbability, "homeWinProbability");
        Objects.requireNonNull(observedAt, "observedAt");
        if (home.league() != league || away.league() != league) {
            throw new IllegalArgumentException("teams must belong to " + league + ", were " + home + " and " + away);
        }
        if (home.equals(away)) throw new IllegalArgumentException("home and away must differ, both were " + home);
        if (homeScore < 0) throw new IllegalArgumentException("homeScore must be >= 0, was " + homeScore);
        if (awayScore < 0) throw new IllegalArgumentException("awayScore must be >= 0, was " + awayScore);
        if (period < 0) throw new IllegalArgumentException("period must be >= 0, was " + period);
        if (clock.isNegative()) throw new IllegalArgumentException("clock must be >= 0, was " + clock);
    }

    /** A state whose kick-off time is known. */
    public GameState(GameId id, League league, Instant scheduledStart, TeamId home, TeamId away,
                     int homeScore, int awayScore, int period, Duration clock, GameStatus status,
                     Situation situation, Optional<Probability> homeWinProbability, boolean neutralSite,
                     Instant observedAt) {
        this(id, league, scheduledStart, home, away, homeScore, awayScore, period, clock, status, situation, homeWinProbability,
                neutralSite, observedAt, true);
    }

    public boolean isLive() {
        return status.isLive();
    }

    public boolean isOvertime() {
        return league.isOvertime(period);
    }

    /** Clock in whole seconds (fractions truncated). */
    public long clockSeconds() {
        return clock.toSeconds();
    }

    /** Points the home team leads by (negative when trailing). */
    public int homeMargin() {
        return homeScore - awayScore;
    }

    /** Equal in everything but {@code observedAt}. */
    public boolean sameContentAs(GameState other) {
        return other != null && equals(other.withObservedAt(observedAt));
    }

    public GameState withObservedAt(Instant at) {
        return new GameState(id, league, scheduledStart, home, away, homeScore, awayScore, period, clock, status,
                situation, homeWinProbability, neutralSite, at, startTimeKnown);
    }

    public GameState withScore(int newHomeScore, int newAwayScore) {
        return new GameState(id, league, scheduledStart, home, away, newHomeScore, newAwayScore, period, clock, status,
                situation, homeWinProbability, neutralSite, observedAt, startTimeKnown);
    }

    public GameState withClock(int newPeriod, Duration newClock, GameStatus newStatus) {
        return new GameState(id, league, scheduledStart, home, away, homeScore, awayScore, newPeriod, newClock, newStatus,
                situation, homeWinProbability, neutralSite, observedAt, startTimeKnown);
    }

    public GameState withHomeWinProbability(Optional<Probability> p) {
        return new GameState(id, league, scheduledStart, home, away, homeScore, awayScore, period, clock, status,
                situation, p, neutralSite, observedAt, startTimeKnown);
    }
}
