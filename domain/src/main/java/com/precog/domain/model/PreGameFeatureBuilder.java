package com.precog.domain.model;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Replays finished games in date order through an {@link EloRatingBook} and emits, for each game, the
 * {@link PreGameRow} a forecaster would have had before it — walk-forward by construction. Rest days
 * are capped at {@link #MAX_REST_DAYS} (also used for a team's first game).
 */
public final class PreGameFeatureBuilder {
    /** Cap on rest days (also a team's first game). */
    public static final int MAX_REST_DAYS = 14;

    private PreGameFeatureBuilder() {}

    /**
     * Replays games from the initial ratings.
     *
     * @param games chronological (non-decreasing dates)
     * @param elo the rating system's parameters
     * @return one row per game, in the same order
     * @throws IllegalArgumentException if the games are out of date order
     */
    public static List<PreGameRow> build(List<HistoricalGame> games, EloParameters elo) {
        return build(games, elo, Map.of());
    }

    /**
     * Replays games from known starting ratings.
     *
     * @param games chronological (non-decreasing dates)
     * @param elo the rating system's parameters
     * @param initialRatings starting rating by team id
     * @return one row per game, in the same order
     * @throws IllegalArgumentException if the games are out of date order
     * @throws NullPointerException if {@code games} or {@code initialRatings} is null
     */
    public static List<PreGameRow> build(List<HistoricalGame> games, EloParameters elo, Map<String, Double> initialRatings) {
        Objects.requireNonNull(games, "games");
        EloRatingBook book = new EloRatingBook(elo, initialRatings);
        Map<String, java.time.LocalDate> lastPlayed = new HashMap<>();
        List<PreGameRow> rows = new ArrayList<>(games.size());
        java.time.LocalDate previous = null;
        for (int i = 0; i < games.size(); i++) {
            HistoricalGame g = games.get(i);
            if (previous != null && g.date().isBefore(previous)) {
                throw new IllegalArgumentException("games must be in date order: games[" + i + "] on " + g.date() + " follows " + previous);
            }
            previous = g.date();
            EloRatingBook.Played played = book.play(g.toEloGame());
            EloRatingBook.Pregame pre = played.pregame();
            OptionalDouble market = g.closingHomeMargin().isPresent()
                    ? OptionalDouble.of(MarketBenchmark.fromClosingHomeMargin(g.closingHomeMargin().getAsDouble()))
                    : OptionalDouble.empty();
            rows.add(new PreGameRow(g, pre.homeRating(), pre.awayRating(), pre.homeAdvantage(), pre.homeWinProbability(),
                    rest(lastPlayed.get(g.home()), g), rest(lastPlayed.get(g.away()), g), pre.homeGamesPlayed(),
                    pre.awayGamesPlayed(), market));
            lastPlayed.put(g.home(), g.date());
            lastPlayed.put(g.away(), g.date());
        }
        return rows;
    }

    private static int rest(java.time.LocalDate last, HistoricalGame g) {
        if (last == null) return MAX_REST_DAYS;
        return (int) Math.min(MAX_REST_DAYS, ChronoUnit.DAYS.between(last, g.date()));
    }
}
