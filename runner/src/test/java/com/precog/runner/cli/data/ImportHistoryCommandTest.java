package com.precog.runner.cli.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precog.domain.game.GameId;
import com.precog.runner.cli.CliRunner;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ImportHistoryCommandTest {
    private final HistoryStores store = HistoryStores.inMemory();

    @AfterEach
    void reset() {
        HistoryStores.factory = HistoryStores::inMemory;
    }

    @Test
    void importTwice_secondRunAddsNothing_andProgressIsDrawn() throws Exception {
        HistoryStores.factory = () -> store;
        CliRunner.Result first;
        System.setProperty("precog.stderr.tty", "true"); // what ./precog passes when stderr is a terminal
        try {
            first = CliRunner.run("data", "import-history", "--json");
        } finally {
            System.clearProperty("precog.stderr.tty");
        }
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode a = new ObjectMapper().readTree(first.out());
        // 13,516 spreadspoke games + 3,821 FiveThirtyEight games before 1966 + 42 it has that spreadspoke lacks
        assertThat(a.path("gamesAdded").asLong()).isEqualTo(13_516 + 3_821 + 42);
        assertThat(a.path("teamsSaved").asInt()).isEqualTo(32);
        assertThat(first.err()).contains("100%");
        CliRunner.Result second = CliRunner.run("data", "import-history", "--json", "--no-progress");
        JsonNode b = new ObjectMapper().readTree(second.out());
        assertThat(b.path("gamesAdded").asLong()).isZero();
        assertThat(b.path("teamsSaved").asInt()).isZero();
        assertThat(b.path("gamesTotal").asLong()).isEqualTo(a.path("gamesTotal").asLong());
        assertThat(store.games().find(GameId.of("NFL-20200104-BUF-HOU"))).isPresent();
        assertThat(store.games().between(LocalDate.of(1920, 9, 26), LocalDate.of(1920, 9, 26))).isNotEmpty();
    }

    @Test
    void offATerminal_noProgressBarIsDrawn() {
        HistoryStores.factory = () -> store;
        System.setProperty("precog.stderr.tty", "false");
        try {
            CliRunner.Result r = CliRunner.run("data", "import-history", "--json");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.err()).doesNotContain("\r").doesNotContain("[###").contains("importing NFL history into");
        } finally {
            System.clearProperty("precog.stderr.tty");
        }
    }

    @Test
    void dataWithoutSubcommand_isBadUsage_printingTheUsageListingImportHistoryOnStderr() {
        CliRunner.Result r = CliRunner.run("data");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("import-history");
    }
}
