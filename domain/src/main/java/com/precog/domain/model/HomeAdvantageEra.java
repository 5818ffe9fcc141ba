package com.precog.domain.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Home-field advantage in Elo points for games on or after {@code from} (until the next era starts).
 * Points are finite and non-negative. Immutable.
 *
 * @param from the era's first date ({@link LocalDate#MIN} for "always")
 * @param points the home advantage in Elo points, finite and {@code >= 0}
 */
public record HomeAdvantageEra(LocalDate from, double points) {
    /**
     * Validates the era.
     *
     * @throws IllegalArgumentException if the points are negative, NaN or infinite
     * @throws NullPointerException if {@code from} is null
     */
    public HomeAdvantageEra {
        Objects.requireNonNull(from, "from");
        if (!(points >= 0) || Double.isInfinite(points)) throw new IllegalArgumentException("points must be finite and >= 0, was " + points);
    }

    /**
     * An era from an ISO date.
     *
     * @param fromIsoDate the first date, e.g. {@code "2020-03-12"}
     * @param points the home advantage in Elo points
     * @return the era
     * @throws java.time.format.DateTimeParseException if the date is malformed
     * @throws IllegalArgumentException if the points are invalid
     */
    public static HomeAdvantageEra of(String fromIsoDate, double points) {
        return new HomeAdvantageEra(LocalDate.parse(fromIsoDate), points);
    }
}
