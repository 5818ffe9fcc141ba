package com.precog.domain.exit;

import com.precog.domain.money.FeeSchedule;
import com.precog.domain.position.ConfidenceLevel;

/** Small factory of exit contexts: 100 contracts bought all-in at $0.60, a healthy cent-wide book. */
public final class Contexts {
    public static final long ENTRY_UNITS = 60_000_000L; // $0.60 per contract, all-in
    public static final long NOW = 1_700_000_000_000L;

    private Contexts() {}

    /** Held side bid {@code bid}, ask bid + 0.01, volume 1,000, close in 2 h, no model probability. */
    public static ExitContext at(long bidMicros) {
        return new ExitContext()
                .position(ConfidenceLevel.HIGH, ENTRY_UNITS, 10_000, 10_000, 0, false, 0)
                .market(bidMicros, bidMicros + 10_000, 10_000, 100_000, NOW, NOW + 7_200_000L, false, FeeSchedule.standard());
    }
}
