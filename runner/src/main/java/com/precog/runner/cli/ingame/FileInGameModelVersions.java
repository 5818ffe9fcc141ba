package com.precog.runner.cli.ingame;

import com.precog.application.port.out.ingame.InGameModelVersions;
import com.precog.application.port.out.ingame.StoredInGameModel;
import com.precog.domain.model.ModelRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link InGameModelVersions} as files: {@code <dir>/<name>/v<major>.<minor>.model}, published with an
 * atomic hard link (never overwritten) and made read-only. First line {@code created_at: …}, a blank
 * line, then the config text.
 */
public final class FileInGameModelVersions implements InGameModelVersions {
    private final Path dir;

    public FileInGameModelVersions(Path dir) {
        this.dir = dir;
    }

    /** {@code $PRECOG_HOME/models} ({@code ~/.precog/models} when PRECOG_HOME is unset). */
    public static FileInGameModelVersions inPrecogHome() {
        String home = System.getenv("PRECOG_HOME");
        Path base = home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".precog") : Path.of(home);
        return new FileInGameModelVersions(base.resolve("models"));
    }

    @Override
    public synchronized StoredInGameModel create(String name, String config, Instant createdAt) {
        new ModelRef(name, 1, 0); // validates the name (no path characters)
        Path folder = dir.resolve(name);
        byte[] bytes = ("created_at: " + createdAt + "\n\n" + config).getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(folder);
            for (int attempt = 0; attempt < 100; attempt++) {
                ModelRef ref = InGameModelVersions.next(name, highest(folder, name));
                Path tmp = Files.createTempFile(folder, ".writing-", ".tmp");
                try {
                    Files.write(tmp, bytes);
                    Files.createLink(folder.resolve(ref.version() + ".model"), tmp); // atomic; fails if taken
                    tmp.toFile().setReadOnly(); // same inode as the published file
                    return new StoredInGameModel(ref, config, createdAt);
                } catch (FileAlreadyExistsException e) {
                    // another writer took this version: try the next one
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            throw new IllegalStateException("could not allocate a version of " + name + " in " + folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store model " + name + " under " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<StoredInGameModel> find(ModelRef ref) {
        Path f = dir.resolve(ref.name()).resolve(ref.version() + ".model");
        try {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            int blank = text.indexOf("\n\n");
            if (!text.startsWith("created_at: ") || blank < 0) throw new IllegalStateException(f + " is not a stored model version");
            Instant created = Instant.parse(text.substring("created_at: ".length(), blank));
            return Optional.of(new StoredInGameModel(ref, text.substring(blank + 2), created));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    private static Optional<ModelRef> highest(Path folder, String name) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("v[0-9]{1,6}\\.[0-9]{1,6}\\.model"))
                    .map(n -> ModelRef.of(name, n.substring(0, n.length() - ".model".length())))
                    .max(ModelRef::compareTo);
        }
    }
}
