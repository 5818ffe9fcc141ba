package com.precog.application.port.out;

import com.precog.domain.sizing.ExposureView;

/**
 * The account's current exposure as seen from one candidate market (positions and resting
 * entry orders, trade counts, balance), filled by whoever owns positions.
 */
@FunctionalInterface
public interface Exposures {
    /**
     * @param marketTicker the candidate market
     * @param gameId       the game/event the market belongs to (markets of one game are correlated)
     * @param league       upper-case league code
     */
    ExposureView viewFor(String marketTicker, String gameId, String league);
}
