package com.precog.runner.cli.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SizeCommandTest {
    @Test
    void issueCheck_feeFromKalshiFormula_kellyWithAllInCost_contractsFloorStakeOverCost() throws Exception {
        CliRun r = CliRun.of("size", "--probability", "0.72", "--side", "yes", "--price", "0.65", "--bankroll", "10000", "--fraction", "0.25", "--json");
        assertThat(r.code()).isZero();
        JsonNode n = new ObjectMapper().readTree(r.out());
        // fee = ceil_to(0.0001, 0.07 × 0.65 × 0.35 = 0.015925) = 0.0160
        BigDecimal fee = new BigDecimal("0.07").multiply(new BigDecimal("0.65")).multiply(new BigDecimal("0.35")).setScale(4, RoundingMode.CEILING);
        assertThat(new BigDecimal(n.get("fee_per_contract").asText())).isEqualByComparingTo(fee);
        BigDecimal c = new BigDecimal("0.65").add(fee);
        assertThat(new BigDecimal(n.get("all_in_cost").asText())).isEqualByComparingTo(c);
        BigDecimal kelly = new BigDecimal("0.72").subtract(c).divide(BigDecimal.ONE.subtract(c), 6, RoundingMode.FLOOR);
        assertThat(new BigDecimal(n.get("full_kelly").asText())).isEqualByComparingTo(kelly);
        BigDecimal stake = new BigDecimal(n.get("stake").asText());
        assertThat(stake).isEqualByComparingTo("404.19");
        assertThat(new BigDecimal(n.get("contracts").asText())).isEqualByComparingTo(stake.divide(c, 0, RoundingMode.FLOOR));
        assertThat(n.get("contracts").asText()).isEqualTo("606.00");
        assertThat(n.get("edge").asText()).isEqualTo("0.054");
        assertThat(n.get("binding_limit").asText()).isEqualTo("kelly");
        assertThat(n.get("rejection").isNull()).isTrue();
        assertThat(r.out().trim()).doesNotContain("\n");
    }

    @Test
    void noEdge_reportsRejection_andHumanOutputNamesTheFields() throws Exception {
        CliRun r = CliRun.of("size", "--probability", "0.30", "--side", "no", "--price", "0.75", "--json");
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertThat(n.get("rejection").get("reason").asText()).isEqualTo("no_edge");
        assertThat(n.get("contracts").asText()).isEqualTo("0.00");
        CliRun human = CliRun.of("size", "--probability", "0.9", "--side", "yes", "--price", "0.5", "--bankroll", "100000");
        assertThat(human.out()).contains("fee per contract").contains("binding limit").contains("position_cap");
    }

    @Test
    void theFeeUsesTradingYamlsCoefficients_asTheDaemonDoes_andABadFileExitsTwo(@TempDir Path dir) throws Exception {
        Path shipped = Path.of("..", "config");
        Path cfg = Files.createDirectory(dir.resolve("config"));
        try (var files = Files.list(shipped)) {
            for (Path f : files.toList()) Files.copy(f, cfg.resolve(f.getFileName()));
        }
        Path trading = cfg.resolve("trading.yaml");
        String yaml = Files.readString(trading);
        Files.writeString(trading, yaml.replace("taker_coefficient: \"0.07\"", "taker_coefficient: \"0.035\"")
                .replace("maker_coefficient: \"0.0175\"", "maker_coefficient: \"0.01\""));
        String[] args = {"size", "--probability", "0.72", "--side", "yes", "--price", "0.65", "--json", "--config-dir", cfg.toString()};

        JsonNode taker = new ObjectMapper().readTree(CliRun.of(args).out());
        JsonNode maker = new ObjectMapper().readTree(CliRun.of(append(args, "--maker")).out());
        JsonNode shippedFee = new ObjectMapper().readTree(CliRun.of("size", "--probability", "0.72", "--side", "yes", "--price", "0.65", "--json",
                "--config-dir", shipped.toString()).out());

        assertThat(new BigDecimal(taker.get("fee_per_contract").asText())).isEqualByComparingTo("0.0080"); // ceil(0.035 × 0.65 × 0.35 = 0.0079625)
        assertThat(new BigDecimal(maker.get("fee_per_contract").asText())).isEqualByComparingTo("0.0023"); // ceil(0.01 × 0.2275)
        assertThat(new BigDecimal(shippedFee.get("fee_per_contract").asText())).isEqualByComparingTo("0.0160");

        Files.writeString(trading, yaml.replace("taker_coefficient: \"0.07\"", "taker_coefficient: \"0.9\""));
        CliRun bad = CliRun.of(args);
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("fees.taker_coefficient");
    }

    private static String[] append(String[] a, String extra) {
        String[] b = java.util.Arrays.copyOf(a, a.length + 1);
        b[a.length] = extra;
        return b;
    }

    @Test
    void badInput_exitsTwo_namingTheValue() {
        CliRun r = CliRun.of("size", "--probability", "1.2", "--side", "yes", "--price", "0.65");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("1.2");
        assertThat(CliRun.of("size", "--probability", "0.7", "--side", "maybe", "--price", "0.65").err()).contains("maybe");
        assertThat(CliRun.of("size", "--probability", "0.7", "--side", "yes", "--price", "0.65", "--fraction", "0.6").code()).isEqualTo(2);
        assertThat(CliRun.of("size", "--side", "yes").code()).isEqualTo(2);
    }

    @Test
    void aNegativeBankroll_isBadInput() {
        CliRun r = CliRun.of("size", "--probability", "0.72", "--side", "yes", "--price", "0.65", "--bankroll", "-5", "--json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--bankroll").contains("-5");
        assertThat(r.out()).isEmpty();
    }

    /** The position cap of trading.yaml binds the what-if size as it binds the daemon (it was the hard-coded $500). */
    @Test
    void thePositionCapOfTradingYaml_bindsTheSize(@TempDir Path dir) throws Exception {
        Path cfg = Files.createDirectory(dir.resolve("config"));
        Files.writeString(cfg.resolve("trading.yaml"), "limits:\n  max_position_dollars: \"100\"\n");
        String[] args = {"size", "--probability", "0.9", "--side", "yes", "--price", "0.5", "--bankroll", "100000", "--json"};
        JsonNode spec = new ObjectMapper().readTree(CliRun.of(args).out());
        String[] capped = java.util.Arrays.copyOf(args, args.length + 2);
        capped[args.length] = "--config-dir";
        capped[args.length + 1] = cfg.toString();
        JsonNode configured = new ObjectMapper().readTree(CliRun.of(capped).out());
        BigDecimal cost = new BigDecimal(spec.get("all_in_cost").asText());
        assertThat(spec.get("binding_limit").asText()).isEqualTo("position_cap");
        assertThat(new BigDecimal(spec.get("contracts").asText()).multiply(cost)).as("the built-in $500 cap")
                .isGreaterThan(new BigDecimal("400")).isLessThanOrEqualTo(new BigDecimal("500"));
        assertThat(configured.get("binding_limit").asText()).isEqualTo("position_cap");
        assertThat(new BigDecimal(configured.get("contracts").asText()).multiply(cost)).as("the configured $100 cap")
                .isGreaterThan(new BigDecimal("90")).isLessThanOrEqualTo(new BigDecimal("100"));
    }

    /** A --fraction above trading.yaml's kelly_hard_max is shown as the fraction the sizer used, the cap. */
    @Test
    void aFractionAboveTheHardMax_isShownCapped(@TempDir Path dir) throws Exception {
        Path cfg = Files.createDirectory(dir.resolve("config"));
        Files.writeString(cfg.resolve("trading.yaml"), "kelly_hard_max: \"0.30\"\nkelly_fraction: \"0.25\"\nkelly_fraction_by_league:\n  nfl: \"0.25\"\n"
                + "  ncaaf: \"0.20\"\n  nba: \"0.22\"\n  nhl: \"0.25\"\n  mlb: \"0.20\"\nkelly_fraction_settlement_arbitrage: \"0.30\"\n");
        JsonNode n = new ObjectMapper().readTree(CliRun.of("size", "--probability", "0.72", "--side", "yes", "--price", "0.65", "--fraction", "0.50",
                "--json", "--config-dir", cfg.toString()).out());
        assertThat(n.get("fraction").asText()).isEqualTo("0.3");
        assertThat(new BigDecimal(n.get("fractional_kelly").asText()))
                .isEqualByComparingTo(new BigDecimal(n.get("full_kelly").asText()).multiply(new BigDecimal("0.3")).setScale(6, RoundingMode.FLOOR));
    }
}
