package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.precog.adapters.persistence.Database;
import com.precog.adapters.persistence.DatabaseSettings;
import com.precog.adapters.persistence.PersistenceAdapters;
import com.precog.application.port.out.OrderJournal;
import com.precog.application.port.out.OrderRecord;
import com.precog.application.port.out.Portfolio;
import com.precog.application.port.out.TradeRecord;
import com.precog.domain.market.Side;
import com.precog.domain.money.Dollars;
import com.precog.domain.order.ExecutionEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check, as an operator would do it: a real {@code precog run --mode paper} process on
 * the embedded database, with live books from the fake Kalshi exchange, is killed with SIGKILL
 * while it trades, then started again. The restart reconciles, trades on and stops gracefully on
 * SIGTERM;
 * afterwards no order was sent twice (paper sends none to the exchange at all), every fill is
 * recorded once, and the open positions equal what the recorded paper trades add up to.
 */
class DaemonProcessTest {
    private static final Pattern READY = Pattern.compile("session running \\(ready ([0-9.]+) s");

    static final class Child {
        final Process process;
        final List<String> lines = new CopyOnWriteArrayList<>();

        Child(Process process) {
            this.process = process;
            Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) lines.add(line);
                } catch (IOException ignored) {
                    // process gone
                }
            }, "child-output");
            t.setDaemon(true);
            t.start();
        }

        double awaitReady(long seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                for (String l : lines) {
                    Matcher m = READY.matcher(l);
                    if (m.find()) return Double.parseDouble(m.group(1));
                }
                if (!process.isAlive()) break;
                Thread.sleep(50);
            }
            throw new AssertionError("the daemon did not become ready; output:\n" + String.join("\n", lines));
        }
    }

    static Child start(SessionFixture f, String duration) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "com.precog.runner.Precog",
                "run", "--mode", "paper", "--fair-values", f.fairValues.toString(), "--duration", duration, "--log-format", "json"));
        Path repository = Path.of("").toAbsolutePath().getParent(); // surefire runs in runner/: the YAML files are in ../config
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).directory(repository.toFile());
        Map<String, String> env = pb.environment();
        env.putAll(f.env);
        env.put("PRECOG_HOME", f.home.toString());
        env.put("PRECOG_TICK_MS", "50");
        env.remove("PRECOG_DB_URL");
        env.remove("PRECOG_CRASH_AT");
        return new Child(pb.start());
    }

    static JsonNode health(SessionFixture f) throws IOException {
        Path file = HealthFile.defaultPath(f.home);
        return Files.exists(file) ? HealthFile.MAPPER.readTree(Files.readString(file)) : HealthFile.MAPPER.createObjectNode();
    }

    @Test
    void aPaperDaemonKilledWithSigkillRestartsWithoutLosingOrDuplicatingAnything(@TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 4, 0)) {
            Child first = start(f, "120s");
            double ready = first.awaitReady(90);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (health(f).path("orders_placed").asLong() < 2 && System.nanoTime() < deadline) Thread.sleep(100);
            assertThat(health(f).path("orders_placed").asLong()).as("the daemon trades before it is killed").isGreaterThanOrEqualTo(2);
            assertThat(health(f).path("state").asText()).isEqualTo("RUNNING");

            first.process.destroyForcibly(); // SIGKILL: no shutdown hook, nothing flushed
            assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(first.process.exitValue()).isEqualTo(137);

            Child second = start(f, "300s");
            double readyAgain = second.awaitReady(90);
            // trade on a little: until the restarted daemon (its own health file: its pid) has placed an order
            long tradeDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!(health(f).path("pid").asLong() == second.process.pid() && health(f).path("orders_placed").asLong() >= 1)
                    && System.nanoTime() < tradeDeadline) {
                Thread.sleep(100);
            }
            assertThat(health(f).path("pid").asLong()).as("the restarted daemon writes its health").isEqualTo(second.process.pid());

            // an operator trips a breaker while the daemon owns the embedded database: the CLI attaches to its server,
            // the daemon picks the trip up on a breaker tick, and health shows it
            System.setProperty("PRECOG_HOME", f.home.toString());
            System.setProperty("precog.home", f.home.toString());
            try {
                picocli.CommandLine cl = com.precog.runner.cli.PrecogCommand.commandLine();
                java.io.StringWriter err = new java.io.StringWriter();
                cl.setErr(new java.io.PrintWriter(err));
                cl.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
                assertThat(cl.execute("circuit-breaker", "trip", "--reason", "sigkill drill", "--env", "paper")).as(err.toString()).isZero();
            } finally {
                System.clearProperty("PRECOG_HOME");
                System.clearProperty("precog.home");
            }
            long breakerDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (!health(f).path("breakers").toString().contains("sigkill drill") && System.nanoTime() < breakerDeadline) Thread.sleep(100);
            assertThat(health(f).path("breakers").toString()).as("the daemon process halts on the CLI trip").contains("sigkill drill");
            second.process.destroy(); // SIGTERM: the graceful stop runs in the shutdown hook
            assertThat(second.process.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(second.process.exitValue()).as(String.join("\n", second.lines)).isEqualTo(143);
            assertThat(String.join("\n", second.lines)).contains("reconciliation: orders journaled");
            assertThat(health(f).path("state").asText()).as("the SIGTERM hook stopped the session gracefully").isEqualTo("STOPPED");
            assertThat(health(f).path("resting_entries").asInt()).as("resting entries canceled on stop").isZero();
            System.out.printf("daemon ready: %.1f s (fresh embedded database), %.1f s (restart after SIGKILL)%n", ready, readyAgain);

            assertThat(f.exchange.orderCount()).as("paper never sends an order to the exchange").isZero();
            try (Database db = Database.open(DatabaseSettings.embedded(f.home.resolve("db"), 0, 2))) {
                OrderJournal journal = new PersistenceAdapters(db, Clock.systemUTC()).orderJournal();
                List<OrderRecord> orders = journal.orders().stream().filter(o -> o.attribution().environment() == ExecutionEnvironment.PAPER).toList();
                Set<String> ids = new HashSet<>();
                for (OrderRecord o : orders) assertThat(ids.add(o.request().clientOrderId().value())).isTrue();
                assertThat(orders).hasSizeGreaterThanOrEqualTo(2);
                List<TradeRecord> trades = journal.trades();
                Set<String> fills = new HashSet<>();
                for (TradeRecord t : trades) assertThat(fills.add(t.fill().fillId())).as("fill recorded once").isTrue();
                long filledEntries = java.util.stream.Stream.concat(first.lines.stream(), second.lines.stream())
                        .filter(l -> l.contains("\"msg\":\"entry paper ") && l.contains(": FILLED")).count();
                assertThat(trades.size()).as("every filled entry of both runs has its trade (fill ids never reused across restarts)")
                        .isGreaterThanOrEqualTo((int) filledEntries);
                Map<String, Long> expected = new TreeMap<>();
                for (Portfolio.Holding h : new JournalPortfolio(journal, ExecutionEnvironment.PAPER, Dollars.of(10_000),
                        new PersistenceAdapters(db, Clock.systemUTC()).settlements(ExecutionEnvironment.PAPER)).holdings()) {
                    expected.merge(h.marketTicker(), h.side() == Side.YES ? h.count().hundredths() : -h.count().hundredths(), Long::sum);
                }
                assertThat(SessionFixture.localNetPositions(new PersistenceAdapters(db, Clock.systemUTC()).positions(ExecutionEnvironment.PAPER)))
                        .as("positions (PostgreSQL) equal the recorded paper trades").isEqualTo(expected);
            }
        }
    }
}
