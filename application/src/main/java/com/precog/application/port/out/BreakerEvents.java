package com.precog.application.port.out;

import com.precog.domain.risk.BreakerEvent;
import java.util.List;

/**
 * The {@code circuit_breaker_events} history (SPEC §8): trips and resolutions, append-only.
 * The breaker service rebuilds the tripped set from it on start, so a restart or a config
 * reload cannot clear a trip.
 */
public interface BreakerEvents {
    /** @throws IllegalStateException when an event with the same id exists */
    void append(BreakerEvent event);

    /** Every event, oldest first. */
    List<BreakerEvent> all();
}
