package com.precog.domain.model.ingame;

/** A value an in-game feature needed but the situation did not give, and the value used instead. */
public enum FeatureFallback {
    /** No team known to have the ball: possession terms are 0. */
    POSSESSION_UNKNOWN,
    /** No down (kickoff, try, feed gap): the "no down" terms are used, as for kickoffs and tries in training. */
    DOWN_UNKNOWN,
    /** Down known but distance not: 10 yards. */
    DISTANCE_UNKNOWN,
    /** No yard line: 75 yards from the opponent's end zone (own 25). */
    YARD_LINE_UNKNOWN,
    /** A team's timeouts unknown: both teams taken as equal (difference 0). */
    TIMEOUTS_UNKNOWN,
    /** No pre-game expected margin: 0 points (even game). */
    EXPECTED_MARGIN_UNKNOWN
}
