package com.precog.domain.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Home-field advantage in Elo points for games on or after {@code from} (until the next era starts).
 * Points are finite and non-negative.
 */
public record HomeAdvantageEra(LocalDate from, double points) {
    public HomeAdvantageEra {
        Objects.requireNonNull(from, "from");
        if (!(points >= 0) || Double.isInfinite(points)) throw new IllegalArgumentException("points must be finite and >= 0, was " + points);
    }

    public static HomeAdvantageEra of(String fromIsoDate, double points) {
        return new HomeAdvantageEra(LocalDate.parse(fromIsoDate), points);
    }
}
