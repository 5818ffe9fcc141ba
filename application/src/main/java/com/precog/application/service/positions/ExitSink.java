package com.precog.application.service.positions;

import com.precog.domain.exit.ExitDecision;
import com.precog.domain.exit.ExitPriority;
import com.precog.domain.money.Contracts;
import java.time.Instant;

/**
 * Where the monitor hands its exit decisions: the exit executor
 * (the exit executor in {@code service.exits}); a backtest may use its own.
 */
public interface ExitSink {
    /** An exit decided by the resolver; false when ignored (unknown position, or an equal or more urgent exit is running). */
    boolean submit(String positionId, ExitDecision.Exit decision, Instant at);

    /** An operator's close of {@code quantity} at {@code priority}'s urgency. */
    boolean submitManual(String positionId, Contracts quantity, ExitPriority priority, Instant at);
}
