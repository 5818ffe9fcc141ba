package com.precog.runner.cli.positions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import com.precog.runner.cli.CliDatabase;
import com.precog.runner.cli.PrecogCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ExitCommandsTest {
    private static final Instant T0 = Instant.parse("2025-09-07T17:00:00Z");
    private static final String M = "KXNFLGAME-25SEP07DETGB-GB";
    private Path home;
    private String previous;
    private ExitStores store;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void setUp() throws Exception {
        home = Files.createTempDirectory("precog-home");
        previous = System.getProperty("precog.home");
        System.setProperty("precog.home", home.toString());
        CliDatabase.create().use(); // the CLI's PostgreSQL: an empty database of this test's own
        store = ExitStores.open();
        Position p = Position.open("pos-1", M, "KXNFLGAME-25SEP07DETGB", Side.YES, ConfidenceLevel.HIGH, ExecutionEnvironment.PAPER,
                "pre_game v1.0", "elo v1.0", Price.of("0.60"), Dollars.ZERO, Contracts.of(100), TrailingStopConfig.balanced(), T0);
        store.positions().save(p, T0);
        Position marked = p.withMark(Price.of("0.69"), T0.plusSeconds(30));
        Position half = marked.afterExit(Contracts.of(50), Dollars.of("3.7513"), 0b01, T0.plusSeconds(60));
        store.positions().save(half, T0.plusSeconds(60));
        store.journal().recordAttempt(new ExitAttempt("pos-1", M, ExitConditionKind.PARTIAL_EXIT_TARGET, ExitPriority.MEDIUM,
                ExitOrderType.LIMIT, ClientOrderId.of("exit-1"), Price.of("0.69"), Optional.of(Price.of("0.69")), Contracts.of(50),
                Contracts.of(50), 2, Duration.ofSeconds(30), AttemptOutcome.FILLED, "", T0.plusSeconds(60)));
        store.journal().recordExit(new PositionExit("x-1", "pos-1", M, ExitConditionKind.PARTIAL_EXIT_TARGET, ExitPriority.MEDIUM,
                Contracts.of(50), Price.of("0.69"), Dollars.of("0.7487"), Dollars.of("3.7513"), Contracts.of(50), List.of(),
                ExecutionEnvironment.PAPER, T0.plusSeconds(60)));
        Position closed = Position.open("pos-2", M, "", Side.NO, ConfidenceLevel.LOW, ExecutionEnvironment.PAPER, "", "",
                Price.of("0.40"), Dollars.ZERO, Contracts.of(10), TrailingStopConfig.balanced(), T0);
        store.positions().save(closed.afterExit(Contracts.of(10), Dollars.of("-1.00"), 0, T0.plusSeconds(5)), T0.plusSeconds(5));
    }

    @AfterEach
    void tearDown() {
        store.close();
        CliDatabase.clear();
        if (previous == null) System.clearProperty("precog.home");
        else System.setProperty("precog.home", previous);
    }

    private int run(String... args) {
        CommandLine cl = PrecogCommand.commandLine();
        out = new StringWriter();
        err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void positionsList_json_printsOneObjectPerOpenPosition() throws Exception {
        assertThat(run("positions", "list", "--json")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode n = ExitsJson.MAPPER.readTree(lines.get(0));
        assertThat(n.get("position_id").asText()).isEqualTo("pos-1");
        assertThat(n.get("quantity").asText()).isEqualTo("50.00");
        assertThat(n.get("pnl_pct").asText()).isEqualTo("0.1500");
        assertThat(n.get("trailing_stop_state").get("active").asBoolean()).isTrue();
        assertThat(run("positions", "list", "--all", "--json")).isZero();
        assertThat(out.toString().lines()).hasSize(2);
    }

    @Test
    void positionsList_text_showsATable() {
        assertThat(run("positions", "list")).isZero();
        assertThat(out.toString()).contains("pos-1").contains(M).contains("0.1500").doesNotContain("pos-2");
    }

    @Test
    void positionsShow_json_includesExitsAndAttempts() throws Exception {
        assertThat(run("positions", "show", "pos-1", "--json")).isZero();
        JsonNode doc = ExitsJson.MAPPER.readTree(out.toString());
        assertThat(doc.get("versions").asInt()).isEqualTo(2);
        assertThat(doc.get("exits").get(0).get("realized_pnl").asText()).isEqualTo("3.7513");
        assertThat(doc.get("exit_attempts").get(0).get("outcome").asText()).isEqualTo("filled");
        assertThat(ExitsJson.position(doc.get("position"))).isEqualTo(store.positions().current("pos-1").orElseThrow());
    }

    @Test
    void positionsShow_unknownId_isBadInput() {
        assertThat(run("positions", "show", "nope")).isEqualTo(2);
        assertThat(err.toString()).contains("'nope'");
    }

    @Test
    void positionsClose_writesACloseRequest_andRefusesClosedPositions() throws Exception {
        assertThat(run("positions", "close", "pos-1", "--priority", "critical", "--actor", "alice", "--json")).isZero();
        JsonNode n = ExitsJson.MAPPER.readTree(out.toString());
        assertThat(n.get("priority").asText()).isEqualTo("CRITICAL");
        assertThat(store.closeRequests().pending()).singleElement().satisfies(r -> {
            assertThat(r.positionId()).isEqualTo("pos-1");
            assertThat(r.actor()).isEqualTo("alice");
        });
        assertThat(run("positions", "close", "pos-2")).isEqualTo(2);
        assertThat(err.toString()).contains("already closed");
        assertThat(run("positions", "close", "pos-1", "--priority", "urgent")).isEqualTo(2);
        assertThat(err.toString()).contains("'urgent'");
    }

    @Test
    void circuitBreaker_tripListResolve_roundTrip() throws Exception {
        assertThat(run("circuit-breaker", "list")).isZero();
        assertThat(out.toString()).contains("no circuit breaker tripped");
        assertThat(run("circuit-breaker", "trip", "manual", "--flatten", "--reason", "drill", "--actor", "alice", "--json")).isZero();
        assertThat(ExitsJson.MAPPER.readTree(out.toString()).get("flatten").asBoolean()).isTrue();
        assertThat(run("circuit-breaker", "list", "--json")).isZero();
        JsonNode active = ExitsJson.MAPPER.readTree(out.toString().lines().findFirst().orElseThrow());
        assertThat(active.get("breaker_type").asText()).isEqualTo("manual");
        assertThat(active.get("actor").asText()).isEqualTo("alice");
        assertThat(run("circuit-breaker", "resolve", "manual", "--reason", "drill over")).isZero();
        assertThat(run("circuit-breaker", "list", "--json")).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(run("circuit-breaker", "list", "--all", "--json")).isZero();
        assertThat(out.toString().lines()).hasSize(2);
        assertThat(run("circuit-breaker", "resolve", "manual")).isEqualTo(2);
        assertThat(run("circuit-breaker", "trip", "meltdown", "--reason", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("'meltdown'");
        assertThat(run("circuit-breaker", "trip", "manual", "--reason", " ")).as("a trip says why").isEqualTo(2);
        assertThat(err.toString()).contains("--reason is blank");
        assertThat(store.breakerEvents(ExecutionEnvironment.PAPER).all()).as("paper is the default environment").hasSize(2);
    }

    @Test
    void circuitBreaker_env_keepsEachEnvironmentsBreakersApart() throws Exception {
        assertThat(run("circuit-breaker", "trip", "--env", "demo", "--reason", "demo drill", "--json")).isZero();
        assertThat(ExitsJson.MAPPER.readTree(out.toString()).get("execution_environment").asText()).isEqualTo("demo");
        assertThat(run("circuit-breaker", "list")).isZero();
        assertThat(out.toString()).as("paper (the default) is not halted by a demo trip").contains("no circuit breaker tripped (paper)");
        assertThat(run("circuit-breaker", "list", "--env", "demo")).isZero();
        assertThat(out.toString()).contains(" demo ").contains("manual").contains("demo drill");
        assertThat(run("circuit-breaker", "list", "--env", "demo", "--json")).isZero();
        JsonNode n = ExitsJson.MAPPER.readTree(out.toString());
        assertThat(n.get("execution_environment").asText()).isEqualTo("demo");
        assertThat(n.get("breaker_type").asText()).isEqualTo("manual");
        assertThat(run("circuit-breaker", "resolve", "manual")).as("nothing tripped in paper").isEqualTo(2);
        assertThat(err.toString()).contains("in paper");
        assertThat(run("circuit-breaker", "resolve", "manual", "--env", "demo")).isZero();
        assertThat(store.breakerEvents(ExecutionEnvironment.DEMO).all()).hasSize(2);
        assertThat(store.breakerEvents(ExecutionEnvironment.LIVE).all()).isEmpty();
        assertThat(run("circuit-breaker", "list", "--env", "backtest")).isEqualTo(2);
        assertThat(run("circuit-breaker", "list", "--env", "nowhere")).isEqualTo(2);
    }

    @Test
    void positionsList_env_filtersByEnvironment() {
        store.positions().save(Position.open("pos-demo", M, "", Side.YES, ConfidenceLevel.LOW, ExecutionEnvironment.DEMO, "", "",
                Price.of("0.50"), Dollars.ZERO, Contracts.of(5), TrailingStopConfig.balanced(), T0), T0);
        assertThat(run("positions", "list")).isZero();
        assertThat(out.toString()).contains("pos-1").contains("pos-demo");
        assertThat(run("positions", "list", "--env", "demo")).isZero();
        assertThat(out.toString()).contains("pos-demo").doesNotContain("pos-1");
    }

    @Test
    void positionsShowAndClose_env_actOnlyOnAPositionOfThatEnvironment() throws Exception {
        // README: `positions list|show|close [--env E]`; an operator naming the environment must never close another's position
        assertThat(run("positions", "show", "pos-1", "--env", "paper", "--json")).as(err.toString()).isZero();
        assertThat(ExitsJson.MAPPER.readTree(out.toString()).get("position").get("position_id").asText()).isEqualTo("pos-1");
        assertThat(run("positions", "show", "pos-1", "--env", "live")).isEqualTo(2);
        assertThat(err.toString()).contains("'pos-1'").contains("paper").contains("live");
        assertThat(run("positions", "close", "pos-1", "--env", "demo")).isEqualTo(2);
        assertThat(err.toString()).contains("'pos-1'").contains("paper").contains("demo");
        assertThat(store.closeRequests().pending()).as("nothing requested for a position of another environment").isEmpty();
        assertThat(run("positions", "close", "pos-1", "--env", "paper", "--json")).as(err.toString()).isZero();
        assertThat(store.closeRequests().pending()).singleElement().satisfies(r -> assertThat(r.positionId()).isEqualTo("pos-1"));
        assertThat(run("positions", "close", "pos-1", "--env", "nowhere")).isEqualTo(2);
    }
}
