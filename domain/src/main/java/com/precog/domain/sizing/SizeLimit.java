package com.precog.domain.sizing;

/** Which rule decided the final size of an accepted entry (the binding limit). */
public enum SizeLimit {
    /** Fractional Kelly itself (after reductions); no cap was tighter. */
    KELLY,
    /** The per-position dollar cap. */
    POSITION_CAP,
    /** The per-position share of bankroll. */
    BANKROLL_SHARE,
    TOTAL_EXPOSURE,
    GAME_EXPOSURE,
    CORRELATED_EXPOSURE,
    LEAGUE_SHARE,
    /** The quantity the book offers at the limit price. */
    BOOK_DEPTH;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
