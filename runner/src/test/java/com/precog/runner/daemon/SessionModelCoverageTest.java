package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.precog.adapters.espn.fake.FakeEspnServer;
import com.precog.application.config.ConfigSchema;
import com.precog.application.config.EffectiveConfig;
import com.precog.application.port.out.OrderRecord;
import com.precog.application.service.ingame.ModelVersionsInGameModels;
import com.precog.domain.evaluation.ActivationGate;
import com.precog.domain.evaluation.GateCriteria;
import com.precog.domain.evaluation.GateEvidence;
import com.precog.domain.evaluation.ModelPhase;
import com.precog.domain.model.ModelType;
import com.precog.domain.model.ModelVersion;
import com.precog.domain.model.ingame.InGameModelText;
import com.precog.domain.order.ExecutionEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markets the daemon has no model for are tracked but never entered, and health says why: an NHL game
 * in play (NHL enabled in markets.yaml, the real live NHL scoreboard) is not priced by the football
 * in-game model, a market of a series that is no league's game series and a football market whose
 * ticker matches no ESPN game (reported once the link grace of 30 ticks has passed) are named with their reason, while the NFL game in the same session is
 * priced and traded as before. A configured series Kalshi does not have makes the component DEGRADED,
 * naming it; a known series without an open market does not.
 */
class SessionModelCoverageTest {
    static final String NFL = "KXNFLGAME-22SEP11PHIDET-PHI";
    static final String NHL = "KXNHLGAME-22SEP25ANAARI-ANA"; // ANA leads ARI 3-1, 3rd period 9:03 left
    static final String WEATHER = "KXHIGHNY-22SEP25-B75";
    static final String UNMATCHED = "KXNFLGAME-22SEP11XXXYYY-XXX";

    @Test
    void marketsNoModelCoversAreNotEnteredAndHealthNamesWhy(@TempDir Path dir) throws Exception {
        Path nflBoard = Path.of("../../shared/data/espn/nfl-scoreboard-live-2022wk1.json");
        Path nhlBoard = Path.of("../../shared/data/espn/nhl-scoreboard-live.json");
        assumeTrue(Files.exists(nflBoard) && Files.exists(nhlBoard), "needs ../shared/data");
        try (SessionFixture f = new SessionFixture(dir, 0, 0); FakeEspnServer espn = FakeEspnServer.start()) {
            espn.replay("football/nfl", Files.readString(nflBoard));
            espn.replay("hockey/nhl", Files.readString(nhlBoard));
            f.env.put("ESPN_BASE_URL", espn.baseUrl().toString());
            f.addGameMarket(NFL, "KXNFLGAME-22SEP11PHIDET", "Philadelphia at Detroit", 50_000);
            f.addMarket("KXNHLGAME", NHL, "KXNHLGAME-22SEP25ANAARI", "Anaheim at Arizona", 50_000);
            f.addMarket("KXHIGHNY", WEATHER, "KXHIGHNY-22SEP25", "Highest temperature in NYC: 75-76", 50_000);
            f.addGameMarket(UNMATCHED, "KXNFLGAME-22SEP11XXXYYY", "no such game", 50_000);
            activateFootballInGameModel(f);

            // NCAAF's series exists, off-season: no open market
            f.exchange.addSeries(SessionFixture.JSON.createObjectNode().put("ticker", "KXNCAAFGAME").put("title", "College Football Game")
                    .put("fee_type", "quadratic_with_maker_fees").put("fee_multiplier", 1));
            // NHL enabled; the weather series configured as MLB's series (a user's mistake: it is no game series); NBA's with a typo
            EffectiveConfig config = EffectiveConfig.resolve(Map.of(ConfigSchema.MARKETS + ":discovery.interval", "10s",
                    ConfigSchema.MARKETS + ":leagues.nhl.enabled", "true", ConfigSchema.MARKETS + ":leagues.mlb.enabled", "true",
                    ConfigSchema.MARKETS + ":leagues.mlb.series", "KXHIGHNY", ConfigSchema.MARKETS + ":leagues.nba.enabled", "true",
                    ConfigSchema.MARKETS + ":leagues.nba.series", "KXNBAGAMES"), List.of());
            try (LiveSession.Handle h = LiveSession.start(f.paperOptions(config, Duration.ofMillis(50)))) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                List<OrderRecord> nfl = List.of();
                while (nfl.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                    nfl = f.journaledOrders(ExecutionEnvironment.PAPER).stream().filter(o -> o.request().marketTicker().equals(NFL)).toList();
                }
                assertThat(nfl).as("the NFL game in play is priced and entered").isNotEmpty();
                assertThat(h.session().trackedMarkets()).extracting(m -> m.ticker()).contains(NHL, WEATHER, UNMATCHED);
                // the NHL game is linked to its ESPN game: only the model's league keeps it from being priced
                long linkDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                var linked = h.injector().getInstance(com.precog.application.service.session.LinkedGames.class);
                while (linked.gameOf(NHL).isEmpty() && System.nanoTime() < linkDeadline) Thread.sleep(100);
                assertThat(linked.gameOf(NHL)).as("the NHL market is linked to its game").isPresent();
                // every market evaluated since: the session says why it enters nothing there (the reason of each market's last evaluation)
                h.session().rescan();
                JsonNode entries = component(f.awaitHealth("/components", x -> component(x, "entries") != null
                        && component(x, "entries").path("detail").asText().contains("no_probability 3"), System.nanoTime() + TimeUnit.SECONDS.toNanos(20)),
                        "entries");
                assertThat(entries).as("health component entries").isNotNull();
                assertThat(entries.path("detail").asText()).contains("entries sent since start").contains("markets not entered now: ")
                        .contains("no_probability 3");

                assertThat(f.journaledOrders(ExecutionEnvironment.PAPER)).extracting(o -> o.request().marketTicker())
                        .as("no entry in a market no model covers").doesNotContain(NHL, WEATHER, UNMATCHED);
                assertThat(f.adapters().edgeJournal().recent(1_000)).extracting(e -> e.marketTicker())
                        .as("no probability, so no edge, for them").doesNotContain(NHL, WEATHER, UNMATCHED);

                JsonNode coverage = f.awaitHealth("/components", c -> component(c, "model_coverage") != null, System.nanoTime()
                        + TimeUnit.SECONDS.toNanos(10));
                JsonNode c = component(coverage, "model_coverage");
                assertThat(c).as("health component model_coverage").isNotNull();
                // not trading a market is no fault of the daemon, a configured series Kalshi does not have is
                assertThat(c.path("status").asText()).isEqualTo("DEGRADED");
                assertThat(c.path("detail").asText()).startsWith("series unknown to Kalshi (markets.yaml): KXNBAGAMES; ")
                        .doesNotContain("KXNCAAFGAME").contains("3 of 4 markets not traded")
                        .contains("KXNHLGAME: 1 (no model for NHL games)")
                        .contains("KXHIGHNY: 1 (not a game-winner series of a league)")
                        .contains("KXNFLGAME: 1 (not linked to a game of today's ESPN scoreboards)");
            }
        }
    }

    private static JsonNode component(JsonNode components, String name) {
        if (components == null) return null;
        for (JsonNode c : components) if (c.path("name").asText().equals(name)) return c;
        return null;
    }

    /** The ACTIVE in_game_logistic version of {@link SessionInGameModelTest} and the live strategy switched on. */
    static void activateFootballInGameModel(SessionFixture f) {
        Instant t0 = Instant.now().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        var versions = f.adapters().modelVersions();
        GateEvidence evidence = new GateEvidence(ModelPhase.IN_GAME, 91_378, 0.766, 0.156, 0.025, 91_378, OptionalDouble.of(0.156),
                OptionalDouble.of(0.165), "run-test");
        ModelVersion draft = ModelVersion.draft(SessionInGameModelTest.REF, ModelType.IN_GAME_LOGISTIC,
                Map.of(ModelVersionsInGameModels.CONFIG_KEY, InGameModelText.format(SessionInGameModelTest.model())), "coverage test", t0);
        versions.add(draft);
        versions.update(draft.startTesting(t0));
        versions.update(((ModelVersion.Activated) versions.find(SessionInGameModelTest.REF).orElseThrow()
                .activate(new ActivationGate(GateCriteria.specDefaults()), evidence, t0)).version());
        f.activateLiveTrading();
    }
}
