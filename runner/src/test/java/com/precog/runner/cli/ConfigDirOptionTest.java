package com.precog.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One rule for {@code --config-dir} on every command that takes it: a directory given there that does not exist (or is
 * a file) is bad input, exit 2, one line naming it, before anything starts; without the option a missing default
 * directory means the built-in defaults.
 */
class ConfigDirOptionTest {
    @TempDir
    Path temp;

    @BeforeEach
    void home() {
        System.setProperty("PRECOG_HOME", temp.resolve("home").toString()); // a database started by mistake would appear here
    }

    @AfterEach
    void clear() {
        System.clearProperty("PRECOG_HOME");
    }

    /** Every command with a --config-dir option, with the arguments it needs to get that far. */
    static Stream<Arguments> commandsWithTheOption() {
        return Stream.of(
                Arguments.of(List.of("config", "show")),
                Arguments.of(List.of("config", "show", "--json")),
                Arguments.of(List.of("config", "show", "--db")),
                Arguments.of(List.of("config", "validate")),
                Arguments.of(List.of("config", "set", "kelly_fraction", "0.2")),
                Arguments.of(List.of("db", "status")),
                Arguments.of(List.of("db", "migrate")),
                Arguments.of(List.of("run", "--no-db")),
                Arguments.of(List.of("run", "--mode", "paper", "--duration", "1s")),
                Arguments.of(List.of("size", "--probability", "0.72", "--side", "yes", "--price", "0.65")));
    }

    @ParameterizedTest
    @MethodSource("commandsWithTheOption")
    void givenAConfigDirThatDoesNotExist_theCommandExits2_withOneLineNamingIt_andStartsNothing(List<String> command) {
        Path missing = temp.resolve("no-such-config");
        CliRunner.Result r = run(command, missing);

        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("precog: --config-dir " + missing + " does not exist");
        assertThat(r.out()).isEmpty();
        assertThat(temp.resolve("home").resolve("db")).as("no database started").doesNotExist();
    }

    @ParameterizedTest
    @MethodSource("commandsWithTheOption")
    void givenAConfigDirThatIsAFile_theCommandExits2_withOneLineNamingIt(List<String> command) throws Exception {
        Path file = Files.writeString(temp.resolve("trading.yaml"), "kelly_fraction: \"0.2\"\n");
        CliRunner.Result r = run(command, file);

        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("precog: --config-dir " + file + " is not a directory");
        assertThat(temp.resolve("home").resolve("db")).as("no database started").doesNotExist();
    }

    @Test
    void givenARelativeConfigDirThatDoesNotExist_theMessageAlsoShowsWhereItWasLookedFor() {
        CliRunner.Result r = CliRunner.run("config", "show", "--config-dir", "no-such-relative-config");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("precog: --config-dir no-such-relative-config ("
                + Path.of("no-such-relative-config").toAbsolutePath().normalize() + ") does not exist");
    }

    @Test
    void givenTradeExecuteWithAConfigDirThatDoesNotExist_exits2NamingIt() throws Exception {
        Path book = Files.writeString(temp.resolve("book.json"),
                "{\"orderbook_fp\": {\"no_dollars\": [[\"0.1900\", \"100.00\"]], \"yes_dollars\": [[\"0.8000\", \"100.00\"]]}}");
        Path missing = temp.resolve("no-such-config");
        CliRunner.Result r = CliRunner.run("trade", "execute", "--paper", "--market", "KXNFLGAME-26OCT08TBDAL-DAL", "--side", "yes",
                "--count", "1", "--price", "0.85", "--book", book.toString(), "--config-dir", missing.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("precog: --config-dir " + missing + " does not exist");
    }

    @Test
    void givenAnEmptyConfigDir_theBuiltInDefaultsApply() throws Exception {
        Path empty = Files.createDirectory(temp.resolve("empty"));
        CliRunner.Result r = CliRunner.run("config", "show", "--json", "--config-dir", empty.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("config_dir").asText()).isEqualTo(empty.toAbsolutePath().toString());
        assertThat(kellyFraction(root).get("source").asText()).isEqualTo("default");
    }

    @Test
    void withoutTheOption_andNoDefaultDirectory_theBuiltInDefaultsApply_asSizeAndDbAlwaysDid() throws Exception {
        Assumptions.assumeTrue(System.getenv("PRECOG_CONFIG_DIR") == null && !Files.exists(Path.of("config")),
                "the default directory ($PRECOG_CONFIG_DIR or ./config) must be absent for this test");
        CliRunner.Result show = CliRunner.run("config", "show", "--json");
        assertThat(show.exitCode()).as(show.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(show.out());
        assertThat(root.get("config_dir").isNull()).isTrue();
        assertThat(kellyFraction(root).get("source").asText()).isEqualTo("default");

        CliRunner.Result validate = CliRunner.run("config", "validate");
        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(validate.out()).contains("configuration valid (no config directory: the built-in defaults)");

        CliRunner.Result size = CliRunner.run("size", "--probability", "0.72", "--side", "yes", "--price", "0.65", "--json");
        assertThat(size.exitCode()).as(size.err()).isZero();
        assertThat(new java.math.BigDecimal(new ObjectMapper().readTree(size.out()).get("fee_per_contract").asText()))
                .isEqualByComparingTo("0.016"); // Kalshi's published 0.07: ceil(0.07 × 0.65 × 0.35 = 0.015925)
    }

    private static CliRunner.Result run(List<String> command, Path configDir) {
        List<String> args = new ArrayList<>(command);
        args.add("--config-dir");
        args.add(configDir.toString());
        return CliRunner.run(args.toArray(String[]::new));
    }

    private static JsonNode kellyFraction(JsonNode root) {
        for (JsonNode s : root.get("settings")) {
            if (s.get("key").asText().equals("kelly_fraction")) return s;
        }
        throw new AssertionError("no kelly_fraction in config show");
    }
}
