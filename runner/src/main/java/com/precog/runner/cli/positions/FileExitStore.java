package com.precog.runner.cli.positions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.application.port.out.BreakerEvents;
import com.precog.application.port.out.CloseRequests;
import com.precog.application.port.out.ExitJournal;
import com.precog.application.port.out.Positions;
import com.precog.domain.execution.ExitAttempt;
import com.precog.domain.exit.PositionExit;
import com.precog.domain.position.Position;
import com.precog.domain.risk.BreakerEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The exit ports kept as append-only JSON-lines files in one directory
 * ({@code $PRECOG_HOME/exits}): positions.jsonl (one SCD2 version per line), exit_attempts.jsonl,
 * position_exits.jsonl, circuit_breaker_events.jsonl, close_requests.jsonl. The stand-in store
 * the CLI uses until the runner wires the PostgreSQL adapters; it passes the same port
 * contracts. Lines are only ever appended. Thread-safe within one process.
 */
public final class FileExitStore {
    private final Path dir;

    public FileExitStore(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /** The store under {@code home/exits}. */
    public static FileExitStore under(Path home) {
        return new FileExitStore(home.resolve("exits"));
    }

    public Path directory() {
        return dir;
    }

    private synchronized void appendLine(String file, ObjectNode line) {
        try {
            Files.writeString(dir.resolve(file), ExitsJson.MAPPER.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + dir.resolve(file), e);
        }
    }

    private synchronized <T> List<T> read(String file, Function<JsonNode, T> parse) {
        Path p = dir.resolve(file);
        if (!Files.exists(p)) return List.of();
        try {
            List<T> out = new ArrayList<>();
            int n = 0;
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank()) continue;
                try {
                    out.add(parse.apply(ExitsJson.MAPPER.readTree(line)));
                } catch (IOException | RuntimeException e) {
                    throw new IllegalStateException(p + " line " + n + " is not a valid record: " + e.getMessage(), e);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    // ---- Positions

    private record Row(Position position, Instant start) {}

    private Map<String, List<Row>> rows() {
        Map<String, List<Row>> m = new LinkedHashMap<>();
        for (Row r : read("positions.jsonl", n -> new Row(ExitsJson.position(n.get("position")), Instant.parse(n.get("row_start_ts").asText())))) {
            m.computeIfAbsent(r.position().id(), k -> new ArrayList<>()).add(r);
        }
        return m;
    }

    private List<BreakerEvent> all_events() {
        return read("circuit_breaker_events.jsonl", ExitsJson::breaker);
    }

    private final Positions positions = new Positions() {
        @Override
        public void save(Position position, Instant at) {
            List<Row> versions = rows().getOrDefault(position.id(), List.of());
            if (!versions.isEmpty() && at.isBefore(versions.get(versions.size() - 1).start())) {
                throw new IllegalArgumentException("at " + at + " is before the current version's start " + versions.get(versions.size() - 1).start());
            }
            ObjectNode line = ExitsJson.MAPPER.createObjectNode();
            line.put("row_start_ts", at.toString());
            line.set("position", ExitsJson.position(position));
            appendLine("positions.jsonl", line);
        }

        @Override
        public Optional<Position> current(String positionId) {
            List<Row> v = rows().get(positionId);
            return v == null ? Optional.empty() : Optional.of(v.get(v.size() - 1).position());
        }

        @Override
        public List<Position> open() {
            return all().stream().filter(Position::isOpen).toList();
        }

        @Override
        public List<Position> all() {
            List<Position> out = new ArrayList<>();
            rows().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.add(e.getValue().get(e.getValue().size() - 1).position()));
            return out;
        }

        @Override
        public List<PositionVersion> history(String positionId) {
            List<Row> v = rows().getOrDefault(positionId, List.of());
            List<PositionVersion> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                out.add(new PositionVersion(v.get(i).position(), v.get(i).start(),
                        i + 1 < v.size() ? Optional.of(v.get(i + 1).start()) : Optional.empty()));
            }
            return out;
        }

};

    private final ExitJournal journal = new ExitJournal() {
        // ---- ExitJournal

        @Override
        public void recordAttempt(ExitAttempt attempt) {
            appendLine("exit_attempts.jsonl", ExitsJson.attempt(attempt));
        }

        @Override
        public void recordExit(PositionExit exit) {
            for (PositionExit e : read("position_exits.jsonl", ExitsJson::exit)) {
                if (e.exitId().equals(exit.exitId())) throw new IllegalStateException("exit " + exit.exitId() + " already recorded");
            }
            appendLine("position_exits.jsonl", ExitsJson.exit(exit));
        }

        @Override
        public List<ExitAttempt> attempts(String positionId) {
            return read("exit_attempts.jsonl", ExitsJson::attempt).stream().filter(a -> a.positionId().equals(positionId)).toList();
        }

        @Override
        public List<PositionExit> exits(String positionId) {
            return read("position_exits.jsonl", ExitsJson::exit).stream().filter(e -> e.positionId().equals(positionId)).toList();
        }

        @Override
        public List<PositionExit> exitsSince(Instant since) {
            return read("position_exits.jsonl", ExitsJson::exit).stream().filter(e -> !e.at().isBefore(since)).toList();
        }

};

    private final BreakerEvents breakerEvents = new BreakerEvents() {
        // ---- BreakerEvents

        @Override
        public void append(BreakerEvent event) {
            for (BreakerEvent e : all_events()) {
                if (e.eventId().equals(event.eventId())) throw new IllegalStateException("breaker event " + event.eventId() + " already stored");
            }
            appendLine("circuit_breaker_events.jsonl", ExitsJson.breaker(event));
        }

        @Override
        public List<BreakerEvent> all() {
            return all_events();
        }

};

    private final CloseRequests closeRequests = new CloseRequests() {
        // ---- CloseRequests

        @Override
        public void request(CloseRequest request) {
            for (CloseRequest r : read("close_requests.jsonl", ExitsJson::closeRequest)) {
                if (r.requestId().equals(request.requestId())) throw new IllegalStateException("close request " + request.requestId() + " exists");
            }
            appendLine("close_requests.jsonl", ExitsJson.closeRequest(request));
        }

        @Override
        public List<CloseRequest> pending() {
            Set<String> handled = new HashSet<>(read("close_requests_handled.jsonl", n -> n.get("request_id").asText()));
            return read("close_requests.jsonl", ExitsJson::closeRequest).stream().filter(r -> !handled.contains(r.requestId())).toList();
        }

        @Override
        public void markHandled(String requestId, Instant at) {
            ObjectNode n = ExitsJson.MAPPER.createObjectNode();
            n.put("request_id", requestId);
            n.put("at", at.toString());
            appendLine("close_requests_handled.jsonl", n);
        }
};

    public Positions positions() {
        return positions;
    }

    public ExitJournal journal() {
        return journal;
    }

    public BreakerEvents breakerEvents() {
        return breakerEvents;
    }

    public CloseRequests closeRequests() {
        return closeRequests;
    }
}
