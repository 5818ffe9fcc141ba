package com.precog.application.service.exits;

import com.precog.application.port.out.OrderGateway;
import com.precog.domain.market.BookTop;
import com.precog.domain.market.Side;

/**
 * What the exit scenarios need from a venue besides the {@link OrderGateway}: setting the
 * book and reading its top. {@link SimpleMatchingVenue} implements it here; the Kalshi fake
 * exchange can implement it to re-run {@link ExitScenariosContract} over HTTP.
 */
public interface ScenarioVenue {
    OrderGateway gateway();

    /** Sets one bid level of a market (hundredths; 0 removes it). */
    void setLevel(String ticker, Side side, long priceMicros, long hundredths);

    /** Removes every bid of one side. */
    void clearSide(String ticker, Side side);

    BookTop top(String ticker);
}
