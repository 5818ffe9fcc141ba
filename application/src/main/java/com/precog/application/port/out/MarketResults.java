package com.precog.application.port.out;

import com.precog.domain.market.Side;
import java.util.Optional;

/** The outcome of a settled market: which side paid $1. Empty while the market is not settled (or unknown). */
@FunctionalInterface
public interface MarketResults {
    Optional<Side> winningSide(String marketTicker);
}
