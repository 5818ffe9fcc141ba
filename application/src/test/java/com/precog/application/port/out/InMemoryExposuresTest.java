package com.precog.application.port.out;

import com.precog.domain.market.Side;
import com.precog.domain.money.Dollars;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

class InMemoryExposuresTest extends ExposuresContract {
    @Override
    protected Exposures newExposures(Dollars bankroll) {
        return new InMemoryExposures(bankroll, 700_000, Clock.fixed(Instant.parse("2026-09-07T12:00:00Z"), ZoneOffset.UTC));
    }

    @Override
    protected void hold(Exposures e, String ticker, String gameId, String league, Side side, long hundredths, Dollars cost) {
        ((InMemoryExposures) e).add(ticker, gameId, league, side, hundredths, cost);
    }
}
