package com.precog.application.port.out;

import com.precog.application.service.exits.MutableClock;
import com.precog.application.service.exits.SimpleMatchingVenue;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Price;
import java.time.Instant;

class InMemoryExchangeEntryHaltTest extends ExchangeEntryHaltContract {
    @Override
    protected Subject subject() {
        SimpleMatchingVenue venue = new SimpleMatchingVenue(new MutableClock(Instant.parse("2026-01-01T00:00:00Z")), FeeSchedule.standard());
        InMemoryExchangeEntryHalt halt = new InMemoryExchangeEntryHalt(venue);
        return new Subject(halt, halt.gateway(), "KXTEST-26JAN01-T1", Price.parse("0.40"), Price.parse("0.60"));
    }
}
