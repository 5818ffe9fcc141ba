package com.precog.domain.model.ingame;

/** Which team has the ball; {@code UNKNOWN} when the feed does not say (between plays, kickoffs in flight). */
public enum Possession {
    /** The home team has the ball. */
    HOME,
    /** The away team has the ball. */
    AWAY,
    /** Nobody known to have it. */
    UNKNOWN;

    /** {@return +1 home, −1 away, 0 unknown} */
    public int sign() {
        return this == HOME ? 1 : this == AWAY ? -1 : 0;
    }
}
