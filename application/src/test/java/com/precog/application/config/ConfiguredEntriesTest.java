package com.precog.application.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.service.trading.EntryService;
import com.precog.application.service.trading.MakerEntryPolicy;
import com.precog.domain.edge.ActionThresholds;
import com.precog.domain.edge.ConfidenceGate;
import com.precog.domain.edge.Edge;
import com.precog.domain.edge.EdgeThresholds;
import com.precog.domain.game.League;
import com.precog.domain.market.Side;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.sizing.ExposureView;
import com.precog.domain.sizing.KellyFraction;
import com.precog.domain.sizing.MarketConditions;
import com.precog.domain.sizing.PositionSizer;
import com.precog.domain.sizing.RejectionReason;
import com.precog.domain.sizing.RiskLimits;
import com.precog.domain.sizing.SizeLimit;
import com.precog.domain.sizing.SizeReductions;
import com.precog.domain.sizing.SizingDecision;
import com.precog.domain.sizing.SizingRequest;
import com.precog.domain.strategy.EntryContext;
import com.precog.domain.strategy.EntryRules;
import com.precog.domain.strategy.StrategyConfig;
import com.precog.domain.strategy.StrategyKey;
import com.precog.domain.strategy.StrategySelector;
import com.precog.domain.strategy.StrategyType;
import com.precog.domain.strategy.StrategyVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfiguredEntriesTest {
    private static final EffectiveConfig DEFAULTS = EffectiveConfig.defaults();
    private static final Dollars BANK = Dollars.of(10_000);

    private static EffectiveConfig with(String... fileKeyValue) {
        Map<String, String> yaml = new HashMap<>();
        for (int i = 0; i < fileKeyValue.length; i += 2) yaml.put(fileKeyValue[i], fileKeyValue[i + 1]);
        return EffectiveConfig.resolve(yaml, List.of());
    }

    /** An NFL YES buy at {@code price} micro-dollars with win probability {@code q} millionths, the book deep enough. */
    private static SizingRequest yes(long q, long price, KellyFraction fraction, String league) {
        return new SizingRequest(Side.YES, price, FeeSchedule.standard().takerFeePerContractUnits(price), q, fraction,
                MarketConditions.calm(), league, 1_000_000_00, false);
    }

    private static ExposureView openPositions(int open) {
        return new ExposureView(BANK, Dollars.ZERO, open, 0, 0, Dollars.ZERO, 0, Dollars.ZERO, Dollars.ZERO, 0, Dollars.ZERO, 0, 0);
    }

    /** The domain's default edge thresholds without TENNIS: no league of {@link League}, and no key of trading.yaml. */
    private static EdgeThresholds defaultThresholdsOfOurLeagues() {
        EdgeThresholds d = EdgeThresholds.defaults();
        Map<String, Dollars> ours = new HashMap<>(d.byLeague());
        ours.remove("TENNIS");
        return new EdgeThresholds(ours, d.efficiencyBase(), d.efficiencyStep(), d.addOnPerStep());
    }

    // ---------------------------------------------------------------- the defaults are today's defaults

    @Test
    void defaults_limitsReductionsAndSizer_equalTheDomainDefaults() {
        assertThat(ConfiguredEntries.riskLimits(DEFAULTS)).isEqualTo(RiskLimits.defaults());
        assertThat(ConfiguredEntries.sizeReductions(DEFAULTS)).isEqualTo(SizeReductions.defaults());
        PositionSizer sizer = ConfiguredEntries.sizer(DEFAULTS);
        assertThat(sizer.limits()).isEqualTo(PositionSizer.defaults().limits());
        assertThat(sizer.reductions()).isEqualTo(PositionSizer.defaults().reductions());
        assertThat(sizer.maxFraction()).isEqualTo(PositionSizer.defaults().maxFraction()).isEqualTo(KellyFraction.HARD_MAX);
    }

    @Test
    void defaults_edgeGatesAndSelector_equalTheDomainDefaults() {
        assertThat(ConfiguredEntries.edgeThresholds(DEFAULTS)).isEqualTo(defaultThresholdsOfOurLeagues());
        for (League league : League.values()) {
            for (long efficiency : new long[] {0, 500_000, 750_000, 1_000_000}) {
                for (StrategyType type : StrategyType.values()) {
                    long strategyMin = type.defaultMinEdge().units();
                    assertThat(ConfiguredEntries.edgeThresholds(DEFAULTS).requiredUnits(strategyMin, league.name(), efficiency))
                            .as("%s %s at efficiency %d", league, type, efficiency)
                            .isEqualTo(EdgeThresholds.defaults().requiredUnits(strategyMin, league.name(), efficiency));
                }
            }
        }
        assertThat(ConfiguredEntries.confidenceGate(DEFAULTS)).isEqualTo(ConfidenceGate.defaults());
        assertThat(ConfiguredEntries.actionThresholds(DEFAULTS)).isEqualTo(ActionThresholds.defaults());
        assertThat(ConfiguredEntries.strategySelector(DEFAULTS).preferLargerEdgeBy()).isEqualTo(StrategySelector.defaults().preferLargerEdgeBy())
                .isEqualTo(Dollars.of("0.02"));
        assertThat(ConfiguredEntries.makerEntryPolicy(DEFAULTS)).isEqualTo(MakerEntryPolicy.defaults());
    }

    @Test
    void defaults_newStrategyVersions_equalStrategyConfigDefaults_inEveryLeague() {
        for (StrategyType type : StrategyType.values()) {
            StrategyConfig configured = ConfiguredEntries.strategyConfig(DEFAULTS, type);
            StrategyConfig builtIn = StrategyConfig.defaults(type);
            assertThat(configured.defaults()).as("%s base rules", type).isEqualTo(builtIn.defaults());
            for (League league : League.values()) {
                assertThat(configured.rulesFor(league.name())).as("%s in %s", type, league).isEqualTo(builtIn.rulesFor(league.name()));
            }
            if (type == StrategyType.SETTLEMENT_ARBITRAGE) {
                assertThat(configured).isEqualTo(builtIn);
            } else {
                // every league of ours is explicit (the built-in leaves the NHL to the base rules, and has TENNIS, no league of ours)
                assertThat(configured.byLeague().keySet()).containsExactlyInAnyOrder("NFL", "NCAAF", "NBA", "NHL", "MLB");
            }
        }
    }

    @Test
    void defaults_entrySettings_areSettingsDefaults() {
        EntryService.Settings configured = ConfiguredEntries.entrySettings(DEFAULTS, ExecutionEnvironment.PAPER);
        EntryService.Settings builtIn = EntryService.Settings.defaults(ExecutionEnvironment.PAPER);
        assertThat(configured.environment()).isEqualTo(ExecutionEnvironment.PAPER);
        assertThat(configured.thresholds()).isEqualTo(defaultThresholdsOfOurLeagues());
        assertThat(configured.actions()).isEqualTo(builtIn.actions());
        assertThat(configured.floor()).isEqualTo(builtIn.floor());
        assertThat(configured.selector().preferLargerEdgeBy()).isEqualTo(builtIn.selector().preferLargerEdgeBy());
        assertThat(configured.sizer().limits()).isEqualTo(builtIn.sizer().limits());
        assertThat(configured.sizer().reductions()).isEqualTo(builtIn.sizer().reductions());
        assertThat(configured.sizer().maxFraction()).isEqualTo(builtIn.sizer().maxFraction());
        assertThat(configured.maxSpreadMicros()).isEqualTo(builtIn.maxSpreadMicros()).isEqualTo(30_000);
        assertThat(configured.minVolume24h()).isEqualTo(builtIn.minVolume24h()).isEqualTo(50);
        assertThat(configured.maker()).isEqualTo(builtIn.maker());
        assertThat(configured.enabledTypes()).isEqualTo(builtIn.enabledTypes()).isEqualTo(EnumSet.allOf(StrategyType.class));
        assertThat(ConfiguredEntries.entrySettings(DEFAULTS, ExecutionEnvironment.LIVE).environment()).isEqualTo(ExecutionEnvironment.LIVE);
    }

    // ---------------------------------------------------------------- a changed value changes behaviour

    @Test
    void maxPositionDollars200_capsWhatTheDefaultSizesAt500() {
        ExposureView rich = ExposureView.flat(Dollars.of(100_000));
        SizingRequest big = yes(900_000, 500_000, KellyFraction.DEFAULT, "NFL");
        SizingDecision.Sized byDefault = (SizingDecision.Sized) ConfiguredEntries.sizer(DEFAULTS).size(big, rich);
        assertThat(byDefault.bindingLimit()).isEqualTo(SizeLimit.POSITION_CAP);
        assertThat(byDefault.cost()).isBetween(Dollars.of(499), Dollars.of(500));

        SizingDecision.Sized capped = (SizingDecision.Sized) ConfiguredEntries.sizer(with("trading.yaml:limits.max_position_dollars", "200")).size(big, rich);
        assertThat(capped.bindingLimit()).isEqualTo(SizeLimit.POSITION_CAP);
        assertThat(capped.cost()).isBetween(Dollars.of(199), Dollars.of(200));
        assertThat(ConfiguredEntries.riskLimits(with("trading.yaml:limits.max_position_dollars", "200")).maxPosition()).isEqualTo(Dollars.of(200));
    }

    @Test
    void maxOpenPositions1_refusesASecondPosition() {
        PositionSizer one = ConfiguredEntries.sizer(with("trading.yaml:limits.max_open_positions", "1"));
        SizingRequest r = yes(720_000, 650_000, KellyFraction.DEFAULT, "NFL");
        assertThat(one.size(r, openPositions(0))).isInstanceOf(SizingDecision.Sized.class);
        assertThat(one.size(r, openPositions(1))).isInstanceOfSatisfying(SizingDecision.Rejected.class,
                x -> assertThat(x.reason()).isEqualTo(RejectionReason.TOO_MANY_OPEN_POSITIONS));
        assertThat(ConfiguredEntries.sizer(DEFAULTS).size(r, openPositions(1))).isInstanceOf(SizingDecision.Sized.class);
    }

    @Test
    void kellyFractionByLeagueNfl_changesTheNflSizeOfNewVersions_only() {
        EffectiveConfig tenth = with("trading.yaml:kelly_fraction_by_league.nfl", "0.10");
        StrategyConfig pregame = ConfiguredEntries.strategyConfig(tenth, StrategyType.PRE_GAME_ENTRY);
        assertThat(pregame.rulesFor("NFL").kellyFraction()).isEqualTo(KellyFraction.of("0.10"));
        assertThat(pregame.rulesFor("NBA").kellyFraction()).isEqualTo(KellyFraction.of("0.22"));
        assertThat(ConfiguredEntries.strategyConfig(tenth, StrategyType.SETTLEMENT_ARBITRAGE).rulesFor("NFL").kellyFraction())
                .as("settlement arbitrage keeps its own override").isEqualTo(KellyFraction.HARD_MAX);

        PositionSizer sizer = ConfiguredEntries.sizer(tenth);
        // p 0.72, YES at 0.65 (all-in 0.666), $10,000: full Kelly 0.161676; quarter Kelly sizes 606 contracts (PositionSizerTest)
        SizingDecision.Sized quarter = (SizingDecision.Sized) sizer.size(yes(720_000, 650_000,
                ConfiguredEntries.strategyConfig(DEFAULTS, StrategyType.PRE_GAME_ENTRY).rulesFor("NFL").kellyFraction(), "NFL"), ExposureView.flat(BANK));
        SizingDecision.Sized tenthKelly = (SizingDecision.Sized) sizer.size(yes(720_000, 650_000, pregame.rulesFor("NFL").kellyFraction(), "NFL"),
                ExposureView.flat(BANK));
        assertThat(quarter.contracts().hundredths()).isEqualTo(606_00);
        assertThat(tenthKelly.fractionalKellyMillionths()).isEqualTo(16_167);        // 0.10 × 0.161676, rounded down
        assertThat(tenthKelly.contracts().hundredths()).isEqualTo(242_00);           // floor(161.67 / 0.666)
    }

    @Test
    void kellyHardMax_capsEveryVersionsFraction_evenOneStoredWithMore() {
        EffectiveConfig lowered = with("trading.yaml:kelly_hard_max", "0.30", "trading.yaml:kelly_fraction_settlement_arbitrage", "0.30");
        PositionSizer sizer = ConfiguredEntries.sizer(lowered);
        assertThat(sizer.maxFraction()).isEqualTo(KellyFraction.of("0.30"));
        // a settlement-arbitrage version created before the change still says 0.50
        SizingRequest half = yes(720_000, 650_000, StrategyConfig.defaults(StrategyType.SETTLEMENT_ARBITRAGE).rulesFor("NFL").kellyFraction(), "NFL");
        SizingDecision.Sized s = (SizingDecision.Sized) sizer.size(half, ExposureView.flat(BANK));
        assertThat(s.fractionalKellyMillionths()).isEqualTo(161_676 * 3 / 10);       // 48 502: 0.30, not 0.50
        SizingDecision.Sized d = (SizingDecision.Sized) ConfiguredEntries.sizer(DEFAULTS).size(half, ExposureView.flat(BANK));
        assertThat(d.fractionalKellyMillionths()).isEqualTo(161_676 / 2);
        assertThat(ConfiguredEntries.strategyConfig(lowered, StrategyType.SETTLEMENT_ARBITRAGE).defaults().kellyFraction())
                .isEqualTo(KellyFraction.of("0.30"));
    }

    @Test
    void edgeThresholdByLeagueNfl_raisesTheEdgeNeededInTheNfl_only() {
        EdgeThresholds raised = ConfiguredEntries.edgeThresholds(with("trading.yaml:edges.threshold_by_league.nfl", "0.09"));
        Dollars halftime = StrategyType.HALFTIME_ENTRY.defaultMinEdge(); // 0.06
        assertThat(ConfiguredEntries.edgeThresholds(DEFAULTS).required(halftime, "NFL", Probability.HALF)).isEqualTo(Dollars.of("0.06"));
        assertThat(raised.required(halftime, "NFL", Probability.HALF)).isEqualTo(Dollars.of("0.09"));
        assertThat(raised.required(halftime, "NBA", Probability.HALF)).isEqualTo(Dollars.of("0.06"));
        EdgeThresholds nhl = ConfiguredEntries.edgeThresholds(with("trading.yaml:edges.threshold_by_league.nhl", "0.07"));
        assertThat(nhl.required(StrategyType.SETTLEMENT_ARBITRAGE.defaultMinEdge(), "NHL", Probability.HALF)).isEqualTo(Dollars.of("0.07"));
        EdgeThresholds steep = ConfiguredEntries.edgeThresholds(with("trading.yaml:edges.efficiency_add_on", "0.02"));
        assertThat(steep.required(halftime, "NFL", Probability.of("0.70"))).isEqualTo(Dollars.of("0.10")); // 0.06 + 2 steps × 0.02
    }

    @Test
    void sizeReductions_followTheirKeys() {
        MarketConditions thin = new MarketConditions(1_000_000, 10, 10_000, 3600, 900_000, 0);
        assertThat(ConfiguredEntries.sizeReductions(DEFAULTS).factorMillionths(thin)).isEqualTo(500_000);
        assertThat(ConfiguredEntries.sizeReductions(with("trading.yaml:size_reductions.low_volume", "0.80")).factorMillionths(thin)).isEqualTo(200_000);
        assertThat(ConfiguredEntries.sizeReductions(with("trading.yaml:size_reductions.low_volume_threshold", "5")).factorMillionths(thin))
                .isEqualTo(1_000_000);
        MarketConditions farOff = new MarketConditions(1_000_000, 1_000, 10_000, 2 * 3600, 900_000, 0);
        assertThat(ConfiguredEntries.sizeReductions(DEFAULTS).factorMillionths(farOff)).isEqualTo(1_000_000);
        assertThat(ConfiguredEntries.sizeReductions(with("trading.yaml:size_reductions.far_from_settlement_threshold", "1h")).factorMillionths(farOff))
                .isEqualTo(800_000);
    }

    @Test
    void strategyWindowsAndSettlementArbitrage_followTradeStrategiesYaml_inNewVersions() {
        EntryContext twentyHoursOut = EntryContext.pregame("NFL", 20 * 3600);
        assertThat(ConfiguredEntries.strategyConfig(DEFAULTS, StrategyType.PRE_GAME_ENTRY).rulesFor("NFL").admits(twentyHoursOut, 700_000)).isTrue();
        EffectiveConfig twelve = with("trade_strategies.yaml:pre_game_entry.window_start", "12h");
        assertThat(ConfiguredEntries.strategyConfig(twelve, StrategyType.PRE_GAME_ENTRY).rulesFor("NFL").admits(twentyHoursOut, 700_000)).isFalse();
        assertThat(ConfiguredEntries.strategyConfig(twelve, StrategyType.PRE_GAME_ENTRY).rulesFor("NBA").admits(twentyHoursOut, 700_000))
                .as("the per-league rules carry the window too").isFalse();

        EntryContext lateNba = new EntryContext("NBA", EntryContext.Phase.IN_PROGRESS, 0, -1, 60, 10, false, -1);
        assertThat(ConfiguredEntries.entryRules(DEFAULTS, StrategyType.SETTLEMENT_ARBITRAGE).admits(lateNba, 985_000)).isTrue();
        assertThat(ConfiguredEntries.entryRules(with("trade_strategies.yaml:settlement_arbitrage.min_win_probability", "0.99"),
                StrategyType.SETTLEMENT_ARBITRAGE).admits(lateNba, 985_000)).isFalse();
        assertThat(ConfiguredEntries.entryRules(with("trade_strategies.yaml:settlement_arbitrage.max_time_left", "30s"),
                StrategyType.SETTLEMENT_ARBITRAGE).admits(lateNba, 985_000)).isFalse();

        EntryContext inPlay = new EntryContext("NFL", EntryContext.Phase.IN_PROGRESS, 0, -1, 1_200, 3, true, 2);
        assertThat(ConfiguredEntries.entryRules(DEFAULTS, StrategyType.LIVE_TRADING).admits(inPlay, 600_000)).isFalse();
        assertThat(ConfiguredEntries.entryRules(with("trade_strategies.yaml:live_trading.enabled", "true"), StrategyType.LIVE_TRADING)
                .admits(inPlay, 600_000)).isTrue();

        EntryRules pregame = ConfiguredEntries.entryRules(with("trading.yaml:edges.threshold.pre_game_entry", "0.11",
                "trading.yaml:edges.signal_confidence", "0.80"), StrategyType.PRE_GAME_ENTRY);
        assertThat(pregame.minEdge()).isEqualTo(Dollars.of("0.11"));
        assertThat(pregame.minConfidence()).isEqualTo(Probability.of("0.80"));
        assertThat(((EntryRules.Halftime) ConfiguredEntries.entryRules(with("trade_strategies.yaml:halftime_entry.window", "3m"),
                StrategyType.HALFTIME_ENTRY)).window()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void enabledSwitches_gatePreGameHalftimeAndSettlement_liveStaysWithItsVersions() {
        EffectiveConfig off = with("trade_strategies.yaml:pre_game_entry.enabled", "false", "trade_strategies.yaml:settlement_arbitrage.enabled", "false");
        assertThat(ConfiguredEntries.enabledTypes(off)).containsExactlyInAnyOrder(StrategyType.HALFTIME_ENTRY, StrategyType.LIVE_TRADING);
        assertThat(ConfiguredEntries.entrySettings(off, ExecutionEnvironment.PAPER).enabledTypes())
                .containsExactlyInAnyOrder(StrategyType.HALFTIME_ENTRY, StrategyType.LIVE_TRADING);
        assertThat(ConfiguredEntries.enabledTypes(DEFAULTS)).isEqualTo(EnumSet.allOf(StrategyType.class));
    }

    @Test
    void priorityPreferLargerEdgeBy_decidesWhenTheLargerEdgeWins() {
        Instant t0 = Instant.parse("2026-09-07T12:00:00Z");
        var half = new StrategySelector.Candidate(StrategyVersion.draft(StrategyKey.of("half", "v1.0"), StrategyConfig.defaults(StrategyType.HALFTIME_ENTRY),
                "", t0), Edge.taker(FeeSchedule.standard(), Side.YES, Probability.of("0.70"), Price.of("0.60")));
        var pre = new StrategySelector.Candidate(StrategyVersion.draft(StrategyKey.of("pre", "v1.0"), StrategyConfig.defaults(StrategyType.PRE_GAME_ENTRY),
                "", t0), Edge.taker(FeeSchedule.standard(), Side.YES, Probability.of("0.70"), Price.of("0.57"))); // about 0.03 more edge
        assertThat(ConfiguredEntries.strategySelector(DEFAULTS).select(List.of(half, pre))).contains(pre);
        assertThat(ConfiguredEntries.strategySelector(with("trade_strategies.yaml:priority.prefer_larger_edge_by", "0.05")).select(List.of(half, pre)))
                .contains(half);
    }

    @Test
    void liquidityFiltersAndMakerWalk_followPositionManagementYaml() {
        EntryService.Settings s = ConfiguredEntries.entrySettings(with("position_management.yaml:liquidity.max_spread", "0.05",
                "position_management.yaml:liquidity.min_volume_24h", "200", "position_management.yaml:execution.low.walks", "3",
                "position_management.yaml:execution.low.timeout", "20s"), ExecutionEnvironment.DEMO);
        assertThat(s.maxSpreadMicros()).isEqualTo(50_000);
        assertThat(s.minVolume24h()).isEqualTo(200);
        assertThat(s.maker().maxWalks()).isEqualTo(3);
        assertThat(s.maker().restTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(s.maker().cooldown()).isEqualTo(MakerEntryPolicy.defaults().cooldown());
    }

    @Test
    void confidenceAndActionKeys_reachTheGates() {
        EffectiveConfig cfg = with("trading.yaml:edges.min_confidence", "0.60", "trading.yaml:edges.signal_confidence", "0.75",
                "trading.yaml:edges.action.alert", "0.04", "trading.yaml:edges.action.auto_execute", "0.20");
        assertThat(ConfiguredEntries.confidenceGate(cfg)).isEqualTo(new ConfidenceGate(Probability.of("0.60"), Probability.of("0.75")));
        assertThat(ConfiguredEntries.confidenceGate(cfg).isBelowFloor(550_000)).isTrue();
        assertThat(ConfiguredEntries.confidenceGate(DEFAULTS).isBelowFloor(550_000)).isFalse();
        assertThat(ConfiguredEntries.actionThresholds(cfg)).isEqualTo(ActionThresholds.of("0.04", "0.20"));
    }

    @Test
    void leagueShares_followTheirKeys_andOneMeansNoLeagueCap() {
        RiskLimits d = ConfiguredEntries.riskLimits(DEFAULTS);
        assertThat(d.leagueCapUnits("NCAAF")).isEqualTo(Long.MAX_VALUE);
        assertThat(d.leagueCapUnits("NFL")).isEqualTo(Dollars.of(6_000).units());
        RiskLimits capped = ConfiguredEntries.riskLimits(with("trading.yaml:limits.max_league_share.ncaaf", "0.50"));
        assertThat(capped.leagueCapUnits("NCAAF")).isEqualTo(Dollars.of(5_000).units());
    }

    // ---------------------------------------------------------------- values the trading rules refuse

    @Test
    void valuesInRangeButRefusedByTheTradingRules_failResolution_namingTheKeys() {
        assertThatThrownBy(() -> with("trading.yaml:edges.action.alert", "0")).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("edges.action.alert").hasMessageContaining("alert threshold");
        assertThatThrownBy(() -> with("trading.yaml:limits.correlation_halve", "0.90")).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("limits.correlation_halve").hasMessageContaining("halve <= reject");
        assertThatThrownBy(() -> with("trading.yaml:edges.min_confidence", "0.40")).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("edges.min_confidence");
        assertThatThrownBy(() -> with("position_management.yaml:liquidity.max_spread", "0")).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("liquidity.max_spread");
    }

    @Test
    void decimalsAreConvertedExactly_neverRounded() {
        assertThat(ConfiguredEntries.riskLimits(with("trading.yaml:limits.max_position_dollars", "199.999999")).maxPosition().units())
                .isEqualTo(19_999_999_900L);
        assertThatThrownBy(() -> with("trading.yaml:limits.max_position_dollars", "199.9999999")).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("limits.max_position_dollars").hasMessageContaining("more than 6 decimal places");
        assertThatThrownBy(() -> with("trading.yaml:size_reductions.low_volume", "0.3333333")).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("size_reductions.low_volume").hasMessageContaining("more than 6 decimal");
        assertThatThrownBy(() -> with("trade_strategies.yaml:settlement_arbitrage.max_time_left", "1500ms")).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("whole number of seconds");
    }

    /** Lowering kelly_fraction lowers every league of a new version (it changed none: each league has its own entry). */
    @Test
    void aLowerGeneralKellyFraction_capsEveryLeague_aLowerLeagueEntryStillApplies() {
        com.precog.domain.strategy.StrategyConfig c = ConfiguredEntries.strategyConfig(with("trading.yaml:kelly_fraction", "0.10"),
                StrategyType.PRE_GAME_ENTRY);
        for (League l : League.values()) {
            assertThat(c.byLeague().get(l.name()).kellyFraction()).as(l.name()).isEqualTo(com.precog.domain.sizing.KellyFraction.parse("0.10"));
        }
        com.precog.domain.strategy.StrategyConfig d = ConfiguredEntries.strategyConfig(with("trading.yaml:kelly_fraction", "0.21"),
                StrategyType.PRE_GAME_ENTRY);
        assertThat(d.byLeague().get("NCAAF").kellyFraction()).as("its own 0.20 is lower").isEqualTo(com.precog.domain.sizing.KellyFraction.parse("0.20"));
        assertThat(d.byLeague().get("NFL").kellyFraction()).isEqualTo(com.precog.domain.sizing.KellyFraction.parse("0.21"));
    }
}
