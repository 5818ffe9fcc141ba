package com.precog.application.service.games;

/** Receives progress of a long import ({@code done} of {@code total} items). */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
