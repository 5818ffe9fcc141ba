package com.precog.domain.game;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The football down-and-distance situation of a live game, seen from the team with the ball.
 * Every part may be unknown: between plays (after a score, a PAT or a kickoff) and at halftime
 * there is no possession and no down. {@code yardsToEndZone} is the distance to the opponent's
 * end zone (1..99; nflfastR's {@code yardline_100}); {@code distance} is yards to a first down.
 * Timeouts left (0..3 per half) are known whenever the feed gives them, with or without a down.
 *
 * @param possession the team with the ball
 * @param down the down, 1..4
 * @param distance yards to a first down, 0..100
 * @param yardsToEndZone yards to the opponent's end zone, 0..100
 * @param redZone whether the ball is inside the opponent's 20
 * @param homeTimeouts the home team's timeouts left, 0..3
 * @param awayTimeouts the away team's timeouts left, 0..3
 */
public record Situation(Optional<TeamId> possession, OptionalInt down, OptionalInt distance,
                        OptionalInt yardsToEndZone, boolean redZone, OptionalInt homeTimeouts, OptionalInt awayTimeouts) {
    /** Nothing known (not football, not live, or between plays). */
    public static final Situation NONE =
            new Situation(Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), false,
                    OptionalInt.empty(), OptionalInt.empty());

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
        Objects.requireNonNull(homeTimeouts, "homeTimeouts");
        Objects.requireNonNull(awayTimeouts, "awayTimeouts");
        if (homeTimeouts.isPresent() && (homeTimeouts.getAsInt() < 0 || homeTimeouts.getAsInt() > 3)) {
            throw new IllegalArgumentException("homeTimeouts must be 0..3, was " + homeTimeouts.getAsInt());
        }
        if (awayTimeouts.isPresent() && (awayTimeouts.getAsInt() < 0 || awayTimeouts.getAsInt() > 3)) {
            throw new IllegalArgumentException("awayTimeouts must be 0..3, was " + awayTimeouts.getAsInt());
        }
    }

    /**
     * A situation with the given parts and no timeouts known.
     *
     * @param possession the team with the ball, or {@code null}
     * @param down 1..4, or {@code null}
     * @param distance 0..100, or {@code null}
     * @param yardsToEndZone 0..100, or {@code null}
     * @param redZone inside the opponent's 20
     * @return the situation
     */
    public static Situation of(TeamId possession, Integer down, Integer distance, Integer yardsToEndZone, boolean redZone) {
        return new Situation(Optional.ofNullable(possession), optional(down), optional(distance), optional(yardsToEndZone), redZone,
                OptionalInt.empty(), OptionalInt.empty());
    }

    /**
     * This situation with the timeouts left.
     *
     * @param home the home team's timeouts, 0..3, or {@code null} when unknown
     * @param away the away team's timeouts, 0..3, or {@code null} when unknown
     * @return the situation with those timeouts
     */
    public Situation withTimeouts(Integer home, Integer away) {
        return new Situation(possession, down, distance, yardsToEndZone, redZone, optional(home), optional(away));
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
