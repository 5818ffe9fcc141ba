package com.precog.runner.cli.positions;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code list} output of {@code positions} and {@code circuit-breaker}: one JSON object per line with
 * {@code --json}; otherwise a sentence when there is nothing to list, else an optional header and one line each.
 */
public final class ListOutput {
    private ListOutput() {}

    public static <T> void print(PrintWriter out, boolean json, List<T> items, Function<? super T, ?> toJson, String whenEmpty,
            String header, Function<? super T, String> line) {
        if (json) {
            for (T item : items) out.println(toJson.apply(item).toString());
        } else if (items.isEmpty()) {
            out.println(whenEmpty);
        } else {
            if (header != null) out.println(header);
            for (T item : items) out.println(line.apply(item));
        }
        out.flush();
    }
}
