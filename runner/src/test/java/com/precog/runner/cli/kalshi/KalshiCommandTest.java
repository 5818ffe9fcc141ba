package com.precog.runner.cli.kalshi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precog.adapters.kalshi.fake.FakeKalshiExchange;
import com.precog.runner.cli.PrecogCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class KalshiCommandTest {
    @TempDir
    Path dir;
    FakeKalshiExchange fake;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void start() {
        fake = FakeKalshiExchange.start();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private int run(boolean credentials, String... args) {
        List<String> all = new ArrayList<>(List.of("kalshi"));
        all.addAll(List.of(args));
        all.add("--api-base-url=" + fake.restBaseUrl());
        all.add("--ws-url=" + fake.wsUrl());
        if (credentials) {
            all.add("--key-id=" + fake.testKeyId());
            all.add("--key-file=" + fake.writeTestKey(dir));
        }
        CommandLine cl = PrecogCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(all.toArray(String[]::new));
    }

    @Test
    void marketsJson_printsOnlyJsonWithExactDecimalPrices() throws Exception {
        assertThat(run(true, "markets", "--json")).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        JsonNode m = doc.path("markets").get(0);
        assertThat(m.path("ticker").asText()).isEqualTo("KXFED-27APR-T4.25");
        assertThat(m.path("yes_bid").asText()).isEqualTo("0.2700");
        assertThat(m.path("yes_ask").asText()).isEqualTo("0.2800");
        assertThat(m.path("volume").asText()).isEqualTo("10155.43");
        assertThat(m.path("close_time").asText()).isEqualTo("2027-04-28T17:55:00Z");
        assertThat(m.path("expected_expiration_time").asText()).isEqualTo("2027-04-28T18:05:00Z");
        assertThat(m.path("market_type").asText()).isEqualTo("binary");
        assertThat(m.path("price_ranges").get(0).path("step").asText()).isEqualTo("0.0100");
    }

    @Test
    void marketsWithSeriesAndStatus_filters_andHumanOutputCounts() {
        fake.addGeneratedMarkets("KXGEN", 3);
        assertThat(run(false, "markets", "--series", "KXGEN", "--status", "open")).isZero();
        assertThat(out.toString()).contains("3 markets").doesNotContain("KXFED");
    }

    @Test
    void orderbookBalanceAndPortfolioLists_workWithCredentials() throws Exception {
        assertThat(run(true, "orderbook", "KXFED-27APR-T4.25", "--json")).isZero();
        JsonNode ob = new ObjectMapper().readTree(out.toString());
        assertThat(ob.path("yes_bids").get(0).get(0).asText()).isEqualTo("0.2700");
        assertThat(ob.path("yes_ask").asText()).isEqualTo("0.2800");
        out.getBuffer().setLength(0);
        assertThat(run(true, "balance", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).path("balance").asText()).isEqualTo("10000.00");
        for (String c : List.of("positions", "orders", "fills", "settlements", "status", "series")) {
            out.getBuffer().setLength(0);
            assertThat(run(true, c, "--json")).as(c).isZero();
            assertThat(new ObjectMapper().readTree(out.toString()).isObject()).as(c).isTrue();
        }
    }

    @Test
    void givenNoCredentials_portfolioCommands_exit2NamingTheVariables() {
        assertThat(run(false, "balance")).isEqualTo(2);
        assertThat(err.toString()).contains("KALSHI_API_KEY_ID");
    }

    @Test
    void givenBadInput_exit2_andUnknownMarket_exit2() {
        assertThat(run(false, "markets", "--status", "bogus")).isEqualTo(2);
        assertThat(err.toString()).contains("bogus");
        assertThat(run(false, "market", "NOPE-1")).isEqualTo(2);
    }

    @Test
    void givenAMissingKeyFile_exit2_withAClearMessage() {
        CommandLine cl = PrecogCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("kalshi", "balance", "--api-base-url=" + fake.restBaseUrl(), "--key-id=abc", "--key-file=" + dir.resolve("missing.pem"));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("does not exist");
    }

    @Test
    void givenAnUnreachableExchange_exit1() {
        CommandLine cl = PrecogCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute("kalshi", "status", "--api-base-url=http://127.0.0.1:1/trade-api/v2")).isEqualTo(1);
    }
}
