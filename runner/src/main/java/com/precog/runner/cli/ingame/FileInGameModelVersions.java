package com.precog.runner.cli.ingame;

import com.precog.application.port.out.ingame.InGameModelVersions;
import com.precog.application.port.out.ingame.ModelName;
import com.precog.application.port.out.ingame.StoredInGameModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link InGameModelVersions} as files: {@code <dir>/<name>/<version>.model}, written once with
 * {@code CREATE_NEW} (never overwritten) and read-only afterwards. First lines {@code type: …} and
 * {@code created_at: …}, a blank line, then the config text.
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
    public synchronized StoredInGameModel create(String name, String type, String config, Instant createdAt) {
        ModelName.check(name);
        if (type.contains("\n")) throw new IllegalArgumentException("type must be one line, was '" + type + "'");
        Path folder = dir.resolve(name);
        try {
            Files.createDirectories(folder);
            for (int attempt = 0; attempt < 100; attempt++) {
                int version = highest(folder) + 1;
                StoredInGameModel s = new StoredInGameModel(name, version, type, config, createdAt);
                byte[] bytes = ("type: " + type + "\ncreated_at: " + createdAt + "\n\n" + config).getBytes(StandardCharsets.UTF_8);
                Path tmp = Files.createTempFile(folder, ".writing-", ".tmp");
                Files.write(tmp, bytes);
                try {
                    Files.createLink(folder.resolve(version + ".model"), tmp); // atomic, fails if the version exists
                    tmp.toFile().setReadOnly();
                    return s;
                } catch (FileAlreadyExistsException e) {
                    // another writer took this version: try the next
                } catch (UnsupportedOperationException | IOException e) {
                    Files.write(folder.resolve(version + ".model"), bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    return s;
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
    public Optional<StoredInGameModel> find(String name, int version) {
        ModelName.check(name);
        Path f = dir.resolve(name).resolve(version + ".model");
        try {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            int blank = text.indexOf("\n\n");
            if (!text.startsWith("type: ") || blank < 0) throw new IllegalStateException(f + " is not a stored model version");
            String[] head = text.substring(0, blank).split("\n");
            String type = head[0].substring("type: ".length());
            Instant created = Instant.parse(head[1].substring("created_at: ".length()));
            return Optional.of(new StoredInGameModel(name, version, type, text.substring(blank + 2), created));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    private static int highest(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("[0-9]{1,9}\\.model"))
                    .mapToInt(n -> Integer.parseInt(n.substring(0, n.length() - ".model".length())))
                    .max().orElse(0);
        }
    }
}
