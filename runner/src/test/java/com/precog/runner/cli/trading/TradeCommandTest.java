package com.precog.runner.cli.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precog.adapters.persistence.Database;
import com.precog.adapters.persistence.DatabaseSettings;
import com.precog.adapters.persistence.PersistenceAdapters;
import com.precog.adapters.persistence.TestDatabase;
import com.precog.application.port.out.OrderJournal;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradeCommandTest {
    @TempDir
    Path home;

    @BeforeEach
    void setHome() {
        System.setProperty("precog.home", home.toString());
        // paper orders are journaled in PostgreSQL, next to the daemon's: the shared test server
        TestDatabase.Server db = TestDatabase.server();
        System.setProperty("PRECOG_DB_URL", db.url());
        System.setProperty("PRECOG_DB_USER", db.user());
        System.setProperty("PRECOG_DB_PASSWORD", db.password());
    }

    @AfterEach
    void clearHome() {
        System.clearProperty("precog.home");
        System.clearProperty("PRECOG_DB_URL");
        System.clearProperty("PRECOG_DB_USER");
        System.clearProperty("PRECOG_DB_PASSWORD");
    }

    private static String realBook() {
        return CliRun.sharedData().resolve("kalshi/real/nfl-sportsdataverse/kalshi-fixtures/markets__ticker__orderbook.json").toString();
    }

    @Test
    void paperBuy_againstTheRealRecordedBook_fillsAtTheAsk_andIsJournaledAsPaper() throws Exception {
        // real book: best NO bid 0.19 → YES ask 0.81
        CliRun r = CliRun.of("trade", "execute", "--paper", "--market", "KXNFLGAME-26OCT08TBDAL-DAL", "--side", "yes", "--count", "10",
                "--price", "0.85", "--book", realBook(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertThat(n.get("status").asText()).isEqualTo("filled");
        assertThat(n.get("average_price").asText()).isEqualTo("0.8100");
        assertThat(n.get("fees").asText()).isEqualTo("0.1078"); // 0.07 × 10 × 0.81 × 0.19 = 0.10773 → 0.1078
        assertThat(n.get("exchange_order_id").asText()).startsWith("paper-");
        assertThat(n.get("fills").get(0).get("environment").asText()).isEqualTo("paper");
        String clientOrderId = n.get("client_order_id").asText();
        TestDatabase.Server server = TestDatabase.server();
        try (Database db = Database.open(DatabaseSettings.external(server.url(), server.user(), server.password(), 2, "public"))) {
            OrderJournal journal = new PersistenceAdapters(db, Clock.systemUTC()).orderJournal();
            assertThat(journal.orders()).filteredOn(o -> o.request().clientOrderId().value().equals(clientOrderId)).singleElement()
                    .satisfies(o -> assertThat(o.attribution().environment().wireName()).isEqualTo("paper"));
            assertThat(journal.trades()).filteredOn(t -> t.fill().clientOrderId().value().equals(clientOrderId)).singleElement()
                    .satisfies(t -> {
                        assertThat(t.attribution().environment().wireName()).isEqualTo("paper");
                        assertThat(t.fill().price().toString()).isEqualTo("0.8100");
                    });
        }
    }

    @Test
    void humanOutput_saysStatusAndFills() {
        CliRun r = CliRun.of("trade", "execute", "--paper", "--market", "KXNFLGAME-26OCT08TBDAL-DAL", "--side", "no", "--count", "5",
                "--price", "0.25", "--book", realBook());
        assertThat(r.out()).contains("filled, 5.00 of 5.00 filled").contains("@ 0.2000 TAKER fee 0.056");
    }

    @Test
    void withoutPaper_orBadBook_exitsTwo() {
        CliRun noPaper = CliRun.of("trade", "execute", "--market", "X", "--side", "yes", "--count", "1", "--price", "0.5", "--book", realBook());
        assertThat(noPaper.code()).isEqualTo(2);
        assertThat(noPaper.err()).contains("--paper");
        CliRun noFile = CliRun.of("trade", "execute", "--paper", "--market", "X", "--side", "yes", "--count", "1", "--price", "0.5", "--book", "/nope.json");
        assertThat(noFile.code()).isEqualTo(2);
        assertThat(noFile.err()).contains("/nope.json");
    }

    @Test
    void aBookFileThatIsNotJson_exitsTwo_withOneLineNamingTheFile() throws Exception {
        Path notJson = home.resolve("book.json");
        java.nio.file.Files.writeString(notJson, "not json\n");
        CliRun r = CliRun.of("trade", "execute", "--paper", "--market", "X", "--side", "yes", "--count", "1", "--price", "0.5", "--book", notJson.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(notJson.toString()).contains("not valid JSON");
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.out()).isEmpty();
    }
}
