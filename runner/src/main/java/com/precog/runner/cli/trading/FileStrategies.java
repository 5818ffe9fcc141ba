package com.precog.runner.cli.trading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.precog.application.port.out.Strategies;
import com.precog.domain.strategy.StrategyKey;
import com.precog.domain.strategy.StrategyStatus;
import com.precog.domain.strategy.StrategyVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link Strategies} in one JSON file (an array of versions), rewritten atomically on every
 * change. The CLI's store until the PostgreSQL adapter is wired; one process at a time.
 */
public final class FileStrategies implements Strategies {
    private final Path file;

    public FileStrategies(Path file) {
        this.file = file;
    }

    private TreeMap<StrategyKey, StrategyVersion> load() {
        TreeMap<StrategyKey, StrategyVersion> out = new TreeMap<>();
        if (!Files.exists(file)) return out;
        try {
            for (JsonNode n : TradingJson.MAPPER.readTree(file.toFile())) {
                StrategyVersion v = TradingJson.strategy(n);
                out.put(v.key(), v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    private void save(TreeMap<StrategyKey, StrategyVersion> all) {
        ArrayNode arr = TradingJson.MAPPER.createArrayNode();
        all.values().forEach(v -> arr.add(TradingJson.strategy(v)));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "strategies", ".tmp");
            TradingJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), arr);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public synchronized StrategyVersion create(StrategyVersion version) {
        TreeMap<StrategyKey, StrategyVersion> all = load();
        StrategyVersion existing = all.get(version.key());
        if (existing != null) {
            if (existing.sameDefinitionAs(version)) return existing;
            throw new IllegalStateException("strategy " + version.key() + " exists with another definition: versions are immutable, create a new version");
        }
        all.put(version.key(), version);
        save(all);
        return version;
    }

    @Override
    public synchronized Optional<StrategyVersion> find(StrategyKey key) {
        return Optional.ofNullable(load().get(key));
    }

    @Override
    public synchronized List<StrategyVersion> list() {
        return List.copyOf(load().values());
    }

    @Override
    public synchronized StrategyVersion changeStatus(StrategyKey key, StrategyStatus next, Instant at) {
        TreeMap<StrategyKey, StrategyVersion> all = load();
        StrategyVersion v = all.get(key);
        if (v == null) throw new NoSuchElementException("no strategy " + key);
        StrategyVersion moved = v.moveTo(next, at);
        all.put(key, moved);
        save(all);
        return moved;
    }
}
