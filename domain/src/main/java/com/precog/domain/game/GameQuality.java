package com.precog.domain.game;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Plausibility checks between the last good observation of a game and a new one, as pure
 * functions: scores never decrease, periods move legally for the league in the wall-clock time
 * between the two observations ({@link League#isLegalPeriodTransition(int, int, Duration)}: after
 * a feed gap or a restart several periods may have passed), the clock does not run
 * backwards within a period while the game is in progress, a finished game does not change
 * its score or status, and the teams stay the same. An empty list means the new state is accepted.
 */
public final class GameQuality {
    private GameQuality() {}

    public static List<QualityIssue> check(GameState previous, GameState next) {
        List<QualityIssue> issues = new ArrayList<>(2);
        if (!previous.id().equals(next.id())) {
            throw new IllegalArgumentException("states must be of the same game, were " + previous.id() + " and " + next.id());
        }
        if (!previous.home().equals(next.home()) || !previous.away().equals(next.away())) {
            issues.add(new QualityIssue(QualityIssue.Kind.TEAMS_CHANGED,
                    previous.away() + "@" + previous.home() + " became " + next.away() + "@" + next.home()));
        }
        if (next.homeScore() < previous.homeScore() || next.awayScore() < previous.awayScore()) {
            issues.add(new QualityIssue(QualityIssue.Kind.SCORE_DECREASED,
                    score(previous) + " -> " + score(next)));
        }
        if (previous.status().isTerminal()) {
            if (next.status() != previous.status() || next.homeScore() != previous.homeScore()
                    || next.awayScore() != previous.awayScore()) {
                issues.add(new QualityIssue(QualityIssue.Kind.FINISHED_GAME_CHANGED,
                        previous.status() + " " + score(previous) + " -> " + next.status() + " " + score(next)));
            }
            return issues;
        }
        boolean bothStarted = previous.status() != GameStatus.SCHEDULED && next.status() != GameStatus.SCHEDULED;
        int from = previous.status() == GameStatus.SCHEDULED ? 0 : previous.period();
        Duration between = Duration.between(previous.observedAt(), next.observedAt());
        if (next.status() != GameStatus.SCHEDULED && !next.league().isLegalPeriodTransition(from, next.period(), between)) {
            issues.add(new QualityIssue(QualityIssue.Kind.ILLEGAL_PERIOD_TRANSITION,
                    "period " + previous.period() + " -> " + next.period() + " in " + between.toSeconds() + " s"));
        }
        if (next.league().hasClock() && bothStarted && previous.period() == next.period()
                && previous.status() == GameStatus.IN_PROGRESS && next.status() == GameStatus.IN_PROGRESS
                && next.clock().compareTo(previous.clock()) > 0) {
            issues.add(new QualityIssue(QualityIssue.Kind.CLOCK_INCREASED,
                    "period " + next.period() + " clock " + previous.clock().toSeconds() + "s -> " + next.clock().toSeconds() + "s"));
        }
        if (previous.status() != GameStatus.SCHEDULED && previous.status() != GameStatus.POSTPONED
                && next.status() == GameStatus.SCHEDULED) {
            issues.add(new QualityIssue(QualityIssue.Kind.ILLEGAL_PERIOD_TRANSITION,
                    previous.status() + " -> " + next.status()));
        }
        return issues;
    }

    private static String score(GameState s) {
        return s.awayScore() + "-" + s.homeScore();
    }
}
