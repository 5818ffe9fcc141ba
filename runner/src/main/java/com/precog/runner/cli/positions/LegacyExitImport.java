package com.precog.runner.cli.positions;

import com.fasterxml.jackson.databind.JsonNode;
import com.precog.adapters.persistence.PersistenceAdapters;
import com.precog.application.port.out.BreakerEvents;
import com.precog.application.port.out.CloseRequests;
import com.precog.application.port.out.ExitJournal;
import com.precog.application.port.out.Positions;
import com.precog.domain.execution.ExitAttempt;
import com.precog.domain.exit.PositionExit;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.position.Position;
import com.precog.domain.risk.BreakerEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the exit store the daemon and the CLI kept before PostgreSQL — append-only JSON-lines
 * files under {@code $PRECOG_HOME/exits} — into the database, once: afterwards the directory is
 * renamed {@code exits.imported} (kept, never deleted). Idempotent, so a crash in the middle or a
 * failed rename only means the next start imports what is still missing:
 * <ul>
 *   <li>positions: the file's versions of a position beyond the ones PostgreSQL already holds, in
 *       order, with their original start times (SCD2: each closes the previous one);</li>
 *   <li>exits by exit id; exit attempts by (position, client order id, attempt number, outcome),
 *       stamped with their position's environment;</li>
 *   <li>breaker events: the files had no environment and every daemon obeyed them, so each event
 *       is imported into paper, demo and live (ids {@code <id>@paper} …): a trip still halts
 *       whatever mode runs next, a resolve still resolves it;</li>
 *   <li>close requests and their handling by request id.</li>
 * </ul>
 */
public final class LegacyExitImport {
    private static final Logger log = LoggerFactory.getLogger(LegacyExitImport.class);
    /** The environments a file-store breaker event applied to. */
    static final List<ExecutionEnvironment> BREAKER_ENVIRONMENTS = List.of(ExecutionEnvironment.PAPER, ExecutionEnvironment.DEMO,
            ExecutionEnvironment.LIVE);

    private LegacyExitImport() {}

    /** What one import wrote (records already in PostgreSQL are not counted). */
    public record Summary(int positionVersions, int attempts, int exits, int breakerEvents, int closeRequests) {
        public int total() {
            return positionVersions + attempts + exits + breakerEvents + closeRequests;
        }
    }

    /** The legacy store directory of {@code home}. */
    public static Path directory(Path home) {
        return home.resolve("exits");
    }

    /**
     * Imports {@code home/exits} if it exists, then renames it {@code exits.imported}. Returns what
     * was written, or empty when there was nothing to import.
     */
    public static synchronized Optional<Summary> importOnce(Path home, PersistenceAdapters adapters) {
        Path dir = directory(home);
        if (!Files.isDirectory(dir)) return Optional.empty();
        Summary s = importFrom(dir, adapters);
        Path target = home.resolve("exits.imported");
        try {
            if (Files.exists(target)) target = home.resolve("exits.imported-" + Instant.now().toEpochMilli());
            Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("imported {} but cannot rename it to {}: {} (the next start imports nothing new)", dir, target, e.getMessage());
        }
        log.info("imported the file exit store {} into PostgreSQL: {} position versions, {} exit attempts, {} exits, {} breaker events, "
                + "{} close requests; kept as {}", dir, s.positionVersions(), s.attempts(), s.exits(), s.breakerEvents(), s.closeRequests(), target);
        return Optional.of(s);
    }

    /** Imports the files of {@code dir} (left in place). */
    static Summary importFrom(Path dir, PersistenceAdapters adapters) {
        // positions, in file order per id
        Map<String, List<JsonNode>> versions = new LinkedHashMap<>();
        for (JsonNode n : read(dir, "positions.jsonl", Function.identity())) {
            versions.computeIfAbsent(n.get("position").get("position_id").asText(), k -> new ArrayList<>()).add(n);
        }
        Positions positions = adapters.positions();
        Map<String, ExecutionEnvironment> environmentOf = new HashMap<>();
        int positionVersions = 0;
        for (Map.Entry<String, List<JsonNode>> e : versions.entrySet()) {
            int stored = positions.history(e.getKey()).size();
            List<JsonNode> file = e.getValue();
            for (int i = 0; i < file.size(); i++) {
                Position p = ExitsJson.position(file.get(i).get("position"));
                environmentOf.put(p.id(), p.environment());
                if (i < stored) continue;
                positions.save(p, Instant.parse(file.get(i).get("row_start_ts").asText()));
                positionVersions++;
            }
        }
        // exits and attempts, per environment
        Map<ExecutionEnvironment, ExitJournal> journals = new EnumMap<>(ExecutionEnvironment.class);
        Function<ExecutionEnvironment, ExitJournal> journal = env -> journals.computeIfAbsent(env, adapters::exitJournal);
        int exits = 0;
        for (PositionExit x : read(dir, "position_exits.jsonl", ExitsJson::exit)) {
            ExitJournal j = journal.apply(x.environment());
            if (j.exits(x.positionId()).stream().anyMatch(y -> y.exitId().equals(x.exitId()))) continue;
            j.recordExit(x);
            exits++;
        }
        int attempts = 0;
        for (ExitAttempt a : read(dir, "exit_attempts.jsonl", ExitsJson::attempt)) {
            ExitJournal j = journal.apply(environmentOf.getOrDefault(a.positionId(), ExecutionEnvironment.PAPER));
            boolean known = j.attempts(a.positionId()).stream().anyMatch(b -> b.clientOrderId().equals(a.clientOrderId())
                    && b.attemptNumber() == a.attemptNumber() && b.outcome() == a.outcome());
            if (known) continue;
            j.recordAttempt(a);
            attempts++;
        }
        // breaker events: into every trading environment
        int breakers = 0;
        List<BreakerEvent> events = read(dir, "circuit_breaker_events.jsonl", ExitsJson::breaker);
        for (ExecutionEnvironment env : BREAKER_ENVIRONMENTS) {
            BreakerEvents store = adapters.breakerEvents(env);
            java.util.Set<String> have = new java.util.HashSet<>();
            for (BreakerEvent b : store.all()) have.add(b.eventId());
            for (BreakerEvent b : events) {
                String id = b.eventId() + "@" + env.wireName();
                if (have.contains(id)) continue;
                store.append(new BreakerEvent(id, b.kind(), b.scope(), b.type(), b.flatten(), b.reason(), b.actor(), b.at()));
                breakers++;
            }
        }
        // close requests (the adapter ignores a request id it already has) and their handling
        CloseRequests requests = adapters.closeRequests();
        int pendingBefore = requests.pending().size();
        for (CloseRequests.CloseRequest r : read(dir, "close_requests.jsonl", ExitsJson::closeRequest)) requests.request(r);
        int closeRequests = requests.pending().size() - pendingBefore; // a new request is pending until its handling is imported
        for (JsonNode h : read(dir, "close_requests_handled.jsonl", Function.identity())) {
            requests.markHandled(h.get("request_id").asText(), Instant.parse(h.get("at").asText()));
        }
        return new Summary(positionVersions, attempts, exits, breakers, closeRequests);
    }

    private static <T> List<T> read(Path dir, String file, Function<JsonNode, T> parse) {
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
}
