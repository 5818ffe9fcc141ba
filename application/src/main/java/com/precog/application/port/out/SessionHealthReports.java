package com.precog.application.port.out;

/** Where a running session publishes its health snapshot (a file the {@code health} command reads, a table, a probe). */
@FunctionalInterface
public interface SessionHealthReports {
    void publish(SessionHealth health);
}
