package com.precog.application.service.games;

import com.precog.domain.game.League;
import java.time.Duration;
import java.util.Objects;

/** What one poll of a league did. */
public sealed interface PollOutcome {
    League league();

    /** Scoreboards accepted: games seen, states changed (stored and published), anomalies flagged. */
    record Polled(League league, int games, int changed, int anomalies) implements PollOutcome {}

    /** A scoreboard was older than the policy allows; nothing from it was used. */
    record Stale(League league, Duration age) implements PollOutcome {
        public Stale {
            Objects.requireNonNull(age, "age");
        }
    }

    /** The feed failed (after its own retries). */
    record Failed(League league, String error) implements PollOutcome {}

    /** A poll of this league was already running. */
    record Skipped(League league) implements PollOutcome {}
}
