package com.precog.domain.sizing;

/** Which rule decided the final size of an accepted entry (the binding limit). */
public enum SizeLimit {
    /** Fractional Kelly itself (after reductions); no cap was tighter. */
    KELLY,
    /** The per-position dollar cap. */
    POSITION_CAP,
    /** The per-position share of bankroll. */
    BANKROLL_SHARE,
    /** The room left under the total exposure limit. */
    TOTAL_EXPOSURE,
    /** The room left under this game's exposure limit. */
    GAME_EXPOSURE,
    /** The room left under the correlated exposure limit. */
    CORRELATED_EXPOSURE,
    /** The room left under the league's share of total exposure. */
    LEAGUE_SHARE,
    /** The quantity the book offers at the limit price. */
    BOOK_DEPTH;

    /** {@return the lower-case name as stored ({@code "book_depth"})} */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
