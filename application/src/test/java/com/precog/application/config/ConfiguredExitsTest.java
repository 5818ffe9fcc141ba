package com.precog.application.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.ConfigOverrides;
import com.precog.domain.exit.CurrentEdge;
import com.precog.domain.exit.ExitCondition;
import com.precog.domain.exit.ExitConditionKind;
import com.precog.domain.exit.ExitContext;
import com.precog.domain.exit.ExitDecision;
import com.precog.domain.exit.ExitResolver;
import com.precog.domain.exit.PartialExitTarget;
import com.precog.domain.exit.ProfitTarget;
import com.precog.domain.exit.StopLoss;
import com.precog.domain.exit.TimeBasedUrgent;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.position.TrailingStopConfig;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfiguredExitsTest {
    private static final String F = "position_management.yaml:";
    private static final long ENTRY_UNITS = 50_000_000L; // $0.50 all-in per contract: a mark of m micros is pnl (m − 500 000) × 2 ppm
    private static final long NOW = 1_700_000_000_000L;
    private static final long HOUR = 3_600_000L;
    private static final FeeSchedule FEES = FeeSchedule.standard();
    private static final ExitResolver SPEC = ExitResolver.defaults();

    private static EffectiveConfig cfg(String... pathValues) {
        Map<String, String> yaml = new HashMap<>();
        for (int i = 0; i < pathValues.length; i += 2) yaml.put(F + pathValues[i], pathValues[i + 1]);
        return EffectiveConfig.resolve(yaml, List.of());
    }

    private static ExitResolver resolver(String... pathValues) {
        return ConfiguredExits.exitResolver(cfg(pathValues));
    }

    /** 100 contracts of {@code confidence} bought all-in at $0.50, none sold; held-side bid {@code bid}, a cent-wide book,
     *  volume 1 000, close in an hour, no probability, no candidate. */
    private static ExitContext at(ConfidenceLevel confidence, long bid) {
        return new ExitContext().position(confidence, ENTRY_UNITS, 10_000, 10_000, 0, false, 0)
                .market(bid, bid + 10_000, 10_000, 100_000, NOW, NOW + HOUR, false, FEES);
    }

    private static ExitContext at(long bid) {
        return at(ConfidenceLevel.HIGH, bid);
    }

    /** The held-side probability that makes the current edge at {@code bid} exactly {@code edgeMicros}. */
    private static long probabilityForEdge(long bid, long edgeMicros) {
        return edgeMicros - CurrentEdge.holdEdgeMicros(0, bid, FEES);
    }

    private static boolean fires(ExitResolver r, ExitContext ctx, ExitConditionKind kind) {
        return (r.triggeredMask(ctx) & kind.bit()) != 0;
    }

    private static ExitConditionKind winner(ExitResolver r, ExitContext ctx) {
        return r.resolve(ctx) instanceof ExitDecision.Exit e ? e.condition() : null;
    }

    // ------------------------------------------------------------------ defaults

    @Test
    void givenBuiltInDefaults_exitResolver_hasTheSpecConditionsAndThresholds() {
        ExitResolver r = ConfiguredExits.exitResolver(EffectiveConfig.defaults());
        assertThat(r.conditions()).extracting(ExitCondition::kind)
                .containsExactlyElementsOf(SPEC.conditions().stream().map(ExitCondition::kind).toList());
        StopLoss stop = (StopLoss) r.conditions().get(0);
        ProfitTarget target = (ProfitTarget) r.conditions().get(5);
        for (ConfidenceLevel c : ConfidenceLevel.values()) {
            assertThat(stop.thresholdPpm(c)).isEqualTo(StopLoss.defaults().thresholdPpm(c));
            assertThat(target.targetPpm(c)).isEqualTo(ProfitTarget.defaults(null).targetPpm(c));
        }
        assertThat(((TimeBasedUrgent) r.conditions().get(3)).windowMillis()).isEqualTo(600_000L);
        assertThat(((PartialExitTarget) r.conditions().get(6)).stageCount()).isEqualTo(2);
    }

    /**
     * Every micro-dollar of mark from −30% to +40% (every threshold and its urgent margin; coarser outside), every
     * confidence and partial-stage state, and the spread, volume, close-time, edge and candidate thresholds: same
     * triggers, same near-threshold answer, same winner, quantity and conflicts.
     */
    @Test
    void givenBuiltInDefaults_exitResolver_behavesExactlyAsExitResolverDefaults() {
        Sweep s = sweep(ConfiguredExits.exitResolver(EffectiveConfig.defaults()));
        assertThat(s.mismatches).as("first mismatch: %s", s.first).isZero();
        assertThat(s.checked).isGreaterThan(3_000_000);
        int everyCondition = 0;
        for (ExitCondition c : SPEC.conditions()) everyCondition |= c.kind().bit();
        assertThat(s.fired).as("the sweep exercised every condition").isEqualTo(everyCondition);
    }

    @Test
    void theSweep_tellsAStopLossTwoMillionthsAwayFromTheSpec() {
        List<ExitCondition> conditions = new java.util.ArrayList<>(SPEC.conditions());
        conditions.set(0, new StopLoss(-149_998, -120_000, -80_000));
        Sweep s = sweep(new ExitResolver(conditions));
        // HIGH confidence, four position states: at the bid 425 001 it fires, at 435 001 it is near (except where the
        // armed trailing stop is near anyway); nowhere else
        assertThat(s.mismatches).isEqualTo(7);
        assertThat(s.first).startsWith("bid 425001");
    }

    private static Sweep sweep(ExitResolver r) {
        Sweep s = new Sweep(r);
        for (ConfidenceLevel c : ConfidenceLevel.values()) {
            for (int stagesDone : new int[] {0, 1, 3}) {
                for (boolean trailing : new boolean[] {false, true}) {
                    if (trailing && (c != ConfidenceLevel.HIGH || stagesDone != 0)) continue;
                    ExitContext ctx = new ExitContext().position(c, ENTRY_UNITS, 10_000, stagesDone == 3 ? 2_500 : stagesDone == 1 ? 5_000 : 10_000,
                            stagesDone, trailing, 560_000);
                    for (long bid = 0; bid < 1_000_000; bid += bid >= 350_000 && bid <= 700_000 ? 1 : 97) {
                        s.check(ctx.market(bid, bid + 10_000, 10_000, 100_000, NOW, NOW + HOUR, false, FEES), "bid " + bid);
                    }
                }
            }
        }
        // fractional market: partial quantities are not rounded to whole contracts
        ExitContext odd = new ExitContext().position(ConfidenceLevel.HIGH, ENTRY_UNITS, 1_037, 1_037, 0, false, 0);
        for (long bid = 500_000; bid < 1_000_000; bid += 7) s.check(odd.market(bid, bid + 10_000, 10_000, 100_000, NOW, NOW + HOUR, true, FEES), "odd " + bid);
        ExitContext book = at(480_000);
        for (long spread = -1; spread <= 100_000; spread++) s.check(book.market(480_000, 490_000, spread, 100_000, NOW, NOW + HOUR, false, FEES), "spread " + spread);
        for (long volume = -1; volume <= 20_000; volume++) s.check(book.market(480_000, 490_000, 10_000, volume, NOW, NOW + HOUR, false, FEES), "volume " + volume);
        for (long bid : new long[] {499_999, 500_000}) {
            ExitContext close = at(bid);
            s.check(close.market(bid, bid + 10_000, 10_000, 100_000, NOW, -1, false, FEES), "no close");
            for (long left = -1_000; left <= 1_300_000; left += left >= 590_000 && left <= 610_000 ? 1 : 997) {
                s.check(close.market(bid, bid + 10_000, 10_000, 100_000, NOW, NOW + left, false, FEES), "close in " + left + " at " + bid);
            }
        }
        for (long bid : new long[] {450_000, 550_000}) {
            ExitContext edge = at(bid);
            long zero = probabilityForEdge(bid, 0);
            for (long q = 0; q <= 1_000_000; q += q >= zero - 50_000 && q <= zero + 100_000 ? 1 : 101) {
                s.check(edge.probability(q), "probability " + q + " at " + bid);
            }
            edge.probability(probabilityForEdge(bid, 40_000));
            for (long cand = -50_000; cand <= 150_000; cand++) {
                s.check(edge.candidate(cand, true), "candidate " + cand + " at " + bid);
                s.check(edge.candidate(cand, false), "unblocked candidate " + cand + " at " + bid);
            }
        }
        s.check(at(600_000).flattenRequired(true), "flatten");
        return s;
    }

    /** Compares a resolver with {@link ExitResolver#defaults()} on many contexts without allocating per check unless they differ. */
    private static final class Sweep {
        final ExitResolver actual;
        long checked;
        long mismatches;
        int fired;
        String first = "none";

        Sweep(ExitResolver actual) {
            this.actual = actual;
        }

        void check(ExitContext ctx, String where) {
            checked++;
            int expectedMask = SPEC.triggeredMask(ctx);
            int actualMask = actual.triggeredMask(ctx);
            fired |= expectedMask;
            boolean same = expectedMask == actualMask && SPEC.nearAny(ctx, 20_000) == actual.nearAny(ctx, 20_000)
                    && SPEC.nearAny(ctx, 0) == actual.nearAny(ctx, 0);
            if (same && expectedMask != 0) same = SPEC.resolve(ctx).equals(actual.resolve(ctx));
            if (!same && mismatches++ == 0) {
                first = where + ": spec " + SPEC.resolve(ctx) + " mask " + expectedMask + ", configured " + actual.resolve(ctx) + " mask " + actualMask;
            }
        }
    }

    @Test
    void givenBuiltInDefaults_trailingStop_isBalanced() {
        assertThat(ConfiguredExits.trailingStop(EffectiveConfig.defaults())).isEqualTo(TrailingStopConfig.balanced());
    }

    @Test
    void givenTheShippedFileWritingEveryNumber_trailingStop_isBalanced_andThePresetAloneSwitchesIt() {
        String[] shipped = {"trailing_stop.preset", "balanced", "trailing_stop.activation_gain", "0.10", "trailing_stop.initial_distance", "0.05",
            "trailing_stop.tighten_per_step", "0.01", "trailing_stop.tighten_step", "0.10", "trailing_stop.min_distance", "0.02"};
        assertThat(ConfiguredExits.trailingStop(cfg(shipped))).isEqualTo(TrailingStopConfig.balanced());
        shipped[1] = "aggressive";
        assertThat(ConfiguredExits.trailingStop(cfg(shipped))).isEqualTo(TrailingStopConfig.aggressive());
        shipped[1] = "conservative";
        assertThat(ConfiguredExits.trailingStop(cfg(shipped))).isEqualTo(TrailingStopConfig.conservative());
    }

    // ------------------------------------------------------------------ each key group changes behaviour

    @Test
    void givenTighterStopLoss_aPositionDownElevenPercent_exitsOnStopLoss() {
        long down11 = 445_000; // (0.445 − 0.50) / 0.50 = −11%
        assertThat(winner(SPEC, at(down11))).isNull();
        assertThat(winner(resolver("stop_loss.high_confidence", "-0.10"), at(down11))).isEqualTo(ExitConditionKind.STOP_LOSS);
        assertThat(winner(resolver("stop_loss.medium_confidence", "-0.10"), at(ConfidenceLevel.MEDIUM, down11))).isEqualTo(ExitConditionKind.STOP_LOSS);
        assertThat(winner(resolver("stop_loss.medium_confidence", "-0.10"), at(down11))).as("only medium changed").isNull();
        long down5 = 475_000;
        assertThat(winner(SPEC, at(ConfidenceLevel.LOW, down5))).isNull();
        assertThat(winner(resolver("stop_loss.low_confidence", "-0.05"), at(ConfidenceLevel.LOW, down5))).isEqualTo(ExitConditionKind.STOP_LOSS);
    }

    @Test
    void givenWiderStopLoss_aPositionDownSixteenPercent_holds() {
        assertThat(winner(SPEC, at(420_000))).isEqualTo(ExitConditionKind.STOP_LOSS);
        assertThat(winner(resolver("stop_loss.high_confidence", "-0.20"), at(420_000))).isNull();
    }

    @Test
    void givenLongerBeforeClose_aLosingPositionTwentyMinutesOut_exitsUrgently() {
        ExitContext ctx = at(490_000).market(490_000, 500_000, 10_000, 100_000, NOW, NOW + 20 * 60_000L, false, FEES);
        assertThat(winner(SPEC, ctx)).isNull();
        ExitResolver r = resolver("time_based_urgent.before_close", "30m");
        assertThat(winner(r, ctx)).isEqualTo(ExitConditionKind.TIME_BASED_URGENT);
        assertThat(((TimeBasedUrgent) r.conditions().get(3)).windowMillis()).isEqualTo(1_800_000L);
    }

    @Test
    void givenLiquiditySettings_spreadAndVolumeThresholdsMove() {
        ExitContext wide = at(480_000).market(480_000, 520_000, 40_000, 100_000, NOW, NOW + HOUR, false, FEES);
        assertThat(winner(SPEC, wide)).isEqualTo(ExitConditionKind.LIQUIDITY_DRIED_UP);
        assertThat(winner(resolver("liquidity.max_spread", "0.05"), wide)).isNull();
        ExitContext thin = at(480_000).market(480_000, 490_000, 10_000, 8_000, NOW, NOW + HOUR, false, FEES); // 80 contracts in 24 h
        assertThat(winner(SPEC, thin)).isNull();
        assertThat(winner(resolver("liquidity.min_volume_24h", "100"), thin)).isEqualTo(ExitConditionKind.LIQUIDITY_DRIED_UP);
        assertThat(winner(resolver("liquidity.min_volume_24h", "80"), thin)).as("80 is not below 80").isNull();
    }

    @Test
    void givenLowerProfitTarget_aPositionUpThirteenPercent_takesProfit() {
        ExitContext up13 = at(565_000);
        assertThat(winner(SPEC, up13)).isNull();
        assertThat(winner(resolver("profit_target.high_confidence", "0.12"), up13)).isEqualTo(ExitConditionKind.PROFIT_TARGET);
        ExitContext medium = at(ConfidenceLevel.MEDIUM, 565_000);
        assertThat(winner(resolver("profit_target.medium_confidence", "0.12"), medium)).isEqualTo(ExitConditionKind.PROFIT_TARGET);
        ExitContext low = at(ConfidenceLevel.LOW, 555_000).position(ConfidenceLevel.LOW, ENTRY_UNITS, 10_000, 5_000, 1, false, 0); // +11%, stage 1 done
        assertThat(winner(SPEC, low)).isNull();
        assertThat(winner(resolver("profit_target.low_confidence", "0.10"), low)).isEqualTo(ExitConditionKind.PROFIT_TARGET);
    }

    @Test
    void givenPartialExitStages_gainsAndFractionsFollowTheConfig() {
        ExitResolver r = resolver("partial_exit.stage1_gain", "0.10", "partial_exit.stage1_fraction", "0.40");
        ExitContext up11 = at(555_000);
        assertThat(winner(SPEC, up11)).isNull();
        assertThat(r.resolve(up11)).isEqualTo(new ExitDecision.Exit(ExitConditionKind.PARTIAL_EXIT_TARGET, Contracts.of(40), 1, List.of()));
        ExitContext up30 = at(650_000); // both stages due: 50% + 25% by default
        assertThat(SPEC.resolve(up30)).isEqualTo(new ExitDecision.Exit(ExitConditionKind.PARTIAL_EXIT_TARGET, Contracts.of(75), 3, List.of()));
        ExitResolver r2 = resolver("partial_exit.stage2_gain", "0.35", "partial_exit.stage2_fraction", "0.30");
        assertThat(r2.resolve(up30)).as("stage 2 not reached at +30%")
                .isEqualTo(new ExitDecision.Exit(ExitConditionKind.PARTIAL_EXIT_TARGET, Contracts.of(50), 1, List.of()));
        ExitContext up36 = at(680_000).position(ConfidenceLevel.HIGH, ENTRY_UNITS, 10_000, 5_000, 1, false, 0);
        assertThat(r2.resolve(up36)).isEqualTo(new ExitDecision.Exit(ExitConditionKind.PARTIAL_EXIT_TARGET, Contracts.of(30), 2, List.of()));
    }

    @Test
    void givenAFractionFinerThanAPercent_partialExitSellsThatShareRoundedDown() {
        ExitResolver r = resolver("partial_exit.stage1_fraction", "0.333");
        ExitContext up16 = at(580_000);
        assertThat(r.resolve(up16)).isEqualTo(new ExitDecision.Exit(ExitConditionKind.PARTIAL_EXIT_TARGET, Contracts.of(33), 1, List.of()));
        ExitContext fractional = at(580_000).market(580_000, 590_000, 10_000, 100_000, NOW, NOW + HOUR, true, FEES);
        assertThat(r.resolve(fractional)).isEqualTo(new ExitDecision.Exit(ExitConditionKind.PARTIAL_EXIT_TARGET,
                Contracts.ofHundredths(3_330), 1, List.of()));
    }

    @Test
    void givenZeroFractions_stagesAreLeftOut_andTheProfitTargetSellsEverything() {
        ExitResolver none = resolver("partial_exit.stage1_fraction", "0", "partial_exit.stage2_fraction", "0");
        assertThat(none.conditions()).extracting(ExitCondition::kind).doesNotContain(ExitConditionKind.PARTIAL_EXIT_TARGET).hasSize(9);
        ExitContext up26 = at(630_000);
        assertThat(winner(SPEC, up26)).isEqualTo(ExitConditionKind.PARTIAL_EXIT_TARGET);
        assertThat(none.resolve(up26)).isEqualTo(new ExitDecision.Exit(ExitConditionKind.PROFIT_TARGET, Contracts.of(100), 0, List.of()));
        assertThat(winner(none, at(580_000))).isNull();
        ExitResolver onlyStage1 = resolver("partial_exit.stage2_fraction", "0");
        assertThat(onlyStage1.resolve(at(630_000))).as("+26%: stage 1 sells half, stage 2 is gone")
                .isEqualTo(new ExitDecision.Exit(ExitConditionKind.PARTIAL_EXIT_TARGET, Contracts.of(50), 1, List.of()));
        ExitContext stage1Done = at(630_000).position(ConfidenceLevel.HIGH, ENTRY_UNITS, 10_000, 5_000, 1, false, 0);
        assertThat(onlyStage1.resolve(stage1Done)).isEqualTo(new ExitDecision.Exit(ExitConditionKind.PROFIT_TARGET, Contracts.of(50), 0, List.of()));
    }

    @Test
    void givenStageOneOffButStageTwoOn_resolveRefuses_becausePositionsStoreStageNumbers() {
        assertThatThrownBy(() -> cfg("partial_exit.stage1_fraction", "0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partial_exit.stage1_fraction = \"0\"").hasMessageContaining("stage2_fraction is 0 too");
    }

    @Test
    void givenEarlyExitMinEdge_anEdgeOfThreeCents_triggersOnlyAboveIt() {
        ExitContext ctx = at(520_000);
        ctx.probability(probabilityForEdge(520_000, 30_000));
        assertThat(fires(SPEC, ctx, ExitConditionKind.EARLY_EXIT)).isFalse();
        assertThat(fires(resolver("early_exit.min_edge", "0.05"), ctx, ExitConditionKind.EARLY_EXIT)).isTrue();
        assertThat(fires(resolver("early_exit.min_edge", "0.03"), ctx, ExitConditionKind.EARLY_EXIT)).as("not below 0.03").isFalse();
    }

    @Test
    void givenEdgeDisappearedMinEdge_theThresholdMovesBothWays() {
        ExitContext slightlyPositive = at(520_000);
        slightlyPositive.probability(probabilityForEdge(520_000, 5_000));
        assertThat(fires(SPEC, slightlyPositive, ExitConditionKind.EDGE_DISAPPEARED)).isFalse();
        assertThat(fires(resolver("edge_disappeared.min_edge", "0.01"), slightlyPositive, ExitConditionKind.EDGE_DISAPPEARED)).isTrue();
        ExitContext slightlyNegative = at(520_000);
        slightlyNegative.probability(probabilityForEdge(520_000, -5_000));
        assertThat(fires(SPEC, slightlyNegative, ExitConditionKind.EDGE_DISAPPEARED)).isTrue();
        assertThat(fires(resolver("edge_disappeared.min_edge", "-0.01"), slightlyNegative, ExitConditionKind.EDGE_DISAPPEARED)).isFalse();
    }

    @Test
    void givenRebalanceMinImprovement_aFourCentBetterCandidate_triggersOnlyBelowIt() {
        ExitContext ctx = at(520_000); // in profit
        ctx.probability(probabilityForEdge(520_000, 30_000)).candidate(70_000, true);
        assertThat(fires(SPEC, ctx, ExitConditionKind.REBALANCE)).isTrue();
        assertThat(fires(resolver("rebalance.min_improvement", "0.05"), ctx, ExitConditionKind.REBALANCE)).isFalse();
        assertThat(fires(resolver("rebalance.min_improvement", "0.04"), ctx, ExitConditionKind.REBALANCE)).isTrue();
    }

    @Test
    void givenAnOverride_itWinsOverYamlForTheExitPolicyToo() {
        EffectiveConfig c = EffectiveConfig.resolve(Map.of(F + "stop_loss.high_confidence", "-0.20"), List.of(
                new ConfigOverrides.Override("position_management.yaml", "stop_loss.high_confidence", "-0.10", Instant.EPOCH, Optional.empty(), true, "ops")));
        assertThat(winner(ConfiguredExits.exitResolver(c), at(445_000))).isEqualTo(ExitConditionKind.STOP_LOSS);
    }

    // ------------------------------------------------------------------ trailing stop: preset + explicit numbers

    @Test
    void givenAPresetAndChangedNumbers_theNumbersReplaceThePresetFields() {
        TrailingStopConfig aggressive = TrailingStopConfig.aggressive();
        assertThat(ConfiguredExits.trailingStop(cfg("trailing_stop.preset", "aggressive", "trailing_stop.min_distance", "0.01")))
                .isEqualTo(new TrailingStopConfig(aggressive.activationPpm(), aggressive.initialDistancePpm(), aggressive.tighteningPpm(),
                        aggressive.stepPpm(), 10_000));
        assertThat(ConfiguredExits.trailingStop(cfg("trailing_stop.initial_distance", "0.06", "trailing_stop.activation_gain", "0.125",
                "trailing_stop.tighten_per_step", "0.005", "trailing_stop.tighten_step", "0.05", "trailing_stop.min_distance", "0.015")))
                .isEqualTo(new TrailingStopConfig(125_000, 60_000, 5_000, 50_000, 15_000));
        assertThat(ConfiguredExits.trailingStop(cfg("trailing_stop.preset", "conservative", "trailing_stop.activation_gain", "0.100")))
                .as("a number equal to the built-in default, however written, leaves the preset's field")
                .isEqualTo(TrailingStopConfig.conservative());
    }

    @Test
    void givenAConfiguredTrailingStop_itsDistanceFollowsTheNumbers() {
        TrailingStopConfig t = ConfiguredExits.trailingStop(cfg("trailing_stop.initial_distance", "0.08"));
        assertThat(TrailingStopConfig.balanced().distancePpm(100_000)).isEqualTo(50_000);
        assertThat(t.distancePpm(100_000)).isEqualTo(80_000);
        assertThat(t.distancePpm(300_000)).isEqualTo(60_000);
    }

    // ------------------------------------------------------------------ invalid combinations name the key

    @Test
    void givenAMinDistanceAboveThePresetsInitialDistance_resolveNamesTheKeyAndPreset() {
        assertThatThrownBy(() -> cfg("trailing_stop.preset", "aggressive", "trailing_stop.min_distance", "0.04"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("trailing_stop.min_distance = \"0.04\"").hasMessageContaining("initial_distance 0.03");
        assertThatThrownBy(() -> cfg("trailing_stop.preset", "conservative", "trailing_stop.initial_distance", "0.025"))
                .hasMessageContaining("trailing_stop.min_distance = \"0.03\"").hasMessageContaining("value of preset conservative");
        assertThatThrownBy(() -> cfg("trailing_stop.initial_distance", "1")).hasMessageContaining("trailing_stop.initial_distance");
        assertThatThrownBy(() -> cfg("trailing_stop.activation_gain", "0")).hasMessageContaining("trailing_stop.activation_gain");
    }

    @Test
    void givenValuesTheSchemaAllowsButAConditionCannotHold_resolveNamesEachKey() {
        InvalidConfigException e = (InvalidConfigException) org.assertj.core.api.Assertions.catchThrowable(() -> cfg(
                "stop_loss.high_confidence", "0", "stop_loss.low_confidence", "-1", "profit_target.medium_confidence", "0",
                "liquidity.max_spread", "1", "early_exit.min_edge", "-0.01", "edge_disappeared.min_edge", "1",
                "rebalance.min_improvement", "0", "partial_exit.stage1_gain", "0"));
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(ConfigProblem::path).containsExactlyInAnyOrder("stop_loss.high_confidence", "stop_loss.low_confidence",
                "profit_target.medium_confidence", "liquidity.max_spread", "early_exit.min_edge", "edge_disappeared.min_edge",
                "rebalance.min_improvement", "partial_exit.stage1_gain");
        assertThat(e.getMessage()).contains("stop_loss.high_confidence = \"0\"").contains("above -1, below 0");
    }

    @Test
    void givenMoreThanSixDecimals_resolveRejectsInsteadOfRounding() {
        assertThatThrownBy(() -> cfg("stop_loss.high_confidence", "-0.1500001"))
                .hasMessageContaining("stop_loss.high_confidence").hasMessageContaining("6 decimal places");
        assertThatThrownBy(() -> cfg("trailing_stop.tighten_per_step", "0.0000001")).hasMessageContaining("trailing_stop.tighten_per_step");
        assertThatThrownBy(() -> cfg("time_based_urgent.before_close", "PT1.0000001S")).hasMessageContaining("time_based_urgent.before_close");
    }

    @Test
    void givenPartialExitsOff_theStageGainsAreNotChecked_butTheExistingRulesStillApply() {
        assertThat(ConfiguredExits.exitResolver(cfg("partial_exit.stage1_fraction", "0", "partial_exit.stage2_fraction", "0",
                "partial_exit.stage1_gain", "0")).conditions()).hasSize(9);
        assertThatThrownBy(() -> cfg("partial_exit.stage1_gain", "0")).hasMessageContaining("partial_exit.stage1_gain = \"0\"");
        assertThatThrownBy(() -> cfg("partial_exit.stage2_gain", "0.10")).hasMessageContaining("must be above partial_exit.stage1_gain");
        assertThatThrownBy(() -> cfg("partial_exit.stage1_fraction", "0.8")).hasMessageContaining("stage fractions add up to more than 1");
    }
}
