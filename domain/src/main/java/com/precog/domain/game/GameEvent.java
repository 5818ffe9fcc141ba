package com.precog.domain.game;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the game watcher tells the rest of the system: a new state, a rejected observation, or stale data. */
public sealed interface GameEvent {
    Instant at();

    /** A game's accepted state changed ({@code previous} is empty the first time the game is seen). */
    record StateChanged(Optional<GameState> previous, GameState current, Instant at) implements GameEvent {
        public StateChanged {
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A new observation failed the quality checks; {@code kept} stays the current state. */
    record AnomalyFlagged(GameState kept, GameState rejected, List<QualityIssue> issues, Instant at) implements GameEvent {
        public AnomalyFlagged {
            Objects.requireNonNull(kept, "kept");
            Objects.requireNonNull(rejected, "rejected");
            issues = List.copyOf(issues);
            if (issues.isEmpty()) throw new IllegalArgumentException("issues must not be empty");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A whole scoreboard was older than allowed and was ignored. */
    record StaleDataRejected(League league, Instant observedAt, Duration age, Instant at) implements GameEvent {
        public StaleDataRejected {
            Objects.requireNonNull(league, "league");
            Objects.requireNonNull(observedAt, "observedAt");
            Objects.requireNonNull(age, "age");
            Objects.requireNonNull(at, "at");
        }
    }
}
