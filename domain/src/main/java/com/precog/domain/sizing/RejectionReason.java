package com.precog.domain.sizing;

/** Why an entry gets no size (SPEC §5). Each names exactly one rule. */
public enum RejectionReason {
    /** Kelly is zero: no edge after fees at this price. */
    NO_EDGE,
    /** The other side of this market is held (or bid for). */
    OPPOSITE_SIDE_HELD,
    /** Account balance below the trading floor. */
    BALANCE_TOO_LOW,
    /** Hourly entry count reached. */
    HOURLY_TRADE_LIMIT,
    /** Daily entry count reached. */
    DAILY_TRADE_LIMIT,
    /** Open position count reached. */
    TOO_MANY_OPEN_POSITIONS,
    /** Position count in this game reached. */
    TOO_MANY_GAME_POSITIONS,
    /** A held position correlates with the candidate at or above the reject threshold. */
    CORRELATION_TOO_HIGH,
    /** The market's position cap (dollars or bankroll share) is used up. */
    POSITION_CAP_REACHED,
    /** Total exposure is used up. */
    TOTAL_EXPOSURE_FULL,
    /** This game's exposure is used up. */
    GAME_EXPOSURE_FULL,
    /** Correlated exposure is used up. */
    CORRELATED_EXPOSURE_FULL,
    /** The league's share of total exposure is used up. */
    LEAGUE_SHARE_FULL,
    /** Nothing to buy at an acceptable price. */
    NO_LIQUIDITY,
    /** The resulting position is smaller than the minimum position. */
    BELOW_MIN_POSITION;

    /** {@return the lower-case name as stored ({@code "no_edge"})} */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
