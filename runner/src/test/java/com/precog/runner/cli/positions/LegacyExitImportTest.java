package com.precog.runner.cli.positions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.persistence.Database;
import com.precog.adapters.persistence.PersistenceAdapters;
import com.precog.application.port.out.CloseRequests;
import com.precog.application.port.out.Positions;
import com.precog.application.service.risk.CircuitBreakerService;
import com.precog.domain.execution.AttemptOutcome;
import com.precog.domain.execution.ExitAttempt;
import com.precog.domain.execution.ExitOrderType;
import com.precog.domain.exit.ExitConditionKind;
import com.precog.domain.exit.ExitPriority;
import com.precog.domain.exit.PositionExit;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.position.Position;
import com.precog.domain.position.TrailingStopConfig;
import com.precog.domain.risk.BreakerConfig;
import com.precog.domain.risk.BreakerEvent;
import com.precog.domain.risk.BreakerKind;
import com.precog.runner.cli.CliDatabase;
import com.precog.runner.cli.PrecogCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A pre-PostgreSQL file exit store ($PRECOG_HOME/exits) is imported once, idempotently, then kept as exits.imported. */
class LegacyExitImportTest {
    private static final Instant T0 = Instant.parse("2026-01-04T18:00:00Z");
    private static final String M = "KXNFLGAME-26JAN04DETGB-GB";

    @TempDir
    Path home;

    @AfterEach
    void clear() {
        System.clearProperty("precog.home");
        CliDatabase.clear();
    }

    private static void append(Path dir, String file, ObjectNode line) throws IOException {
        Files.writeString(dir.resolve(file), ExitsJson.MAPPER.writeValueAsString(line) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static ObjectNode version(Position p, Instant at) {
        ObjectNode n = ExitsJson.MAPPER.createObjectNode();
        n.put("row_start_ts", at.toString());
        n.set("position", ExitsJson.position(p));
        return n;
    }

    /** What the file store held: a demo position with two versions, one exit and its attempt, a tripped breaker, a pending close request. */
    private Path legacyStore() throws IOException {
        Path dir = Files.createDirectories(home.resolve("exits"));
        Position p = Position.open("pos-1", M, "KXNFLGAME-26JAN04DETGB", Side.YES, ConfidenceLevel.HIGH, ExecutionEnvironment.DEMO,
                "pre_game v1.0", "elo v1.0", Price.of("0.60"), Dollars.ZERO, Contracts.of(100), TrailingStopConfig.balanced(), T0);
        append(dir, "positions.jsonl", version(p, T0));
        Position half = p.withMark(Price.of("0.69"), T0.plusSeconds(30)).afterExit(Contracts.of(50), Dollars.of("4.50"), 0b01, T0.plusSeconds(60));
        append(dir, "positions.jsonl", version(half, T0.plusSeconds(60)));
        append(dir, "exit_attempts.jsonl", ExitsJson.attempt(new ExitAttempt("pos-1", M, ExitConditionKind.PARTIAL_EXIT_TARGET,
                ExitPriority.MEDIUM, ExitOrderType.LIMIT, ClientOrderId.of("exit-1"), Price.of("0.69"), Optional.of(Price.of("0.69")),
                Contracts.of(50), Contracts.of(50), 1, Duration.ofSeconds(30), AttemptOutcome.FILLED, "", T0.plusSeconds(60))));
        append(dir, "position_exits.jsonl", ExitsJson.exit(new PositionExit("x-1", "pos-1", M, ExitConditionKind.PARTIAL_EXIT_TARGET,
                ExitPriority.MEDIUM, Contracts.of(50), Price.of("0.69"), Dollars.ZERO, Dollars.of("4.50"), Contracts.of(50), List.of(),
                ExecutionEnvironment.DEMO, T0.plusSeconds(60))));
        append(dir, "circuit_breaker_events.jsonl", ExitsJson.breaker(new BreakerEvent("b-1", BreakerKind.MANUAL, BreakerEvent.ALL,
                BreakerEvent.Type.TRIPPED, false, "maintenance", "alice", T0.plusSeconds(70))));
        append(dir, "close_requests.jsonl", ExitsJson.closeRequest(new CloseRequests.CloseRequest("close-1", "pos-1", ExitPriority.HIGH, "alice",
                T0.plusSeconds(80))));
        return dir;
    }

    @Test
    void importFrom_writesEverything_andASecondRunWritesNothing() throws Exception {
        Path dir = legacyStore();
        CliDatabase cli = CliDatabase.create();
        try (Database db = cli.open()) {
            PersistenceAdapters a = new PersistenceAdapters(db, Clock.systemUTC());
            LegacyExitImport.Summary first = LegacyExitImport.importFrom(dir, a);
            assertThat(first).isEqualTo(new LegacyExitImport.Summary(2, 1, 1, 3, 1));
            assertThat(LegacyExitImport.importFrom(dir, a).total()).as("idempotent").isZero();

            List<Positions.PositionVersion> h = a.positions(ExecutionEnvironment.DEMO).history("pos-1");
            assertThat(h).extracting(Positions.PositionVersion::rowStart).containsExactly(T0, T0.plusSeconds(60));
            assertThat(h.get(0).rowEnd()).contains(T0.plusSeconds(60));
            assertThat(h.get(1).rowEnd()).isEmpty();
            assertThat(h.get(1).position().currentQuantity()).isEqualTo(Contracts.of(50));
            assertThat(a.exitJournal(ExecutionEnvironment.DEMO).exits("pos-1")).extracting(PositionExit::exitId).containsExactly("x-1");
            assertThat(a.exitJournal(ExecutionEnvironment.DEMO).attempts("pos-1")).singleElement()
                    .satisfies(x -> assertThat(x.clientOrderId()).isEqualTo(ClientOrderId.of("exit-1")));
            for (ExecutionEnvironment env : List.of(ExecutionEnvironment.PAPER, ExecutionEnvironment.DEMO, ExecutionEnvironment.LIVE)) {
                CircuitBreakerService s = new CircuitBreakerService(Clock.systemUTC(), a.breakerEvents(env), BreakerConfig.defaults(), ZoneOffset.UTC);
                assertThat(s.active()).as("the file trip halts %s as it did", env).extracting(BreakerEvent::reason).containsExactly("maintenance");
            }
            assertThat(a.breakerEvents(ExecutionEnvironment.BACKTEST).all()).isEmpty();
            assertThat(a.closeRequests().pending()).extracting(CloseRequests.CloseRequest::requestId).containsExactly("close-1");

            // a request handled later in the files is handled in PostgreSQL too
            ObjectNode handled = ExitsJson.MAPPER.createObjectNode().put("request_id", "close-1").put("at", T0.plusSeconds(90).toString());
            append(dir, "close_requests_handled.jsonl", handled);
            LegacyExitImport.importFrom(dir, a);
            assertThat(a.closeRequests().pending()).isEmpty();
        }
    }

    @Test
    void theFirstCliUse_importsTheFiles_andRenamesTheDirectory() throws Exception {
        legacyStore();
        System.setProperty("precog.home", home.toString());
        CliDatabase.create().use();
        CommandLine cl = PrecogCommand.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("positions", "list", "--json")).isZero();
        assertThat(ExitsJson.MAPPER.readTree(out.toString()).get("position_id").asText()).isEqualTo("pos-1");
        assertThat(home.resolve("exits")).doesNotExist();
        assertThat(home.resolve("exits.imported").resolve("positions.jsonl")).exists();

        StringWriter out2 = new StringWriter();
        cl.setOut(new PrintWriter(out2));
        assertThat(cl.execute("circuit-breaker", "list", "--env", "live", "--json")).isZero();
        assertThat(ExitsJson.MAPPER.readTree(out2.toString()).get("event_id").asText()).isEqualTo("b-1@live");
        try (ExitStores s = ExitStores.open()) {
            assertThat(s.positions().history("pos-1")).as("nothing imported twice").hasSize(2);
        }
    }
}
