package com.precog.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The global options every command inherits. */
class GlobalOptionsTest {
    @Test
    void anUnknownLogLevel_isBadUsage_beforeTheCommandRuns() {
        // before: Logback's Level.toLevel fell back to INFO and the command ran with exit 0
        CliRunner.Result r = CliRunner.run("--log-level", "BOGUS", "size", "--probability", "0.72", "--side", "yes", "--price", "0.65");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--log-level").contains("BOGUS").contains("TRACE, DEBUG, INFO, WARN, ERROR");
        assertThat(r.out()).isEmpty();
        CliRunner.Result inherited = CliRunner.run("size", "--probability", "0.72", "--side", "yes", "--price", "0.65", "--log-level", "verbose");
        assertThat(inherited.exitCode()).isEqualTo(2);
    }

    @Test
    void theDocumentedLogLevels_inAnyCase_areAccepted() {
        for (String level : new String[] {"TRACE", "debug", "Info", "WARN", "error"}) {
            CliRunner.Result r = CliRunner.run("--log-level", level, "size", "--probability", "0.72", "--side", "yes", "--price", "0.65", "--json");
            assertThat(r.exitCode()).as(level + ": " + r.err()).isZero();
        }
    }

    @Test
    void aValueAConverterRefuses_isNamedWithTheReason_withoutAJavaExceptionName() {
        CliRunner.Result r = CliRunner.run("espn", "scores", "--league", "xfl", "--no-db");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("cannot convert 'xfl' to League: league must be one of nfl, ncaaf, nba, nhl, mlb, was 'xfl'")
                .doesNotContain("java.lang");
        assertThat(PrecogCommand.withoutExceptionName("Invalid value for option '--from': 'bogus' is not an int"))
                .isEqualTo("Invalid value for option '--from': 'bogus' is not an int");
    }
}
