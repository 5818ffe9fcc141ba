package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.precog.adapters.espn.fake.FakeEspnServer;
import com.precog.application.config.ConfigSchema;
import com.precog.application.config.EffectiveConfig;
import com.precog.application.port.out.OrderRecord;
import com.precog.application.service.ingame.ModelVersionsInGameModels;
import com.precog.domain.edge.EdgeObservation;
import com.precog.domain.evaluation.ActivationGate;
import com.precog.domain.evaluation.GateCriteria;
import com.precog.domain.evaluation.GateEvidence;
import com.precog.domain.evaluation.ModelPhase;
import com.precog.domain.game.League;
import com.precog.domain.game.TeamId;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelType;
import com.precog.domain.model.ModelVersion;
import com.precog.domain.model.StandardNormal;
import com.precog.domain.model.ingame.FallbackCounts;
import com.precog.domain.model.ingame.InGameModel;
import com.precog.domain.model.ingame.InGameModelText;
import com.precog.domain.model.ingame.InGameSituation;
import com.precog.domain.model.ingame.LinearPredictor;
import com.precog.domain.model.ingame.WinProbabilityLookup;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.strategy.StrategyKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper session against the fake exchange and the fake ESPN (the real 2022 week-1 live scoreboard):
 * the in-play market PHI @ DET (4th quarter, 7:45 left, PHI up 38-28) is priced by the ACTIVE
 * in_game_logistic version stored in PostgreSQL, the edge and the order name that version, and
 * {@code health.json} says which model is in use with its fallback counts.
 */
class SessionInGameModelTest {
    static final String TICKER = "KXNFLGAME-22SEP11PHIDET-PHI";
    static final ModelRef REF = ModelRef.parse("nfl_live@v1.0");

    /** logit = 1.7·(lead_z + margin_remaining_z): score, clock and the pre-game margin only, so the expectation needs no feed mapping. */
    static InGameModel model() {
        double[] c = new double[13];
        c[0] = 1.7;
        c[1] = 1.7;
        LinearPredictor p = new LinearPredictor(0.0, c);
        return new InGameModel(p, p, new WinProbabilityLookup(WinProbabilityLookup.Config.full(), Map.of()));
    }

    @Test
    void anInPlayMarketIsPricedByTheActiveInGameVersionAndHealthCountsFallbacks(@TempDir Path dir) throws Exception {
        Path board = Path.of("../../shared/data/espn/nfl-scoreboard-live-2022wk1.json");
        assumeTrue(Files.exists(board), "needs ../shared/data");
        try (SessionFixture f = new SessionFixture(dir, 0, 0); FakeEspnServer espn = FakeEspnServer.start()) {
            espn.replay("football/nfl", Files.readString(board));
            f.env.put("ESPN_BASE_URL", espn.baseUrl().toString());
            f.addGameMarket(TICKER, "KXNFLGAME-22SEP11PHIDET", "Philadelphia at Detroit", 50_000); // YES bid 0.53, ask 0.55

            // the versions in PostgreSQL: a draft that must not be used, and the gated ACTIVE one
            Instant t0 = Instant.now().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            var versions = f.adapters().modelVersions();
            String text = InGameModelText.format(model());
            versions.add(ModelVersion.draft(ModelRef.parse("nfl_draft@v1.0"), ModelType.IN_GAME_LOGISTIC,
                    Map.of(ModelVersionsInGameModels.CONFIG_KEY, InGameModelText.format(new InGameModel(new LinearPredictor(3.0, new double[13]),
                            new LinearPredictor(3.0, new double[13]), new WinProbabilityLookup(WinProbabilityLookup.Config.full(), Map.of())))),
                    "draft", t0.plusSeconds(30)));
            GateEvidence evidence = new GateEvidence(ModelPhase.IN_GAME, 91_378, 0.766, 0.156, 0.025, 91_378, OptionalDouble.of(0.156),
                    OptionalDouble.of(0.165), "run-test");
            ModelVersion draft = ModelVersion.draft(REF, ModelType.IN_GAME_LOGISTIC, Map.of(ModelVersionsInGameModels.CONFIG_KEY, text), "live test", t0);
            versions.add(draft);
            versions.update(draft.startTesting(t0));
            versions.update(((ModelVersion.Activated) versions.find(REF).orElseThrow().activate(new ActivationGate(GateCriteria.specDefaults()), evidence, t0))
                    .version());

            // live trading enabled (SPEC default is off) with a 0.60 confidence minimum
            f.activateLiveTrading();

            EffectiveConfig config = EffectiveConfig.resolve(Map.of(ConfigSchema.MARKETS + ":discovery.interval", "10s"), List.of());
            SessionOptions options = f.paperOptions(config, Duration.ofMillis(50));
            LiveSession.Handle h = LiveSession.start(options);
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                Optional<EdgeObservation> edge = Optional.empty();
                while (edge.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                    // no book change and discovery only every 10 s: a market discovered before the feed's first poll
                    // is linked when the game's state arrives, and re-evaluated then
                    edge = f.adapters().edgeJournal().recent(100).stream().filter(e -> e.marketTicker().equals(TICKER)).findFirst();
                }
                assertThat(edge).as("an edge recorded on the in-play market").isPresent();
                assertThat(edge.get().modelVersion()).isEqualTo("nfl_live@v1.0");

                // P(PHI) = 1 − the version's P(DET home) at 28-38, Q4 7:45, margin 13.45·Φ⁻¹(Elo)
                double elo = BundledEloRatings.load().homeWinProbability(TeamId.of(League.NFL, "DET"), TeamId.of(League.NFL, "PHI"),
                        LocalDate.of(2022, 9, 11), false).orElseThrow();
                double margin = 13.45 * StandardNormal.inverseCdf(elo);
                double det = model().homeWinProbability(InGameSituation.ofScoreAndClock(28, 38, 4, 465, margin), FallbackCounts.discarding());
                assertThat(edge.get().yesProbability().millionths() / 1e6).isCloseTo(1 - det, within(1.5e-6));
                assertThat(edge.get().confidence()).as("agreement, not the old fixed 0.75").isNotEqualTo(Probability.of("0.75"));
                assertThat(edge.get().confidence().millionths()).isGreaterThan(600_000);

                List<OrderRecord> orders = List.of();
                while (orders.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                    orders = f.journaledOrders(ExecutionEnvironment.PAPER).stream().filter(o -> o.request().marketTicker().equals(TICKER)).toList();
                }
                assertThat(orders).as("the live strategy entered").isNotEmpty();
                assertThat(orders.get(0).attribution().modelVersion()).isEqualTo("nfl_live@v1.0");
                assertThat(orders.get(0).attribution().strategy()).isEqualTo(StrategyKey.of("live_trading", "1.0"));

                JsonNode model = f.awaitHealth("/in_game_model", n -> n.path("predictions").asLong() > 0, deadline);
                Path health = HealthFile.defaultPath(f.home);
                assertThat(model).isNotNull();
                assertThat(model.path("in_use").asText()).isEqualTo("nfl_live@v1.0");
                assertThat(model.path("predictions").asLong()).isPositive();
                assertThat(model.at("/fallbacks/timeouts_unknown").isNumber()).as("every fallback is counted by name").isTrue();
                assertThat(model.at("/fallbacks/timeouts_unknown").asLong()).as("the real live scoreboard gives both teams' timeouts").isZero();
                assertThat(model.path("fallbacks_total").asLong()).isGreaterThanOrEqualTo(0);
                JsonNode root = HealthFile.MAPPER.readTree(Files.readString(health));
                boolean component = false;
                for (JsonNode c : root.path("components")) component |= c.path("name").asText().equals("in_game_model") && c.path("status").asText().equals("UP");
                assertThat(component).as("component in_game_model UP").isTrue();
            } finally {
                h.stop();
            }
        }
    }
}
