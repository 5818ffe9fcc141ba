package com.precog.adapters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code precog db status} reports: where the database is, each migration with its state, and the
 * row counts of the main tables ({@code missingTables} lists those not created yet).
 */
public record DatabaseStatus(
        String database, int applied, int pending, List<Migration> migrations, Map<String, Long> rowCounts,
        List<String> missingTables) {

    public DatabaseStatus {
        migrations = List.copyOf(migrations);
        rowCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowCounts));
        missingTables = List.copyOf(missingTables);
    }

    /** One Flyway migration: version, description, state (Success, Pending, Failed, ...), when applied. */
    public record Migration(String version, String description, String state, Optional<Instant> installedOn) {}
}
