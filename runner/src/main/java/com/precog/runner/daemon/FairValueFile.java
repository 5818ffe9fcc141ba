package com.precog.runner.daemon;

import com.precog.application.port.out.ProbabilityEstimate;
import com.precog.application.port.out.ProbabilitySource;
import com.precog.application.service.session.LiveMarkets;
import com.precog.domain.money.Probability;
import com.precog.domain.strategy.EntryContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Operator fair values ({@code run --fair-values FILE}): a CSV of
 * {@code market_ticker,yes_probability,confidence,game_start} for markets no model covers
 * (or to trade a view by hand on demo). Probabilities and confidence are exact decimals in
 * [0, 1]; {@code game_start} is an ISO instant that places the market's game before kick-off
 * for the strategy windows. Estimates carry the model version {@code operator_fair_value}.
 */
public final class FairValueFile implements ProbabilitySource, LiveMarkets.Situations {
    /** One row. */
    public record Row(String ticker, Probability yes, Probability confidence, Instant gameStart) { }

    private final Map<String, Row> byTicker;
    private final Map<String, Row> byEvent;
    private final Instant loadedAt;

    private FairValueFile(Map<String, Row> rows, Instant loadedAt) {
        this.byTicker = rows;
        this.byEvent = new HashMap<>();
        for (Row r : rows.values()) byEvent.put(eventOf(r.ticker()), r);
        this.loadedAt = loadedAt;
    }

    /** Reads the file; every bad line is reported with its number. */
    public static FairValueFile read(Path file, Instant now) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read fair values file " + file + ": " + e.getMessage(), e);
        }
        Map<String, Row> rows = new HashMap<>();
        StringBuilder problems = new StringBuilder();
        int n = 0;
        for (String line : lines) {
            n++;
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#") || (n == 1 && t.startsWith("market_ticker"))) continue;
            String[] f = t.split(",", -1);
            try {
                if (f.length != 4) throw new IllegalArgumentException("expected 4 fields (market_ticker,yes_probability,confidence,game_start), got " + f.length);
                Row r = new Row(f[0].trim(), Probability.parse(f[1].trim()), Probability.parse(f[2].trim()), Instant.parse(f[3].trim()));
                if (r.ticker().isEmpty()) throw new IllegalArgumentException("market_ticker is empty");
                rows.put(r.ticker(), r);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.append("\n  ").append(file).append(" line ").append(n).append(": ").append(e.getMessage());
            }
        }
        if (problems.length() > 0) throw new IllegalArgumentException("fair values file has bad lines:" + problems);
        return new FairValueFile(rows, now);
    }

    public int size() {
        return byTicker.size();
    }

    private static String eventOf(String ticker) {
        int dash = ticker.lastIndexOf('-');
        return dash > 0 ? ticker.substring(0, dash) : ticker;
    }

    @Override
    public Optional<ProbabilityEstimate> estimate(String marketTicker) {
        Row r = byTicker.get(marketTicker);
        if (r == null) return Optional.empty();
        return Optional.of(ProbabilityEstimate.point(r.yes(), r.confidence(), "operator_fair_value", loadedAt));
    }

    @Override
    public Optional<EntryContext> situation(String gameId, String league, Instant now) {
        Row r = byEvent.get(gameId);
        if (r == null) return Optional.empty();
        long toStart = Duration.between(now, r.gameStart()).toSeconds();
        if (toStart < 0) return Optional.empty(); // started: the file says nothing about the game in play
        return Optional.of(EntryContext.pregame(league, toStart));
    }
}
