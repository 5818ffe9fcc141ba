package com.precog.domain.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Parameters of a FiveThirtyEight-style Elo rating system (SPEC §3), all in Elo points unless noted.
 *
 * <p>{@code E = 1/(1 + 10^(−(R_home − R_away + hfa)/scale))}; after a game each side moves by
 * {@code K·(playoff ? playoffKMultiplier : 1)·MOV·(result − E)} where the margin-of-victory multiplier
 * {@code MOV = ln(max(|PD|, 1) + 1)·2.2/(ΔElo_winner·0.001 + 2.2)} (ΔElo_winner = the winner's Elo
 * difference including home advantage; 1 for ties) is clamped to [movMin, movMax] when
 * {@code marginOfVictory} is on (use 0 and +∞ for no clamp), and 1 when off. At a team's first game
 * of a new season its rating moves {@code seasonReversion} of the way toward {@code reversionTarget}.
 * Home advantage comes from the era containing the game's date (eras sorted by start; games before
 * the first era use the first era) and is 0 at neutral sites. Immutable.
 *
 * @param initialRating the rating of a team's first game, finite
 * @param scale the logistic scale, positive (400)
 * @param kFactor the update speed K, positive
 * @param playoffKMultiplier K's multiplier in playoff games, positive
 * @param homeAdvantageEras home advantage by era, not empty, no two starting on the same date (sorted and copied)
 * @param marginOfVictory whether the margin-of-victory multiplier applies
 * @param movMin the multiplier's lower clamp, finite and {@code >= 0}
 * @param movMax the multiplier's upper clamp, at least {@code movMin} (may be +∞)
 * @param seasonReversion share of the way toward the target a rating moves between seasons, in [0, 1]
 * @param reversionTarget the rating reverted toward, finite
 */
public record EloParameters(
        double initialRating,
        double scale,
        double kFactor,
        double playoffKMultiplier,
        List<HomeAdvantageEra> homeAdvantageEras,
        boolean marginOfVictory,
        double movMin,
        double movMax,
        double seasonReversion,
        double reversionTarget) {

    /**
     * Validates the parameters and sorts the eras.
     *
     * @throws IllegalArgumentException if a value lies outside its range above
     * @throws NullPointerException if the era list is null
     */
    public EloParameters {
        finite("initialRating", initialRating);
        positive("scale", scale);
        positive("kFactor", kFactor);
        positive("playoffKMultiplier", playoffKMultiplier);
        Objects.requireNonNull(homeAdvantageEras, "homeAdvantageEras");
        if (homeAdvantageEras.isEmpty()) throw new IllegalArgumentException("homeAdvantageEras must not be empty");
        List<HomeAdvantageEra> sorted = new ArrayList<>(homeAdvantageEras);
        sorted.sort(Comparator.comparing(HomeAdvantageEra::from));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).from().equals(sorted.get(i - 1).from())) {
                throw new IllegalArgumentException("homeAdvantageEras has two eras starting " + sorted.get(i).from());
            }
        }
        homeAdvantageEras = List.copyOf(sorted);
        if (!(movMin >= 0) || Double.isInfinite(movMin)) throw new IllegalArgumentException("movMin must be finite and >= 0, was " + movMin);
        if (!(movMax >= movMin)) throw new IllegalArgumentException("movMax must be >= movMin (" + movMin + "), was " + movMax);
        if (!(seasonReversion >= 0 && seasonReversion <= 1)) {
            throw new IllegalArgumentException("seasonReversion must be in [0, 1], was " + seasonReversion);
        }
        finite("reversionTarget", reversionTarget);
    }

    private static void finite(String name, double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException(name + " must be finite, was " + v);
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) throw new IllegalArgumentException(name + " must be finite and > 0, was " + v);
    }

    /** Date the SPEC's home-advantage eras switch (COVID-era empty stadiums). */
    public static final LocalDate SPEC_ERA_SWITCH = LocalDate.of(2020, 3, 12);

    /**
     * SPEC §3 defaults for a league.
     *
     * @param league NFL, NCAAF, NBA, NHL or MLB, case-insensitive
     * @return the league's parameters (K, home advantage before and after {@link #SPEC_ERA_SWITCH})
     * @throws IllegalArgumentException for another league
     * @throws NullPointerException if {@code league} is null
     */
    public static EloParameters spec(String league) {
        Objects.requireNonNull(league, "league");
        return switch (league.toUpperCase(Locale.ROOT)) {
            case "NFL" -> spec(20, 48, 30);
            case "NCAAF" -> spec(20, 55, 40);
            case "NBA" -> spec(20, 100, 40);
            case "NHL" -> spec(6, 33, 25);
            case "MLB" -> spec(4, 24, 18);
            default -> throw new IllegalArgumentException("league must be one of NFL, NCAAF, NBA, NHL, MLB, was " + league);
        };
    }

    private static EloParameters spec(double k, double hfaBefore, double hfaAfter) {
        return new EloParameters(1500, 400, k, 1.25,
                List.of(new HomeAdvantageEra(LocalDate.MIN, hfaBefore), new HomeAdvantageEra(SPEC_ERA_SWITCH, hfaAfter)),
                true, 1.0, 2.5, 0.25, 1505);
    }

    /** {@return FiveThirtyEight's NFL parameters: K 20, home advantage 65, no clamp, no playoff multiplier, 1/3 reversion to 1505} */
    public static EloParameters fiveThirtyEightNfl() {
        return new EloParameters(1500, 400, 20, 1.0, List.of(new HomeAdvantageEra(LocalDate.MIN, 65)),
                true, 0.0, Double.POSITIVE_INFINITY, 1.0 / 3.0, 1505);
    }

    /**
     * Home advantage on a date.
     *
     * @param date the game's date
     * @param neutral whether the site is neutral
     * @return the era's home advantage in Elo points, 0 at a neutral site
     */
    public double homeAdvantage(LocalDate date, boolean neutral) {
        if (neutral) return 0;
        double points = homeAdvantageEras.get(0).points();
        for (HomeAdvantageEra era : homeAdvantageEras) {
            if (!date.isBefore(era.from())) points = era.points();
            else break;
        }
        return points;
    }

    /**
     * Copy with another K.
     *
     * @param k the new K, positive
     * @return the copy
     * @throws IllegalArgumentException if {@code k} is not positive and finite
     */
    public EloParameters withKFactor(double k) {
        return new EloParameters(initialRating, scale, k, playoffKMultiplier, homeAdvantageEras, marginOfVictory, movMin, movMax,
                seasonReversion, reversionTarget);
    }

    /**
     * Copy with a single home advantage for all dates.
     *
     * @param points the home advantage in Elo points
     * @return the copy
     */
    public EloParameters withHomeAdvantage(double points) {
        return new EloParameters(initialRating, scale, kFactor, playoffKMultiplier, List.of(new HomeAdvantageEra(LocalDate.MIN, points)),
                marginOfVictory, movMin, movMax, seasonReversion, reversionTarget);
    }
}
