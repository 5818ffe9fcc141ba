package com.precog.runner.cli.trading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** An append-only file of one JSON object per line. */
final class JsonLines {
    private final Path file;

    JsonLines(Path file) {
        this.file = file;
    }

    synchronized void append(ObjectNode row) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, TradingJson.MAPPER.writeValueAsString(row) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    synchronized <T> List<T> readAll(Function<JsonNode, T> parse) {
        List<T> out = new ArrayList<>();
        if (!Files.exists(file)) return out;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) out.add(parse.apply(TradingJson.MAPPER.readTree(line)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }
}
