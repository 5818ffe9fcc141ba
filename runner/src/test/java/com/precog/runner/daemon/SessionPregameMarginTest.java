package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.espn.fake.FakeEspnServer;
import com.precog.application.config.ConfigSchema;
import com.precog.application.config.EffectiveConfig;
import com.precog.application.port.out.ProbabilityEstimate;
import com.precog.application.service.session.LinkedGames;
import com.precog.domain.game.GameId;
import com.precog.domain.game.League;
import com.precog.domain.game.TeamId;
import com.precog.domain.market.Side;
import com.precog.domain.model.NormalInGameModel;
import com.precog.domain.model.StandardNormal;
import com.precog.domain.order.ExecutionEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-play expected margin comes from the market's pre-game price: a paper session sees TB @ DAL
 * scheduled on the real 2022 week-1 scoreboard, records the DAL market's two-sided quote (mid 0.54)
 * while the game has not started, and once the feed has the game in play prices it with
 * {@code 13.45·Φ⁻¹(0.54)}, not the Elo probability; {@code health.json} counts the source.
 */
class SessionPregameMarginTest {
    static final String TICKER = "KXNFLGAME-22SEP11TBDAL-DAL";
    static final String EVENT_ID = "401437644";

    @Test
    void theInPlayPriceUsesTheMarketsPreGameQuote_notElo(@TempDir Path dir) throws Exception {
        Path board = Path.of("../../shared/data/espn/nfl-scoreboard-live-2022wk1.json");
        assumeTrue(Files.exists(board), "needs ../shared/data");
        String scheduled = Files.readString(board);
        String inPlay = inPlay(scheduled); // DAL 10, TB 7, 2nd quarter, 5:00 left
        try (SessionFixture f = new SessionFixture(dir, 0, 0); FakeEspnServer espn = FakeEspnServer.start()) {
            espn.replay("football/nfl", scheduled);
            f.env.put("ESPN_BASE_URL", espn.baseUrl().toString());
            f.addGameMarket(TICKER, "KXNFLGAME-22SEP11TBDAL", "Tampa Bay at Dallas", 50_000); // YES bid 0.53, ask 0.55

            EffectiveConfig config = EffectiveConfig.resolve(Map.of(ConfigSchema.DATA + ":espn.live_poll_interval", "1s",
                    ConfigSchema.DATA + ":espn.idle_poll_interval", "1s"), List.of());
            SessionOptions options = f.paperOptions(config, Duration.ofMillis(50));
            LiveSession.Handle h = LiveSession.start(options);
            try {
                LinkedGames linked = h.injector().getInstance(LinkedGames.class);
                GameId game = GameId.espn(League.NFL, EVENT_ID);
                await(() -> linked.gameOf(TICKER).isPresent(), "the market linked to TB @ DAL");
                // book updates while the game is scheduled: the quote is the pre-game price
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (linked.pregameMarketProbability(game).isEmpty() && System.nanoTime() < deadline) {
                    f.exchange.changeAnonymousLevel(TICKER, Side.YES, 530_000, 100);
                    Thread.sleep(100);
                }
                assertThat(linked.pregameMarketProbability(game)).as("DAL's pre-game price, the mid of 0.53 / 0.55").hasValue(0.54);

                espn.replay("football/nfl", inPlay);
                Optional<ProbabilityEstimate> est = Optional.empty();
                deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (System.nanoTime() < deadline) {
                    est = linked.estimate(TICKER);
                    if (est.isPresent() && est.get().modelVersion().equals("elo_normal_ingame_nfl@1.0") && h.injector()
                            .getInstance(com.precog.application.service.games.GamePollingService.class).current(game)
                            .map(g -> g.period() == 2).orElse(false)) {
                        break;
                    }
                    Thread.sleep(100);
                }
                est = linked.estimate(TICKER);
                assertThat(est).isPresent();
                double minutes = (15 * 60 * 2 + 300) / 60.0;
                double fromMarket = NormalInGameModel.nfl().homeWinProbability(3, minutes, 13.45 * StandardNormal.inverseCdf(0.54));
                double elo = BundledEloRatings.load().homeWinProbability(TeamId.of(League.NFL, "DAL"), TeamId.of(League.NFL, "TB"),
                        LocalDate.of(2022, 9, 11), false).orElseThrow();
                double fromElo = NormalInGameModel.nfl().homeWinProbability(3, minutes, 13.45 * StandardNormal.inverseCdf(elo));
                assertThat(Math.abs(fromMarket - fromElo)).as("Elo and the market disagree enough to tell them apart").isGreaterThan(0.01);
                assertThat(est.get().yesProbability().millionths() / 1e6).isCloseTo(fromMarket, within(1.5e-6));

                JsonNode margin = f.awaitHealth("/in_game_model/pregame_margin", n -> n.path("market").asLong() > 0, deadline);
                assertThat(margin).isNotNull();
                assertThat(margin.path("market").asLong()).as("in-play predictions on the market's margin").isPositive();
                assertThat(f.adapters().pregamePrices(ExecutionEnvironment.PAPER).find(game)).as("kept for a restart")
                        .hasValueSatisfying(p -> assertThat(p.homeProbability().millionths()).isEqualTo(540_000));
            } finally {
                h.stop();
            }

            // restarted mid-game: no pre-game quote seen by this session, the kept price still sets the margin
            LiveSession.Handle again = LiveSession.start(options);
            try {
                LinkedGames linked = again.injector().getInstance(LinkedGames.class);
                GameId game = GameId.espn(League.NFL, EVENT_ID);
                var polling = again.injector().getInstance(com.precog.application.service.games.GamePollingService.class);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                Optional<ProbabilityEstimate> est = Optional.empty();
                while (System.nanoTime() < deadline) {
                    est = linked.estimate(TICKER);
                    if (est.isPresent() && polling.current(game).map(g -> g.period() == 2).orElse(false)) break;
                    Thread.sleep(100);
                }
                assertThat(linked.pregameMarketProbability(game)).hasValue(0.54);
                double minutes = (15 * 60 * 2 + 300) / 60.0;
                double fromMarket = NormalInGameModel.nfl().homeWinProbability(3, minutes, 13.45 * StandardNormal.inverseCdf(0.54));
                assertThat(est).isPresent();
                assertThat(est.get().yesProbability().millionths() / 1e6).isCloseTo(fromMarket, within(1.5e-6));
            } finally {
                again.stop();
            }
        }
    }

    /** The scoreboard with TB @ DAL in the 2nd quarter, 5:00 left, DAL 10 - TB 7. */
    static String inPlay(String scoreboard) throws Exception {
        JsonNode root = SessionFixture.JSON.readTree(scoreboard);
        for (JsonNode e : root.path("events")) {
            if (!e.path("id").asText().equals(EVENT_ID)) continue;
            for (JsonNode st : List.of(e.path("status"), e.path("competitions").get(0).path("status"))) {
                if (!st.isObject()) continue;
                ObjectNode s = (ObjectNode) st;
                s.put("period", 2).put("clock", 300.0).put("displayClock", "5:00");
                ((ObjectNode) s.path("type")).put("name", "STATUS_IN_PROGRESS").put("state", "in").put("completed", false)
                        .put("description", "In Progress");
            }
            for (JsonNode c : e.path("competitions").get(0).path("competitors")) {
                ((ObjectNode) c).put("score", c.path("homeAway").asText().equals("home") ? "10" : "7");
            }
        }
        return SessionFixture.JSON.writeValueAsString(root);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(50);
        }
    }
}
