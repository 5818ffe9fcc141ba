package com.precog.application.port.out;

import com.precog.domain.market.MarketOutcome;
import com.precog.domain.market.Side;
import java.util.Optional;

/** The outcome of a settled market. Empty while the market is not determined (or its result is unknown). */
@FunctionalInterface
public interface MarketResults {
    /** {@return the side that paid $1; empty while undetermined, and for a scalar or voided result} */
    Optional<Side> winningSide(String marketTicker);

    /**
     * How the market resolved, including a settlement value between $0 and $1 (a tied game pays $0.50
     * a side) and a voided market. The default knows only the winning side.
     *
     * @param marketTicker the market
     * @return the outcome, empty while the market is not determined
     */
    default Optional<MarketOutcome> outcome(String marketTicker) {
        return winningSide(marketTicker).map(MarketOutcome::won);
    }
}
