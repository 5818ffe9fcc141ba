package com.precog.runner.daemon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.application.port.out.SessionHealth;
import com.precog.application.port.out.SessionHealthReports;
import com.precog.application.service.session.ActiveInGameModel;
import com.precog.application.service.session.LinkedGames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The running daemon's health as a JSON file ({@code $PRECOG_HOME/run/health.json}), replaced
 * atomically on every publish, with the daemon's pid; {@code precog health} reads it.
 */
public final class HealthFile implements SessionHealthReports {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private final Path file;
    private final Supplier<Optional<LinkedGames.ModelHealth>> model;
    private final Supplier<List<SessionHealth.Component>> extra;
    private final long intervalMillis;

    public HealthFile(Path file) {
        this(file, Optional::empty);
    }

    /**
     * @param file  where the snapshot goes
     * @param model the live in-game model's health (which version prices in play, feature fallbacks),
     *              published as component {@code in_game_model} and object {@code in_game_model}
     */
    public HealthFile(Path file, Supplier<Optional<LinkedGames.ModelHealth>> model) {
        this(file, model, List::of);
    }

    /**
     * @param extra more components of the daemon (e.g. {@code exchange}: whether Kalshi is trading), added to each snapshot
     */
    public HealthFile(Path file, Supplier<Optional<LinkedGames.ModelHealth>> model, Supplier<List<SessionHealth.Component>> extra) {
        this(file, model, extra, java.time.Duration.ofSeconds(2));
    }

    /**
     * @param interval how often the session publishes (system.yaml {@code health.check_interval}): written as
     *                 {@code interval_ms}, so {@code precog health} judges the snapshot's age against it
     */
    public HealthFile(Path file, Supplier<Optional<LinkedGames.ModelHealth>> model, Supplier<List<SessionHealth.Component>> extra,
                      java.time.Duration interval) {
        this.file = file;
        this.model = model;
        this.extra = extra;
        this.intervalMillis = interval.toMillis();
    }

    public static Path defaultPath(Path home) {
        return home.resolve("run").resolve("health.json");
    }

    public Path path() {
        return file;
    }

    @Override
    public void publish(SessionHealth h) {
        Optional<LinkedGames.ModelHealth> m = model.get();
        SessionHealth withExtra = withComponents(h, extra.get());
        ObjectNode n = toJson(m.isPresent() ? withModelComponent(withExtra, m.get()) : withExtra);
        m.ifPresent(mh -> modelJson(n.putObject("in_game_model"), mh));
        n.put("pid", ProcessHandle.current().pid());
        n.put("interval_ms", intervalMillis);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The snapshot with component {@code in_game_model}: UP, or DEGRADED when an active version cannot be used. */
    static SessionHealth withModelComponent(SessionHealth h, LinkedGames.ModelHealth m) {
        String detail = m.inUse() + (m.inUse().equals(ActiveInGameModel.NORMAL_BASELINE) ? " (no active in_game_logistic version)" : "")
                + ", " + m.predictions() + " predictions, " + m.fallbacksTotal() + " feature fallbacks, pre-game margin from the market "
                + m.marginFromMarket() + " / Elo " + m.marginFromElo() + (m.problem().isEmpty() ? "" : "; " + m.problem());
        return withComponents(h, List.of(new SessionHealth.Component("in_game_model",
                m.problem().isEmpty() ? SessionHealth.Component.UP : SessionHealth.Component.DEGRADED, detail)));
    }

    /** The snapshot with {@code more} components after its own. */
    static SessionHealth withComponents(SessionHealth h, List<SessionHealth.Component> more) {
        if (more.isEmpty()) return h;
        List<SessionHealth.Component> components = new ArrayList<>(h.components());
        components.addAll(more);
        return new SessionHealth(h.at(), h.environment(), h.state(), h.startedAt(), components, h.breakers(), h.marketsTracked(), h.booksLive(),
                h.openPositions(), h.restingEntries(), h.lastBookUpdate(), h.lastGameUpdate(), h.apiBudgetAvailable(), h.apiBudgetPerMinute(),
                h.ordersPlaced(), h.fillsRecorded(), h.reconciliation());
    }

    /** {@code in_game_model}: {@code in_use}, {@code problem}, {@code predictions}, {@code baseline_predictions}, {@code fallbacks} by name, {@code fallbacks_total},
     *  {@code pregame_margin} ({@code market}, {@code elo}: in-play predictions by the source of their pre-game expected margin). */
    static void modelJson(ObjectNode o, LinkedGames.ModelHealth m) {
        o.put("in_use", m.inUse());
        o.put("problem", m.problem());
        o.put("predictions", m.predictions());
        o.put("baseline_predictions", m.baseline());
        ObjectNode f = o.putObject("fallbacks");
        m.fallbacks().forEach((k, v) -> f.put(k.name().toLowerCase(Locale.ROOT), v));
        o.put("fallbacks_total", m.fallbacksTotal());
        ObjectNode margin = o.putObject("pregame_margin");
        margin.put("market", m.marginFromMarket());
        margin.put("elo", m.marginFromElo());
    }

    static ObjectNode toJson(SessionHealth h) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("status", h.status());
        n.put("state", h.state());
        n.put("environment", h.environment());
        n.put("at", h.at().toString());
        n.put("started_at", h.startedAt().toString());
        ArrayNode comps = n.putArray("components");
        for (SessionHealth.Component c : h.components()) {
            comps.addObject().put("name", c.name()).put("status", c.status()).put("detail", c.detail());
        }
        ArrayNode br = n.putArray("breakers");
        for (SessionHealth.ActiveBreaker b : h.breakers()) {
            br.addObject().put("kind", b.kind()).put("scope", b.scope()).put("reason", b.reason()).put("since", b.since().toString());
        }
        ObjectNode data = n.putObject("data_freshness");
        data.put("last_book_update", h.lastBookUpdate().map(Object::toString).orElse(null));
        data.put("last_game_update", h.lastGameUpdate().map(Object::toString).orElse(null));
        data.put("book_age_ms", h.bookAge().map(d -> d.toMillis()).orElse(null));
        ObjectNode api = n.putObject("api_budget");
        api.put("available", h.apiBudgetAvailable());
        api.put("per_minute", h.apiBudgetPerMinute());
        n.put("markets_tracked", h.marketsTracked());
        n.put("books_live", h.booksLive());
        n.put("open_positions", h.openPositions());
        n.put("resting_entries", h.restingEntries());
        n.put("orders_placed", h.ordersPlaced());
        n.put("fills_recorded", h.fillsRecorded());
        n.put("reconciliation", h.reconciliation());
        return n;
    }
}
