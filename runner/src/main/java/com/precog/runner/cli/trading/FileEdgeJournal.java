package com.precog.runner.cli.trading;

import com.precog.application.port.out.EdgeJournal;
import com.precog.domain.edge.EdgeObservation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link EdgeJournal} as a JSON-lines file; the CLI's store until the PostgreSQL adapter is wired. */
public final class FileEdgeJournal implements EdgeJournal {
    private final JsonLines lines;

    public FileEdgeJournal(Path file) {
        this.lines = new JsonLines(file);
    }

    @Override
    public void record(EdgeObservation observation) {
        lines.append(TradingJson.edge(observation));
    }

    @Override
    public List<EdgeObservation> recent(int limit) {
        if (limit < 0) throw new IllegalArgumentException("limit must not be negative, was " + limit);
        List<EdgeObservation> all = lines.readAll(TradingJson::edge);
        List<EdgeObservation> out = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && out.size() < limit; i--) out.add(all.get(i));
        return out;
    }

    @Override
    public List<EdgeObservation> since(Instant since) {
        return lines.readAll(TradingJson::edge).stream().filter(o -> !o.observedAt().isBefore(since)).toList();
    }
}
