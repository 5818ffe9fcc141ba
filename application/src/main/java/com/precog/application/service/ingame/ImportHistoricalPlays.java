package com.precog.application.service.ingame;

import com.precog.application.port.out.ingame.HistoricalPlays;
import com.precog.domain.model.ingame.HistoricalPlay;
import java.util.Iterator;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: import one source of historical plays (a file) into {@link HistoricalPlays} as one unit.
 * A source that fails midway leaves nothing stored; a source already imported adds nothing.
 */
public final class ImportHistoricalPlays {
    private static final Logger LOG = LoggerFactory.getLogger(ImportHistoricalPlays.class);
    private final HistoricalPlays store;

    public ImportHistoricalPlays(HistoricalPlays store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** What became of one source. */
    public sealed interface Outcome permits Imported, Failed {
        String source();

        /** Plays read from the source before it ended or failed. */
        long read();
    }

    /** Every play read; {@code added} of them were new. */
    public record Imported(String source, long read, long added) implements Outcome {}

    /** The source failed after {@code read} plays; none of its plays were stored. */
    public record Failed(String source, long read, String reason) implements Outcome {}

    public Outcome importSource(String source, Iterator<HistoricalPlay> plays) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(plays, "plays");
        long[] read = {0};
        Iterator<HistoricalPlay> counting = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return plays.hasNext();
            }

            @Override
            public HistoricalPlay next() {
                HistoricalPlay p = plays.next();
                read[0]++;
                return p;
            }
        };
        try {
            long added = store.addAll(counting);
            return new Imported(source, read[0], added);
        } catch (RuntimeException e) {
            LOG.warn("import of {} failed after {} plays, nothing stored: {}", source, read[0], e.getMessage());
            return new Failed(source, read[0], e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
