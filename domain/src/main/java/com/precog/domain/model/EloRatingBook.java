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

    /**
     * What the book knew before a game.
     *
     * @param homeRating the home team's rating carried into the game (reverted if the season is new)
     * @param awayRating the away team's rating carried into the game
     * @param homeAdvantage the home advantage applied, in Elo points (0 at a neutral site)
     * @param homeWinProbability P(home wins), in (0, 1)
     * @param homeGamesPlayed games the home team has played in the book
     * @param awayGamesPlayed games the away team has played in the book
     */
    public record Pregame(double homeRating, double awayRating, double homeAdvantage, double homeWinProbability,
                          int homeGamesPlayed, int awayGamesPlayed) {
        /** {@return home − away + home advantage, in Elo points} */
        public double eloDifference() {
            return homeRating - awayRating + homeAdvantage;
        }
    }

    /**
     * Pre-game view plus the rating change the home side received (the away side got the opposite).
     *
     * @param pregame the forecast the game was played with
     * @param homeShift Elo points the home team gained (negative when it lost them)
     */
    public record Played(Pregame pregame, double homeShift) {
        /** {@return the home team's rating after the game} */
        public double homeRatingAfter() {
            return pregame.homeRating() + homeShift;
        }

        /** {@return the away team's rating after the game} */
        public double awayRatingAfter() {
            return pregame.awayRating() - homeShift;
        }
    }

    /**
     * An empty book: every team starts at the parameters' initial rating.
     *
     * @param parameters the rating system's parameters
     */
    public EloRatingBook(EloParameters parameters) {
        this(parameters, Map.of());
    }

    /**
     * An empty book with known starting ratings.
     *
     * @param parameters the rating system's parameters
     * @param initialRatings starting rating by team id (copied); other teams start at the initial rating
     * @throws NullPointerException if an argument, key or value is null
     */
    public EloRatingBook(EloParameters parameters, Map<String, Double> initialRatings) {
        this.elo = new Elo(parameters);
        this.initialRatings = Map.copyOf(Objects.requireNonNull(initialRatings, "initialRatings"));
    }

    /** {@return the formulas the book uses} */
    public Elo elo() {
        return elo;
    }

    /**
     * Current rating as of the team's last game (no reversion applied).
     *
     * @param team a team id
     * @return its rating in Elo points; the initial rating if never seen
     */
    public double rating(String team) {
        TeamState s = teams.get(team);
        return s != null ? s.rating : initial(team);
    }

    /**
     * Rating the team would carry into a game of a season.
     *
     * @param team a team id
     * @param season the game's season
     * @return the rating, reverted if the season is new to the team
     */
    public double ratingFor(String team, int season) {
        TeamState s = teams.get(team);
        if (s == null) return initial(team);
        return season > s.season ? elo.revert(s.rating) : s.rating;
    }

    /** {@return a snapshot of all current ratings by team id (immutable)} */
    public Map<String, Double> ratings() {
        Map<String, Double> out = new HashMap<>();
        teams.forEach((k, v) -> out.put(k, v.rating));
        return Map.copyOf(out);
    }

    private double initial(String team) {
        return initialRatings.getOrDefault(team, elo.parameters().initialRating());
    }

    /**
     * The forecast for a game, without recording anything.
     *
     * @param home the home team's id
     * @param away the away team's id
     * @param date the game's date
     * @param season the game's season
     * @param neutral whether the site is neutral
     * @return the ratings, home advantage and P(home wins) the game would be forecast with
     */
    public Pregame pregame(String home, String away, LocalDate date, int season, boolean neutral) {
        double h = ratingFor(home, season);
        double a = ratingFor(away, season);
        double hfa = elo.parameters().homeAdvantage(date, neutral);
        TeamState hs = teams.get(home);
        TeamState as = teams.get(away);
        return new Pregame(h, a, hfa, elo.expectedScore(h - a + hfa), hs == null ? 0 : hs.games, as == null ? 0 : as.games);
    }

    /**
     * Forecast, then record the result. Games must be fed in date order.
     *
     * @param game the finished game
     * @return the forecast and the rating change
     */
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
