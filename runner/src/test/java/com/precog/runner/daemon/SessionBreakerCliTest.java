package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.adapters.persistence.Database;
import com.precog.adapters.persistence.DatabaseSettings;
import com.precog.adapters.persistence.PersistenceAdapters;
import com.precog.application.service.risk.CircuitBreakerService;
import com.precog.application.service.session.LifecyclePoints;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.risk.BreakerEvent;
import com.precog.runner.cli.CliDatabase;
import com.precog.runner.cli.PrecogCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code precog circuit-breaker trip|resolve --env ENV} reaches a running daemon of that environment
 * through PostgreSQL within its breaker effect window (one 1 s tick), and only that environment's.
 */
class SessionBreakerCliTest {
    @AfterEach
    void clear() {
        CliDatabase.clear();
        System.clearProperty("precog.home");
        System.clearProperty("PRECOG_HOME");
    }

    private static int cli(String... args) {
        CommandLine cl = PrecogCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        assertThat(code).as(err.toString()).isZero();
        return code;
    }

    private static long millisUntil(java.util.function.BooleanSupplier condition, long timeoutMillis) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) Thread.sleep(5);
        return condition.getAsBoolean() ? TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) : -1;
    }

    @Test
    void aCliTrip_haltsTheRunningDaemonOfItsEnvironmentWithinOneTick_andOnlyThatOne(@TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 2, 0, true)) {
            f.cliDatabase.orElseThrow().use();
            System.setProperty("precog.home", f.home.toString());
            LiveSession.Handle h = LiveSession.start(f.options(ExecutionEnvironment.PAPER, LifecyclePoints.NONE, Duration.ofSeconds(1)));
            try {
                CircuitBreakerService breakers = h.injector().getInstance(CircuitBreakerService.class);
                String ticker = f.tickers.get(0);
                assertThat(breakers.entriesHalted(ticker)).isFalse();

                cli("circuit-breaker", "trip", "--env", "demo", "--reason", "demo only");
                assertThat(millisUntil(() -> breakers.entriesHalted(ticker), 2_500)).as("a demo trip never halts paper").isEqualTo(-1);

                cli("circuit-breaker", "trip", "--reason", "operator drill"); // --env paper is the default
                long haltedAfter = millisUntil(() -> breakers.entriesHalted(ticker), 5_000);
                System.out.printf("CLI trip seen by the paper daemon after %d ms (1 s tick)%n", haltedAfter);
                assertThat(haltedAfter).as("halted by the next 1 s breaker tick").isBetween(0L, 1_500L);
                assertThat(breakers.active()).extracting(BreakerEvent::reason).containsExactly("operator drill");

                cli("circuit-breaker", "resolve", "manual", "--env", "paper");
                long resumedAfter = millisUntil(() -> !breakers.entriesHalted(ticker), 5_000);
                assertThat(resumedAfter).as("resolved by the next tick").isBetween(0L, 1_500L);
                assertThat(new PersistenceAdapters(f.database(), Clock.systemUTC()).breakerEvents(ExecutionEnvironment.DEMO).all())
                        .extracting(BreakerEvent::reason).containsExactly("demo only");
            } finally {
                h.stop();
            }
        }
    }

    @Test
    void aDaemonStart_importsALegacyFileStore_once(@TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 1, 0)) {
            java.nio.file.Path legacy = java.nio.file.Files.createDirectories(f.home.resolve("exits"));
            java.nio.file.Files.writeString(legacy.resolve("circuit_breaker_events.jsonl"),
                    com.precog.runner.cli.positions.ExitsJson.breaker(new BreakerEvent("b-old", com.precog.domain.risk.BreakerKind.MANUAL,
                            BreakerEvent.ALL, BreakerEvent.Type.TRIPPED, false, "tripped before the upgrade", "alice",
                            java.time.Instant.now().minusSeconds(60))).toString() + "\n");
            LiveSession.Handle h = LiveSession.start(f.options(ExecutionEnvironment.PAPER, LifecyclePoints.NONE, Duration.ofMillis(50)));
            try {
                CircuitBreakerService breakers = h.injector().getInstance(CircuitBreakerService.class);
                assertThat(breakers.active()).as("the file trip still halts the upgraded daemon")
                        .extracting(BreakerEvent::reason).containsExactly("tripped before the upgrade");
                assertThat(f.home.resolve("exits")).doesNotExist();
                assertThat(f.home.resolve("exits.imported").resolve("circuit_breaker_events.jsonl")).exists();
            } finally {
                h.stop();
            }
            assertThat(f.adapters().breakerEvents(ExecutionEnvironment.PAPER).all()).extracting(BreakerEvent::eventId).containsExactly("b-old@paper");
        }
    }

    @Test
    void theCli_attachesToTheEmbeddedServerAnotherProcessOwns(@TempDir Path home) throws Exception {
        // the owner holds $PRECOG_HOME/db's lock (in this JVM the lock is refused just as it is to another process)
        try (Database owner = Database.open(DatabaseSettings.embedded(home.resolve("db"), 0, 2))) {
            owner.migrate();
            System.setProperty("PRECOG_HOME", home.toString());
            System.setProperty("precog.home", home.toString());
            cli("circuit-breaker", "trip", "--reason", "while the daemon runs", "--actor", "ops");
            assertThat(new PersistenceAdapters(owner, Clock.systemUTC()).breakerEvents(ExecutionEnvironment.PAPER).all())
                    .singleElement().satisfies(e -> {
                        assertThat(e.reason()).isEqualTo("while the daemon runs");
                        assertThat(e.actor()).isEqualTo("ops");
                    });
        }
    }
}
