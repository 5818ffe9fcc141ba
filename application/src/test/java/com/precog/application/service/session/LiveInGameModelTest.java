package com.precog.application.service.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.precog.application.port.out.ProbabilityEstimate;
import com.precog.application.port.out.models.InMemoryModelVersions;
import com.precog.application.port.out.models.ModelVersions;
import com.precog.application.service.ingame.ModelVersionsInGameModels;
import com.precog.domain.evaluation.ActivationGate;
import com.precog.domain.evaluation.GateCriteria;
import com.precog.domain.evaluation.GateEvidence;
import com.precog.domain.evaluation.ModelPhase;
import com.precog.domain.game.GameId;
import com.precog.domain.game.GameLink;
import com.precog.domain.game.GameState;
import com.precog.domain.game.GameStatus;
import com.precog.domain.game.KalshiGameTicker;
import com.precog.domain.game.League;
import com.precog.domain.game.Situation;
import com.precog.domain.game.TeamId;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelStatus;
import com.precog.domain.model.ModelType;
import com.precog.domain.model.ModelVersion;
import com.precog.domain.model.NormalInGameModel;
import com.precog.domain.model.StandardNormal;
import com.precog.domain.model.ingame.FallbackCounts;
import com.precog.domain.model.ingame.FeatureFallback;
import com.precog.domain.model.ingame.InGameModel;
import com.precog.domain.model.ingame.InGameModelText;
import com.precog.domain.model.ingame.InGameSituation;
import com.precog.domain.model.ingame.LinearPredictor;
import com.precog.domain.model.ingame.WinProbabilityLookup;
import com.precog.domain.money.Probability;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** LinkedGames in play: the ACTIVE fitted version prices, fallbacks are counted, confidence comes from agreement. */
class LiveInGameModelTest {
    static final String DAL = "KXNFLGAME-26OCT08TBDAL-DAL";
    static final String TB = "KXNFLGAME-26OCT08TBDAL-TB";
    static final Instant KICKOFF = Instant.parse("2026-10-09T00:15:00Z");
    static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");
    final GameId game = GameId.of("NFL-401437650");
    final TeamId dal = TeamId.of(League.NFL, "DAL");
    final TeamId tb = TeamId.of(League.NFL, "TB");
    final Map<GameId, GameState> states = new HashMap<>();
    final InMemoryModelVersions versions = new InMemoryModelVersions();
    final ActiveInGameModel active = new ActiveInGameModel(versions);
    OptionalDouble pregame = OptionalDouble.of(0.60);
    final LinkedGames linked = new LinkedGames(id -> Optional.ofNullable(states.get(id)), (h, a, d, n) -> pregame, NormalInGameModel.nfl(), active,
            LinkedGames.Settings.defaults());

    /** A model close to the normal model (logit 1.7·z) with a possession term, so the two members nearly agree. */
    static InGameModel model(double possession) {
        double[] c = new double[13];
        c[0] = 1.7; // lead_z
        c[1] = 1.7; // margin_remaining_z
        c[4] = possession; // poss_z
        LinearPredictor p = new LinearPredictor(0.0, c);
        return new InGameModel(p, p, new WinProbabilityLookup(WinProbabilityLookup.Config.full(), Map.of()));
    }

    static ModelVersion draft(String ref, InGameModel m, Instant at) {
        return ModelVersion.draft(ModelRef.of(ref, "v1.0"), ModelType.IN_GAME_LOGISTIC, Map.of(ModelVersionsInGameModels.CONFIG_KEY, InGameModelText.format(m)),
                "test", at);
    }

    /** Through the real lifecycle: draft, testing, then the SPEC §3 gate on passing evidence. */
    static ModelVersion activated(ModelVersion draft, Instant at) {
        GateEvidence good = new GateEvidence(ModelPhase.IN_GAME, 91_378, 0.766, 0.156, 0.025, 91_378, OptionalDouble.of(0.156), OptionalDouble.of(0.165), "run-1");
        ModelVersion.Activation a = draft.startTesting(at).activate(new ActivationGate(GateCriteria.specDefaults()), good, at);
        return ((ModelVersion.Activated) a).version();
    }

    GameState state(GameStatus status, int home, int away, int period, int clockSeconds, Situation situation) {
        return new GameState(game, League.NFL, KICKOFF, dal, tb, home, away, period, Duration.ofSeconds(clockSeconds), status, situation, Optional.empty(),
                false, KICKOFF.plusSeconds(3600));
    }

    void linkBoth() {
        linked.link(DAL, new GameLink.Linked(KalshiGameTicker.parse(DAL), game, false, Optional.of(GameLink.YesSide.HOME)));
        linked.link(TB, new GameLink.Linked(KalshiGameTicker.parse(TB), game, false, Optional.of(GameLink.YesSide.AWAY)));
    }

    static double p(ProbabilityEstimate e) {
        return e.yesProbability().millionths() / 1e6;
    }

    @Test
    void theActiveVersionPricesInPlayAndNamesItselfWithAgreementConfidence() {
        InGameModel m = model(0.3);
        versions.add(activated(draft("nfl_wp", m, T0), T0));
        assertThat(active.refresh()).isPresent();
        linkBoth();
        Situation dalBall = Situation.of(dal, 2, 7, 40, false);
        GameState g = state(GameStatus.IN_PROGRESS, 14, 10, 3, 420, dalBall);
        states.put(game, g);

        ProbabilityEstimate est = linked.estimate(DAL).orElseThrow();
        double margin = 13.45 * StandardNormal.inverseCdf(0.60);
        double fitted = m.homeWinProbability(new InGameSituation(14, 10, 3, 420, com.precog.domain.model.ingame.Possession.HOME, 2, 7, 40,
                InGameSituation.UNKNOWN, InGameSituation.UNKNOWN, margin), FallbackCounts.discarding());
        double normal = NormalInGameModel.nfl().homeWinProbability(4, (900 + 420) / 60.0, margin);
        assertThat(p(est)).as("priced by the fitted version alone").isCloseTo(fitted, within(1e-6));
        assertThat(est.modelVersion()).isEqualTo("nfl_wp@v1.0");
        double sd = Math.abs(fitted - normal) / Math.sqrt(2);
        assertThat(fitted).isNotCloseTo(normal, within(1e-3));
        assertThat(est.confidence().millionths() / 1e6).as("1 - sd/0.25 of the two members").isCloseTo(1 - sd / 0.25, within(1e-6));
        assertThat(est.ciLow().compareTo(est.yesProbability())).isLessThanOrEqualTo(0);
        assertThat(est.ciHigh().millionths() - est.ciLow().millionths()).as("the members' interval").isPositive();
        ProbabilityEstimate away = linked.estimate(TB).orElseThrow();
        assertThat(p(away) + p(est)).isCloseTo(1.0, within(2e-6));
        assertThat(away.confidence()).isEqualTo(est.confidence());

        // members far apart: a model that ignores the lead disagrees with the normal model, and confidence drops
        ModelVersion blind = activated(draft("nfl_blind", new InGameModel(new LinearPredictor(0, new double[13]), new LinearPredictor(0, new double[13]),
                new WinProbabilityLookup(WinProbabilityLookup.Config.full(), Map.of())), T0.plusSeconds(60)), T0.plusSeconds(120));
        versions.add(blind);
        active.refresh();
        states.put(game, state(GameStatus.IN_PROGRESS, 24, 3, 4, 300, dalBall));
        ProbabilityEstimate low = linked.estimate(DAL).orElseThrow();
        assertThat(low.modelVersion()).as("the newest activation wins").isEqualTo("nfl_blind@v1.0");
        assertThat(p(low)).isCloseTo(0.5, within(1e-6));
        assertThat(low.confidence().millionths()).as("0.5 vs > 0.99: sd above the scale").isZero();
        assertThat(linked.modelHealth().inUse()).isEqualTo("nfl_blind@v1.0");

        // pre-game is unchanged: Elo, one member, baseline version
        states.put(game, state(GameStatus.SCHEDULED, 0, 0, 0, 900, Situation.NONE));
        ProbabilityEstimate pre = linked.estimate(DAL).orElseThrow();
        assertThat(p(pre)).isCloseTo(0.60, within(1e-6));
        assertThat(pre.modelVersion()).isEqualTo("elo_normal_ingame_nfl@1.0");
    }

    @Test
    void draftTestingAndDeprecatedVersionsAreNeverUsed() {
        InGameModel m = model(0.3);
        ModelVersion draft = draft("nfl_draft", m, T0);
        ModelVersion testing = draft("nfl_testing", m, T0).startTesting(T0);
        ModelVersion deprecated = activated(draft("nfl_old", m, T0), T0).deprecate(T0.plusSeconds(5));
        versions.add(draft);
        versions.add(testing);
        versions.add(deprecated);
        assertThat(List.of(draft.status(), testing.status(), deprecated.status())).containsExactly(ModelStatus.DRAFT, ModelStatus.TESTING,
                ModelStatus.DEPRECATED);
        // an ACTIVE version of another type is not an in-game logistic model either
        versions.add(new ModelVersion(ModelRef.parse("nfl_normal@v1.0"), ModelType.NORMAL_IN_GAME, Map.of(ModelVersionsInGameModels.CONFIG_KEY,
                InGameModelText.format(m)), "other type", ModelStatus.ACTIVE, T0, T0, activated(draft("x", m, T0), T0).activationEvidence()));
        assertThat(active.refresh()).isEmpty();
        assertThat(active.inUse()).isEqualTo(ActiveInGameModel.NORMAL_BASELINE);

        linkBoth();
        states.put(game, state(GameStatus.IN_PROGRESS, 14, 10, 3, 420, Situation.of(dal, 2, 7, 40, false)));
        ProbabilityEstimate est = linked.estimate(DAL).orElseThrow();
        double normal = NormalInGameModel.nfl().homeWinProbability(4, (900 + 420) / 60.0, 13.45 * StandardNormal.inverseCdf(0.60));
        assertThat(p(est)).as("the normal model").isCloseTo(normal, within(1e-6));
        assertThat(est.modelVersion()).isEqualTo("elo_normal_ingame_nfl@1.0");
        assertThat(est.confidence()).as("one member: its own confidence").isEqualTo(Probability.of("0.75"));
        LinkedGames.ModelHealth h = linked.modelHealth();
        assertThat(h.inUse()).isEqualTo("normal baseline");
        assertThat(h.predictions()).isZero();
        assertThat(h.baseline()).isEqualTo(1);
        assertThat(h.fallbacksTotal()).isZero();

        // activation takes effect on the next refresh; deprecation ends it
        ModelVersion on = activated(draft("nfl_new", m, T0.plusSeconds(10)), T0.plusSeconds(10));
        versions.add(on);
        active.refresh();
        assertThat(linked.estimate(DAL).orElseThrow().modelVersion()).isEqualTo("nfl_new@v1.0");
        versions.update(on.deprecate(T0.plusSeconds(20)));
        active.refresh();
        assertThat(linked.estimate(DAL).orElseThrow().modelVersion()).isEqualTo("elo_normal_ingame_nfl@1.0");
        assertThat(active.problem()).isEmpty();
    }

    @Test
    void theLastPreGameQuoteOfTheMarket_setsTheInPlayMargin_elseElo() {
        linkBoth();
        long t = KICKOFF.toEpochMilli() - 3_600_000;
        states.put(game, state(GameStatus.SCHEDULED, 0, 0, 0, 900, Situation.NONE));
        assertThat(linked.observeQuote(DAL, 690_000, 720_000, t)).isTrue();          // home YES mid 0.705
        assertThat(linked.observeQuote(TB, 280_000, 300_000, t + 1)).isTrue();        // away YES mid 0.29: home 0.71, the latest wins
        assertThat(linked.observeQuote(DAL, 500_000, 650_000, t + 2)).as("spread 0.15: no price").isFalse();
        assertThat(linked.observeQuote(DAL, 0, 720_000, t + 3)).as("one-sided").isFalse();
        assertThat(linked.observeQuote("KXNFLGAME-26OCT08NYGPHI-PHI", 690_000, 700_000, t)).as("not linked").isFalse();
        assertThat(linked.pregameMarketProbability(game)).hasValue(0.71);
        ProbabilityEstimate pre = linked.estimate(DAL).orElseThrow();
        assertThat(p(pre)).as("before kick-off the estimate stays Elo's, not the price it is traded against").isCloseTo(0.60, within(1e-6));

        states.put(game, state(GameStatus.IN_PROGRESS, 14, 10, 3, 420, Situation.NONE));
        assertThat(linked.observeQuote(DAL, 900_000, 920_000, t + 10)).as("a quote in play is no pre-game price").isFalse();
        double fromMarket = NormalInGameModel.nfl().homeWinProbability(4, (900 + 420) / 60.0, 13.45 * StandardNormal.inverseCdf(0.71));
        double fromElo = NormalInGameModel.nfl().homeWinProbability(4, (900 + 420) / 60.0, 13.45 * StandardNormal.inverseCdf(0.60));
        assertThat(fromMarket - fromElo).as("the two priors give different prices").isGreaterThan(0.02);
        assertThat(p(linked.estimate(DAL).orElseThrow())).isCloseTo(fromMarket, within(1e-6));
        assertThat(p(linked.estimate(TB).orElseThrow())).isCloseTo(1 - fromMarket, within(2e-6));
        states.put(game, state(GameStatus.DELAYED, 14, 10, 3, 400, Situation.NONE));
        assertThat(linked.observeQuote(DAL, 900_000, 920_000, t + 20)).as("a weather delay in play is no pre-game price").isFalse();
        assertThat(linked.pregameMarketProbability(game)).hasValue(0.71);
        LinkedGames.ModelHealth h = linked.modelHealth();
        assertThat(h.marginFromMarket()).isEqualTo(1);
        assertThat(h.marginFromElo()).isZero();

        // a game whose pre-game quotes the session never saw (started after kick-off): Elo sets the margin, and it is counted
        GameId other = GameId.of("NFL-401437651");
        String phi = "KXNFLGAME-26OCT08NYGPHI-PHI";
        linked.link(phi, new GameLink.Linked(KalshiGameTicker.parse(phi), other, false, Optional.of(GameLink.YesSide.HOME)));
        states.put(other, new GameState(other, League.NFL, KICKOFF, TeamId.of(League.NFL, "PHI"), TeamId.of(League.NFL, "NYG"), 14, 10, 3,
                Duration.ofSeconds(420), GameStatus.IN_PROGRESS, Situation.NONE, Optional.empty(), false, KICKOFF.plusSeconds(3600)));
        assertThat(p(linked.estimate(phi).orElseThrow())).isCloseTo(fromElo, within(1e-6));
        assertThat(linked.modelHealth().marginFromElo()).isEqualTo(1);
        assertThat(linked.modelHealth().marginFromMarket()).isEqualTo(1);
    }

    @Test
    void thePreGamePriceIsKeptWhenTheGameGoesInPlay_andASessionRestartedMidGameUsesIt() {
        com.precog.application.port.out.InMemoryPregamePrices store = new com.precog.application.port.out.InMemoryPregamePrices();
        linked.usePregamePrices(store);
        linkBoth();
        states.put(game, state(GameStatus.SCHEDULED, 0, 0, 0, 900, Situation.NONE));
        linked.observeQuote(DAL, 690_000, 720_000, KICKOFF.toEpochMilli() - 60_000);
        linked.estimate(DAL).orElseThrow();
        assertThat(store.find(game)).as("nothing is kept before kick-off: later quotes may still move it").isEmpty();
        states.put(game, state(GameStatus.IN_PROGRESS, 14, 10, 3, 420, Situation.NONE));
        linked.estimate(DAL).orElseThrow();
        assertThat(store.find(game)).hasValueSatisfying(p -> {
            assertThat(p.homeProbability()).isEqualTo(Probability.ofMillionths(705_000));
            assertThat(p.marketTicker()).isEqualTo(DAL);
            assertThat(p.observedAt()).isEqualTo(KICKOFF.minusSeconds(60));
        });

        // the restarted session has seen no pre-game quote: the kept price sets the margin, not Elo
        LinkedGames restarted = new LinkedGames(id -> Optional.ofNullable(states.get(id)), (h, a, d, n) -> pregame, NormalInGameModel.nfl(), active,
                LinkedGames.Settings.defaults());
        restarted.usePregamePrices(store);
        restarted.link(DAL, new GameLink.Linked(KalshiGameTicker.parse(DAL), game, false, Optional.of(GameLink.YesSide.HOME)));
        double fromMarket = NormalInGameModel.nfl().homeWinProbability(4, (900 + 420) / 60.0, 13.45 * StandardNormal.inverseCdf(0.705));
        assertThat(p(restarted.estimate(DAL).orElseThrow())).isCloseTo(fromMarket, within(1e-6));
        assertThat(restarted.modelHealth().marginFromMarket()).isEqualTo(1);
        assertThat(restarted.modelHealth().marginFromElo()).isZero();

        // a store that fails: the session goes on with Elo's margin
        LinkedGames broken = new LinkedGames(id -> Optional.ofNullable(states.get(id)), (h, a, d, n) -> pregame, NormalInGameModel.nfl(), active,
                LinkedGames.Settings.defaults());
        broken.usePregamePrices(new com.precog.application.port.out.PregamePrices() {
            @Override
            public boolean record(PregamePrice price) {
                throw new IllegalStateException("database down");
            }

            @Override
            public Optional<PregamePrice> find(GameId g) {
                throw new IllegalStateException("database down");
            }
        });
        broken.link(DAL, new GameLink.Linked(KalshiGameTicker.parse(DAL), game, false, Optional.of(GameLink.YesSide.HOME)));
        double fromElo = NormalInGameModel.nfl().homeWinProbability(4, (900 + 420) / 60.0, 13.45 * StandardNormal.inverseCdf(0.60));
        assertThat(p(broken.estimate(DAL).orElseThrow())).isCloseTo(fromElo, within(1e-6));
        assertThat(broken.modelHealth().marginFromElo()).isEqualTo(1);
    }

    @Test
    void missingFeedFieldsFallBackExplicitlyAndAreCountedOncePerGameState() {
        versions.add(activated(draft("nfl_wp", model(0.3), T0), T0));
        active.refresh();
        linkBoth();
        // between plays, from a feed without timeouts: no possession, no down, no distance, no yard line, no timeouts
        states.put(game, state(GameStatus.IN_PROGRESS, 7, 7, 2, 600, Situation.NONE));
        linked.estimate(DAL).orElseThrow();
        linked.estimate(TB).orElseThrow();
        linked.estimate(DAL).orElseThrow();
        LinkedGames.ModelHealth h = linked.modelHealth();
        assertThat(h.predictions()).as("both markets and repeated asks share one prediction per state").isEqualTo(1);
        assertThat(h.fallbacks()).containsEntry(FeatureFallback.POSSESSION_UNKNOWN, 1L).containsEntry(FeatureFallback.DOWN_UNKNOWN, 1L)
                .containsEntry(FeatureFallback.YARD_LINE_UNKNOWN, 1L).containsEntry(FeatureFallback.TIMEOUTS_UNKNOWN, 1L)
                .containsEntry(FeatureFallback.DISTANCE_UNKNOWN, 0L).containsEntry(FeatureFallback.EXPECTED_MARGIN_UNKNOWN, 0L);

        // the same content observed later is the same state: no new prediction
        states.put(game, states.get(game).withObservedAt(KICKOFF.plusSeconds(7200)));
        assertThat(linked.estimate(DAL).orElseThrow().asOf()).isEqualTo(KICKOFF.plusSeconds(7200));
        assertThat(linked.modelHealth().predictions()).isEqualTo(1);

        // a full situation: only the timeouts fall back; down without distance falls back to 10 yards
        states.put(game, state(GameStatus.IN_PROGRESS, 7, 7, 2, 500, Situation.of(tb, 1, 10, 75, false)));
        linked.estimate(DAL).orElseThrow();
        states.put(game, state(GameStatus.IN_PROGRESS, 7, 7, 2, 480, Situation.of(tb, 3, null, 60, false)));
        linked.estimate(DAL).orElseThrow();
        h = linked.modelHealth();
        assertThat(h.predictions()).isEqualTo(3);
        assertThat(h.fallbacks()).containsEntry(FeatureFallback.POSSESSION_UNKNOWN, 1L).containsEntry(FeatureFallback.TIMEOUTS_UNKNOWN, 3L)
                .containsEntry(FeatureFallback.DISTANCE_UNKNOWN, 1L);

        // unrated teams: the fitted model still prices, on the explicit 0-point margin fallback
        pregame = OptionalDouble.empty();
        states.put(game, state(GameStatus.IN_PROGRESS, 10, 7, 3, 300, Situation.of(dal, 1, 10, 50, false)));
        ProbabilityEstimate unrated = linked.estimate(DAL).orElseThrow();
        assertThat(unrated.modelVersion()).isEqualTo("nfl_wp@v1.0");
        assertThat(linked.modelHealth().fallbacks()).containsEntry(FeatureFallback.EXPECTED_MARGIN_UNKNOWN, 1L);
        assertThat(linked.modelHealth().fallbacksTotal()).isEqualTo(1 + 1 + 1 + 4 + 1 + 1);

        // a feed that gives the timeouts (ESPN's homeTimeouts/awayTimeouts): no timeout fallback
        states.put(game, state(GameStatus.IN_PROGRESS, 10, 7, 3, 240, Situation.of(dal, 2, 4, 40, false).withTimeouts(2, 1)));
        linked.estimate(DAL).orElseThrow();
        assertThat(linked.modelHealth().fallbacks()).containsEntry(FeatureFallback.TIMEOUTS_UNKNOWN, 4L);
        InGameSituation fed = LinkedGames.situationOf(states.get(game), 3.0);
        assertThat(fed.homeTimeouts()).isEqualTo(2);
        assertThat(fed.awayTimeouts()).isEqualTo(1);
    }

    @Test
    void halftimeIsTheThirdQuarterKickoffAndOvertimeUsesTheOvertimeRegression() {
        GameState half = state(GameStatus.HALFTIME, 10, 3, 2, 0, Situation.NONE);
        InGameSituation s = LinkedGames.situationOf(half, 2.5);
        assertThat(s.period()).isEqualTo(3);
        assertThat(s.clockSeconds()).isEqualTo(900);
        assertThat(s.secondsRemaining()).isEqualTo(1800);
        assertThat(s.homeTimeouts()).as("the second half starts with 3 timeouts each").isEqualTo(3);
        assertThat(s.awayTimeouts()).isEqualTo(3);
        InGameSituation ot = LinkedGames.situationOf(state(GameStatus.IN_PROGRESS, 20, 20, 5, 420, Situation.of(tb, 1, 10, 70, false)), Double.NaN);
        assertThat(ot.isOvertime()).isTrue();
        assertThat(ot.possession()).isEqualTo(com.precog.domain.model.ingame.Possession.AWAY);
        assertThat(ot.yardLine()).isEqualTo(70);
        assertThat(ot.homeTimeouts()).isEqualTo(InGameSituation.UNKNOWN);
    }

    @Test
    void anActiveVersionThatCannotBeReadIsReportedAndTheNormalModelPrices() {
        ModelVersion broken = activated(ModelVersion.draft(ModelRef.parse("nfl_broken@v1.0"), ModelType.IN_GAME_LOGISTIC,
                Map.of(ModelVersionsInGameModels.CONFIG_KEY, "not a model"), "broken", T0), T0);
        versions.add(broken);
        assertThat(active.refresh()).isEmpty();
        assertThat(active.problem()).contains("nfl_broken@v1.0").contains("cannot be read");
        assertThat(linked.modelHealth().problem()).isEqualTo(active.problem());
        linkBoth();
        states.put(game, state(GameStatus.IN_PROGRESS, 14, 10, 3, 420, Situation.NONE));
        assertThat(linked.estimate(DAL).orElseThrow().modelVersion()).isEqualTo("elo_normal_ingame_nfl@1.0");

        ModelVersions down = new ModelVersions() {
            @Override
            public void add(ModelVersion version) { }

            @Override
            public Optional<ModelVersion> find(ModelRef ref) {
                return Optional.empty();
            }

            @Override
            public List<ModelVersion> list() {
                throw new IllegalStateException("database down");
            }

            @Override
            public void update(ModelVersion version) { }
        };
        ActiveInGameModel failing = new ActiveInGameModel(down);
        assertThat(failing.refresh()).isEmpty();
        assertThat(failing.problem()).contains("database down");
        assertThat(ActiveInGameModel.none().refresh()).isEmpty();
    }
}
