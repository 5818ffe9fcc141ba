package com.precog.application.port.out;

import com.precog.domain.edge.EdgeObservation;
import java.time.Instant;
import java.util.List;

/** Where every edge above {@code ignore} is recorded with its inputs (SPEC §4). Append-only. */
public interface EdgeJournal {
    void record(EdgeObservation observation);

    /** The newest {@code limit} observations, newest first. */
    List<EdgeObservation> recent(int limit);

    /** Observations at or after {@code since}, oldest first. */
    List<EdgeObservation> since(Instant since);
}
