package com.precog.domain.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The current Elo rating of every team of one league, replayed game by game in date order.
 *
 * <p>A team first seen gets its initial rating (from {@code initialRatings} or the parameters'
 * {@code initialRating}). At a team's first game of a season later than its last one, its rating is
 * reverted once toward the target (FiveThirtyEight's rule). {@link #pregame} reports the ratings and
 * probability the game would be forecast with (reversion applied, nothing recorded);
 * {@link #play} records the result. Not thread-safe: one replay per instance.
 */
public final class EloRatingBook {
    private final Elo elo;
    private final Map<String, Double> initialRatings;
    private final Map<String, TeamState> teams = new HashMap<>();

    private static final class TeamState {
        double rating;
        int season;
        int games;

        TeamState(double rating, int season) {
            this.rating = rating;
            this.season = season;
        }
    }

    /** What the book knew before a game, and what it did with the result. */
    public record Pregame(double homeRating, double awayRating, double homeAdvantage, double homeWinProbability,
                          int homeGamesPlayed, int awayGamesPlayed) {
        /** Home − away + home advantage. */
        public double eloDifference() {
            return homeRating - awayRating + homeAdvantage;
        }
    }

    /** Pre-game view plus the rating change the home side received (the away side got the opposite). */
    public record Played(Pregame pregame, double homeShift) {
        public double homeRatingAfter() {
            return pregame.homeRating() + homeShift;
        }

        public double awayRatingAfter() {
            return pregame.awayRating() - homeShift;
        }
    }

    public EloRatingBook(EloParameters parameters) {
        this(parameters, Map.of());
    }

    public EloRatingBook(EloParameters parameters, Map<String, Double> initialRatings) {
        this.elo = new Elo(parameters);
        this.initialRatings = Map.copyOf(Objects.requireNonNull(initialRatings, "initialRatings"));
    }

    public Elo elo() {
        return elo;
    }

    /** Current rating as of the team's last game (no reversion applied); the initial rating if never seen. */
    public double rating(String team) {
        TeamState s = teams.get(team);
        return s != null ? s.rating : initial(team);
    }

    /** Rating the team would carry into a game of {@code season} (reverted if the season is new to it). */
    public double ratingFor(String team, int season) {
        TeamState s = teams.get(team);
        if (s == null) return initial(team);
        return season > s.season ? elo.revert(s.rating) : s.rating;
    }

    /** Snapshot of all current ratings. */
    public Map<String, Double> ratings() {
        Map<String, Double> out = new HashMap<>();
        teams.forEach((k, v) -> out.put(k, v.rating));
        return Map.copyOf(out);
    }

    private double initial(String team) {
        return initialRatings.getOrDefault(team, elo.parameters().initialRating());
    }

    /** The forecast for a game, without recording anything. */
    public Pregame pregame(String home, String away, LocalDate date, int season, boolean neutral) {
        double h = ratingFor(home, season);
        double a = ratingFor(away, season);
        double hfa = elo.parameters().homeAdvantage(date, neutral);
        TeamState hs = teams.get(home);
        TeamState as = teams.get(away);
        return new Pregame(h, a, hfa, elo.expectedScore(h - a + hfa), hs == null ? 0 : hs.games, as == null ? 0 : as.games);
    }

    /** Forecast, then record the result. Games must be fed in date order. */
    public Played play(EloGame game) {
        Pregame pre = pregame(game.home(), game.away(), game.date(), game.season(), game.neutral());
        double shift = elo.homeShift(pre.homeRating(), pre.awayRating(), game.date(), game.neutral(), game.playoff(),
                game.homeScore(), game.awayScore());
        store(game.home(), pre.homeRating() + shift, game.season());
        store(game.away(), pre.awayRating() - shift, game.season());
        return new Played(pre, shift);
    }

    private void store(String team, double rating, int season) {
        TeamState s = teams.get(team);
        if (s == null) {
            s = new TeamState(rating, season);
            teams.put(team, s);
        }
        s.rating = rating;
        s.season = Math.max(s.season, season);
        s.games++;
    }
}
