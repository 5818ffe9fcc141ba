package com.precog.runner.cli.ingame;

import com.precog.application.port.out.ingame.InGameModelVersions;
import com.precog.application.port.out.ingame.StoredInGameModel;
import com.precog.application.port.out.models.ModelVersions;
import com.precog.application.service.ingame.ModelVersionsInGameModels;
import com.precog.application.service.ingame.RecordInGameEvaluation;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelType;
import com.precog.runner.PrecogHome;
import com.precog.runner.cli.model.ModelStores;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The in-game commands' view of the shared model store ({@link ModelStores}: PostgreSQL, the database of
 * {@code precog db} and {@code precog model}), and the game dates an evaluation run records.
 */
final class InGameStores {
    private InGameStores() {}

    /**
     * One command's use of the shared store, opened on first use and released by {@link #close()}: in-game
     * versions kept as {@code in_game_logistic} model versions, evaluations recorded as evaluation runs
     * (ids {@code ingame-<uuid>}).
     */
    static final class Shared implements AutoCloseable {
        private Consumer<String> notices = line -> {};
        private ModelStores stores;

        /** Starts one use (a command's call): notices of the store (an import of the old file store) go to {@code err}. */
        synchronized void begin(PrintWriter err) {
            this.closed = false;
            this.notices = line -> {
                err.println("precog: " + line);
                err.flush();
            };
        }

        private boolean closed;

        private synchronized ModelStores stores() {
            if (closed) throw new IllegalStateException("the model store of this command is closed");
            if (stores == null) stores = ModelStores.open(PrecogHome.path(), Clock.systemUTC(), notices);
            return stores;
        }

        InGameModelVersions versions() {
            return new TypedVersions(stores().versions());
        }

        /** The configuration in force: the YAML files of {@code configDir} with the store's database overrides on top. */
        com.precog.application.config.EffectiveConfig config(Path configDir) {
            return stores().config(configDir);
        }

        RecordInGameEvaluation recorder() {
            ModelStores s = stores();
            return new RecordInGameEvaluation(s.versions(), s.runs(), Clock.systemUTC(), () -> "ingame-" + UUID.randomUUID());
        }

        @Override
        public synchronized void close() {
            closed = true;
            if (stores != null) {
                stores.close();
                stores = null;
            }
        }
    }

    /**
     * The in-game versions of the shared model store ({@link ModelVersionsInGameModels}, type
     * {@code in_game_logistic}), which also holds models of other types (Elo, …) under their own names: a name
     * or version that belongs to a model of another type is refused (bad input, naming that type) instead of
     * getting an in-game version under it, or being reported as not stored.
     */
    static final class TypedVersions implements InGameModelVersions {
        private final ModelVersions all;
        private final ModelVersionsInGameModels inGame;

        TypedVersions(ModelVersions all) {
            this.all = java.util.Objects.requireNonNull(all, "all");
            this.inGame = new ModelVersionsInGameModels(all, ModelType.IN_GAME_LOGISTIC);
        }

        /** @throws IllegalArgumentException if {@code name} belongs to a model of another type */
        void requireInGameName(String name) {
            all.list().stream().filter(v -> v.ref().name().equals(name) && v.type() != ModelType.IN_GAME_LOGISTIC).findFirst()
                    .ifPresent(v -> {
                        throw new IllegalArgumentException("the name " + name + " belongs to a model of type " + v.type().key() + " (" + v.ref()
                                + "); in-game models are of type " + ModelType.IN_GAME_LOGISTIC.key() + ": choose another --name");
                    });
        }

        @Override
        public StoredInGameModel create(String name, String config, java.time.Instant createdAt) {
            requireInGameName(name);
            return inGame.create(name, config, createdAt);
        }

        /** @throws IllegalArgumentException if {@code ref} is stored as a model of another type */
        @Override
        public java.util.Optional<StoredInGameModel> find(ModelRef ref) {
            java.util.Optional<StoredInGameModel> found = inGame.find(ref);
            if (found.isEmpty()) {
                all.find(ref).filter(v -> v.type() != ModelType.IN_GAME_LOGISTIC).ifPresent(v -> {
                    throw new IllegalArgumentException("model " + ref + " is a model of type " + v.type().key() + ", not an in-game model (type "
                            + ModelType.IN_GAME_LOGISTIC.key() + ")");
                });
            }
            return found;
        }
    }

    /** {@code versions}, after refusing a {@code name} that belongs to a model of another type in the shared store. */
    static InGameModelVersions requireInGameName(InGameModelVersions versions, String name) {
        if (versions instanceof TypedVersions typed) typed.requireInGameName(name);
        return versions;
    }

    /**
     * Runs {@code work} on a new daemon thread: the commands open the database (an embedded PostgreSQL
     * starts in a second or two) while they read the play-by-play files.
     */
    static <T> CompletableFuture<T> inBackground(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.start();
        });
    }

    /** The value of {@code f}, or its failure as thrown by the work itself. */
    static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /**
     * Game dates (game id → date) from the {@code nfl_games_*.csv} files (columns {@code game_id} and
     * {@code game_date}) in the folders of {@code paths} (a folder given, or the folder of a file given).
     * None found: an empty map (the run then approximates dates from season and week, and says so).
     */
    static Map<String, LocalDate> gameDates(List<Path> paths, PrintWriter err) throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath();
            folders.add(Files.isDirectory(abs) ? abs : abs.getParent());
        }
        Map<String, LocalDate> out = new HashMap<>();
        for (Path dir : folders) {
            if (dir == null || !Files.isDirectory(dir)) continue;
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(f -> {
                    String n = f.getFileName().toString();
                    return n.startsWith("nfl_games_") && n.endsWith(".csv") && Files.isRegularFile(f);
                }).sorted().toList();
            }
            for (Path f : files) readDates(f, out, err);
        }
        return out;
    }

    private static void readDates(Path file, Map<String, LocalDate> out, PrintWriter err) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null) return;
            List<String> cols = List.of(header.strip().split(","));
            int id = cols.indexOf("game_id");
            int date = cols.indexOf("game_date");
            if (id < 0 || date < 0) {
                err.println("precog: " + file + " has no game_id/game_date columns; ignored");
                return;
            }
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",", -1);
                if (f.length <= Math.max(id, date)) continue;
                try {
                    out.put(f[id], LocalDate.parse(f[date]));
                } catch (DateTimeParseException e) {
                    // a row without a usable date: that game's date is approximated
                }
            }
        }
    }
}
