package com.precog.domain.game;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The football down-and-distance situation of a live game, seen from the team with the ball.
 * Every part may be unknown: between plays (after a score, a PAT or a kickoff) and at halftime
 * there is no possession and no down. {@code yardsToEndZone} is the distance to the opponent's
 * end zone (1..99; nflfastR's {@code yardline_100}); {@code distance} is yards to a first down.
 */
public record Situation(Optional<TeamId> possession, OptionalInt down, OptionalInt distance,
                        OptionalInt yardsToEndZone, boolean redZone) {
    /** Nothing known (not football, not live, or between plays). */
    public static final Situation NONE =
            new Situation(Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), false);

    public Situation {
        Objects.requireNonNull(possession, "possession");
        Objects.requireNonNull(down, "down");
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(yardsToEndZone, "yardsToEndZone");
        if (down.isPresent() && (down.getAsInt() < 1 || down.getAsInt() > 4)) {
            throw new IllegalArgumentException("down must be 1..4, was " + down.getAsInt());
        }
        if (distance.isPresent() && (distance.getAsInt() < 0 || distance.getAsInt() > 100)) {
            throw new IllegalArgumentException("distance must be 0..100, was " + distance.getAsInt());
        }
        if (yardsToEndZone.isPresent() && (yardsToEndZone.getAsInt() < 0 || yardsToEndZone.getAsInt() > 100)) {
            throw new IllegalArgumentException("yardsToEndZone must be 0..100, was " + yardsToEndZone.getAsInt());
        }
    }

    /** A situation with the given parts; {@code null} means unknown. */
    public static Situation of(TeamId possession, Integer down, Integer distance, Integer yardsToEndZone, boolean redZone) {
        return new Situation(Optional.ofNullable(possession), optional(down), optional(distance), optional(yardsToEndZone), redZone);
    }

    /**
     * Converts ESPN's field position, measured from the HOME team's goal line (0..100), to the
     * possessing team's distance to the opponent's end zone.
     */
    public static int yardsToEndZoneFromHomeGoalLine(int yardLineFromHomeGoal, boolean homeHasBall) {
        if (yardLineFromHomeGoal < 0 || yardLineFromHomeGoal > 100) {
            throw new IllegalArgumentException("yardLine must be 0..100, was " + yardLineFromHomeGoal);
        }
        return homeHasBall ? 100 - yardLineFromHomeGoal : yardLineFromHomeGoal;
    }

    public boolean isKnown() {
        return possession.isPresent() || down.isPresent();
    }

    private static OptionalInt optional(Integer i) {
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }
}
