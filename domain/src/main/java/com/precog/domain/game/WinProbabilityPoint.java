package com.precog.domain.game;

import com.precog.domain.money.Probability;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The feed's home win probability after one play ({@code playId}), with the tie probability and
 * the seconds left in the game when the feed reports them. Away = 1 − home − tie.
 */
public record WinProbabilityPoint(String playId, Probability home, Probability tie, OptionalInt secondsLeft) {
    public WinProbabilityPoint {
        if (playId == null || playId.isBlank()) throw new IllegalArgumentException("playId must not be blank");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(tie, "tie");
        Objects.requireNonNull(secondsLeft, "secondsLeft");
        if (home.millionths() + tie.millionths() > Probability.ONE) {
            throw new IllegalArgumentException("home + tie must be <= 1, were " + home + " and " + tie);
        }
    }

    public Probability away() {
        return Probability.ofMillionths(Probability.ONE - home.millionths() - tie.millionths());
    }
}
