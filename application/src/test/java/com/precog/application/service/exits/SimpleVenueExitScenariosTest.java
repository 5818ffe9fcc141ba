package com.precog.application.service.exits;

import com.precog.application.port.out.OrderGateway;
import com.precog.domain.market.BookTop;
import com.precog.domain.market.Side;
import com.precog.domain.money.FeeSchedule;

/** The exit scenarios against the in-process {@link SimpleMatchingVenue}. */
class SimpleVenueExitScenariosTest extends ExitScenariosContract {
    @Override
    protected ScenarioVenue newVenue(MutableClock clock, FeeSchedule fees) {
        SimpleMatchingVenue v = new SimpleMatchingVenue(clock, fees);
        return new ScenarioVenue() {
            @Override
            public OrderGateway gateway() {
                return v;
            }

            @Override
            public void setLevel(String ticker, Side side, long priceMicros, long hundredths) {
                v.setLevel(ticker, side, priceMicros, hundredths);
            }

            @Override
            public void clearSide(String ticker, Side side) {
                v.clearSide(ticker, side);
            }

            @Override
            public BookTop top(String ticker) {
                return v.top(ticker);
            }
        };
    }
}
