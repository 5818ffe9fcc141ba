package com.precog.runner.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.runner.PrecogHome;
import com.precog.runner.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precog health [--json]}: the running daemon's components, circuit breakers, data
 * freshness and API budget, read from the health file it republishes every 2 s. Exit 0 when a
 * daemon is running and no component is DOWN; 1 when none runs (no file, process gone, or the
 * file is older than 10 s) or something is DOWN. When none runs the status is DOWN, the snapshot's
 * own status is kept as {@code last_status}.
 */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = "Show the running daemon's health: components, breakers, data freshness, API budget. Exit 1 when no daemon runs or a component is DOWN.")
public final class HealthCommand implements Callable<Integer> {
    /** A snapshot older than this (or than 5 of the daemon's publish intervals, when longer) is a daemon not reporting. */
    static final Duration STALE_AFTER = Duration.ofSeconds(10);
    static final int STALE_INTERVALS = 5;

    /** How old a snapshot may be while its daemon still counts as running: 10 s, or 5 publish intervals when longer. */
    static long staleAfterMillis(long intervalMillis) {
        return Math.max(STALE_AFTER.toMillis(), STALE_INTERVALS * Math.max(0, intervalMillis));
    }

    @Spec
    CommandSpec spec;
    @Option(names = "--json", description = "Print the health as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file = HealthFile.defaultPath(PrecogHome.path());
        if (!Files.exists(file)) {
            if (json) out.println("{\"running\":false,\"status\":\"DOWN\",\"detail\":\"no daemon has run under " + PrecogHome.path() + "\"}");
            else err.println("precog: no daemon has run under " + PrecogHome.path() + " (no " + file + "); start one with ./precog run --mode paper");
            return ExitCodes.RUNTIME_FAILURE;
        }
        ObjectNode h;
        try {
            h = (ObjectNode) HealthFile.MAPPER.readTree(Files.readString(file));
        } catch (IOException | ClassCastException e) {
            err.println("precog: cannot read " + file + ": " + e.getMessage());
            return ExitCodes.RUNTIME_FAILURE;
        }
        Instant at;
        try {
            at = Instant.parse(h.path("at").asText());
        } catch (java.time.format.DateTimeParseException e) {
            err.println("precog: cannot read " + file + ": no snapshot time (\"at\")");
            return ExitCodes.RUNTIME_FAILURE;
        }
        long age = Duration.between(at, Instant.now()).toMillis();
        long pid = h.path("pid").asLong(-1);
        boolean alive = pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        String state = h.path("state").asText();
        long staleAfter = staleAfterMillis(h.path("interval_ms").asLong(0));
        boolean running = alive && age <= staleAfter && !state.equals("STOPPED");
        h.put("running", running);
        h.put("pid_alive", alive); // alive but not running: the process is there, its session has not reported for staleAfter (busy or stuck)
        h.put("age_ms", age);
        // a snapshot left by a daemon that is gone (kill -9, crash) says UP to the end: nothing runs, so it is DOWN
        String lastStatus = h.path("status").asText();
        if (!running) {
            h.put("status", "DOWN");
            h.put("last_status", lastStatus);
        }
        boolean down = h.path("status").asText().equals("DOWN");
        if (json) {
            out.println(h.toString());
        } else {
            boolean silent = !running && alive && !state.equals("STOPPED");
            out.printf("daemon:       %s (%s, pid %d, state %s, snapshot %d ms old)%n",
                    running ? "running" : silent ? "NOT RESPONDING (its process is alive but has not reported for over "
                            + staleAfter / 1000 + " s: busy or stuck)" : "NOT RUNNING",
                    h.path("environment").asText(), pid, state, age);
            out.printf("status:       %s%s%n", h.path("status").asText(), running ? "" : " (last snapshot: " + lastStatus + ")");
            for (JsonNode c : h.path("components")) {
                out.printf("  %-14s %-9s %s%n", c.path("name").asText(), c.path("status").asText(), c.path("detail").asText());
            }
            JsonNode br = h.path("breakers");
            out.printf("breakers:     %s%n", br.isEmpty() ? "none active" : br.size() + " active");
            for (JsonNode b : br) out.printf("  %-14s %-12s %s (since %s)%n", b.path("kind").asText(), b.path("scope").asText(), b.path("reason").asText(), b.path("since").asText());
            JsonNode f = h.path("data_freshness");
            out.printf("data:         last book update %s, last game update %s%n", f.path("last_book_update").asText("never"),
                    f.path("last_game_update").asText("never"));
            out.printf("api budget:   %d of %d per minute left%n", h.path("api_budget").path("available").asLong(), h.path("api_budget").path("per_minute").asLong());
            out.printf("markets:      %d tracked, %d live books; positions open %d; resting entries %d%n", h.path("markets_tracked").asInt(),
                    h.path("books_live").asInt(), h.path("open_positions").asInt(), h.path("resting_entries").asInt());
            out.printf("orders:       %d placed, %d fills recorded since start%n", h.path("orders_placed").asLong(), h.path("fills_recorded").asLong());
            out.printf("reconciled:   %s%n", h.path("reconciliation").asText());
            JsonNode m = h.path("in_game_model");
            if (!m.isMissingNode()) {
                StringBuilder fb = new StringBuilder();
                m.path("fallbacks").fields().forEachRemaining(e -> {
                    if (e.getValue().asLong() > 0) fb.append(fb.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue().asLong());
                });
                out.printf("in-game:      %s, %d predictions, %d feature fallbacks%s%s%n", m.path("in_use").asText(), m.path("predictions").asLong(),
                        m.path("fallbacks_total").asLong(), fb.length() == 0 ? "" : " (" + fb + ")",
                        m.has("pregame_margin") ? "; pre-game margin from the market " + m.at("/pregame_margin/market").asLong() + ", from Elo "
                                + m.at("/pregame_margin/elo").asLong() : "");
            }
        }
        return running && !down ? ExitCodes.OK : ExitCodes.RUNTIME_FAILURE;
    }
}
