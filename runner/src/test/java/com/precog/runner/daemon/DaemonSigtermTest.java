package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.adapters.persistence.Database;
import com.precog.adapters.persistence.DatabaseSettings;
import com.precog.adapters.persistence.PersistenceAdapters;
import com.precog.domain.order.ExecutionEnvironment;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to a real {@code precog run --mode paper} process on the embedded database: the graceful stop
 * still has its database. Before, the embedded PostgreSQL's own shutdown hook stopped the server while the
 * session's stop ran in another hook, so every step of the stop waited for a connection (10 s each), the
 * position marks were never written and the process took 40 s to exit.
 */
class DaemonSigtermTest {
    @Test
    void theGracefulStopOnSigtermWritesToTheDatabaseAndEndsPromptly(@TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 3, 0)) {
            DaemonProcessTest.Child child = DaemonProcessTest.start(f, "300s");
            child.awaitReady(90);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (DaemonProcessTest.health(f).path("open_positions").asLong() < 1 && System.nanoTime() < deadline) Thread.sleep(100);
            assertThat(DaemonProcessTest.health(f).path("open_positions").asLong()).as("the daemon holds a position").isPositive();

            long t0 = System.nanoTime();
            child.process.toHandle().destroy(); // SIGTERM (Process.destroy would also close the pipe we read the stop's log from)
            assertThat(child.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            long stopSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
            long drained = System.nanoTime() + TimeUnit.SECONDS.toNanos(5); // the reader thread reaches the end of the output
            while (child.lines.stream().noneMatch(l -> l.contains("precog: session stopped")) && System.nanoTime() < drained) Thread.sleep(50);
            String output = String.join("\n", child.lines);
            assertThat(child.process.exitValue()).as(output).isEqualTo(143);
            assertThat(output).as("every step of the stop reached the database").doesNotContain("Error getting connection")
                    .doesNotContain("session step").contains("paper session stopped");
            assertThat(stopSeconds).as("the stop waits for no dead connection").isLessThan(15);
            assertThat(DaemonProcessTest.health(f).path("state").asText()).isEqualTo("STOPPED");

            // the stop's last writes are there: the open positions as the session held them
            try (Database db = Database.open(DatabaseSettings.embedded(f.home.resolve("db"), 0, 2))) {
                assertThat(new PersistenceAdapters(db, Clock.systemUTC()).positions(ExecutionEnvironment.PAPER).open()).isNotEmpty();
            }
        }
    }
}
