package com.precog.domain.game;

import java.util.Objects;

/** One reason a new observation of a game was not believed, with a human-readable detail. */
public record QualityIssue(Kind kind, String detail) {
    public enum Kind { TEAMS_CHANGED, SCORE_DECREASED, ILLEGAL_PERIOD_TRANSITION, CLOCK_INCREASED, FINISHED_GAME_CHANGED }

    public QualityIssue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return kind + ": " + detail;
    }
}
