package com.precog.runner.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.precog.adapters.persistence.Database;
import com.precog.adapters.persistence.DatabaseSettings;
import com.precog.adapters.persistence.PersistenceAdapters;
import com.precog.runner.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a daemon (or any other precog process) owns the embedded database under {@code $PRECOG_HOME/db}, every database
 * command attaches to its running server, as {@code positions} and {@code circuit-breaker} do: an operator lists edges,
 * activates a strategy, sets an override or looks at {@code db status} while {@code precog run --mode paper} trades.
 * Before, these commands exited 1 with "another precog process is using the embedded database".
 */
class CommandsWhileAnotherProcessOwnsTheDatabaseTest {
    private static final Path CONFIG = Path.of("..", "config");

    @TempDir
    Path home;

    @BeforeEach
    void embeddedUnderHome() {
        System.clearProperty("PRECOG_DB_URL");
        System.clearProperty("PRECOG_DB_USER");
        System.clearProperty("PRECOG_DB_PASSWORD");
        System.setProperty("PRECOG_HOME", home.toString());
        System.setProperty("precog.home", home.toString());
    }

    @AfterEach
    void clear() {
        System.clearProperty("PRECOG_HOME");
        System.clearProperty("precog.home");
    }

    @Test
    void strategyEdgesConfigTradeAndDbStatus_workWhileAnotherProcessOwnsTheEmbeddedDatabase() throws Exception {
        // the owner holds $PRECOG_HOME/db's lock (in this JVM the lock is refused just as it is to another process)
        try (Database owner = Database.open(DatabaseSettings.embedded(home.resolve("db"), 0, 2))) {
            owner.migrate();
            PersistenceAdapters stored = new PersistenceAdapters(owner, Clock.systemUTC());

            CliRunner.Result create = CliRunner.run("strategy", "create", "--name", "while-running", "--type", "pre_game_entry");
            assertThat(create.exitCode()).as(create.err()).isZero();
            assertThat(stored.strategies().list()).extracting(v -> v.key().toString()).contains("while-running@v1.0");
            CliRunner.Result strategies = CliRunner.run("strategy", "list", "--json");
            assertThat(strategies.exitCode()).as(strategies.err()).isZero();
            assertThat(strategies.out()).contains("while-running@v1.0");

            CliRunner.Result edges = CliRunner.run("edges", "list", "--json");
            assertThat(edges.exitCode()).as(edges.err()).isZero();

            CliRunner.Result set = CliRunner.run("config", "set", "trading.yaml:kelly_fraction", "0.2", "--config-dir", CONFIG.toString(), "--json");
            assertThat(set.exitCode()).as(set.err()).isZero();
            CliRunner.Result shown = CliRunner.run("config", "show", "--db", "--config-dir", CONFIG.toString(), "--json");
            assertThat(shown.exitCode()).as(shown.err()).isZero();

            Path book = home.resolve("book.json");
            Files.writeString(book, "{\"orderbook_fp\":{\"yes_dollars\":[[\"0.40\",\"10.00\"]],\"no_dollars\":[[\"0.55\",\"10.00\"]]}}");
            CliRunner.Result trade = CliRunner.run("trade", "execute", "--paper", "--market", "KX-WHILE", "--side", "yes", "--count", "2",
                    "--price", "0.50", "--book", book.toString(), "--json");
            assertThat(trade.exitCode()).as(trade.err()).isZero();
            assertThat(stored.orderJournal().orders()).extracting(o -> o.request().marketTicker()).contains("KX-WHILE");

            CliRunner.Result status = CliRunner.run("db", "status", "--json");
            assertThat(status.exitCode()).as(status.err()).isZero();
            assertThat(new ObjectMapper().readTree(status.out()).path("pending").asInt()).isZero();
            CliRunner.Result migrate = CliRunner.run("db", "migrate", "--json");
            assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        }
    }

    @Test
    void aCommandStartedWhileAnotherOneIsStillStartingItsServer_waitsForIt_insteadOfFailing() throws Exception {
        // two commands at once on one PRECOG_HOME: the other holds the data directory's lock but has no server yet (initdb,
        // start-up) and then ends; this one waited for neither and exited 1 ("its server is not running yet, try again")
        Files.createDirectories(home);
        java.nio.channels.FileChannel lock = java.nio.channels.FileChannel.open(home.resolve("db.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        lock.lock();
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(800);
                lock.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        release.start();
        try {
            CliRunner.Result r = CliRunner.run("strategy", "list", "--json");
            assertThat(r.exitCode()).as(r.err()).isZero();
        } finally {
            release.join();
        }
    }
}
