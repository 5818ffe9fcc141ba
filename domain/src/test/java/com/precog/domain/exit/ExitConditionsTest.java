package com.precog.domain.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.market.BookTop;
import com.precog.domain.market.Side;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.position.ConfidenceLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExitConditionsTest {

    // 1 stop_loss: -0.15 of 0.60 is 0.51 exactly
    @ParameterizedTest
    @CsvSource({"HIGH,510000,true", "HIGH,510001,false", "MEDIUM,528000,true", "MEDIUM,528001,false",
            "LOW,552000,true", "LOW,552001,false"})
    void stopLoss_triggersAtTheConfidenceThresholdInclusive(ConfidenceLevel level, long bid, boolean fires) {
        ExitContext ctx = Contexts.at(bid).position(level, Contexts.ENTRY_UNITS, 10_000, 10_000, 0, false, 0);
        assertThat(StopLoss.defaults().triggered(ctx)).isEqualTo(fires);
    }

    @Test
    void stopLoss_withoutABid_doesNotFire_andRejectsPositiveThreshold() {
        assertThat(StopLoss.defaults().triggered(Contexts.at(0).market(0, 0, -1, 100_000, Contexts.NOW, -1, false, FeeSchedule.standard()))).isFalse();
        assertThatThrownBy(() -> new StopLoss(10, -1, -1)).hasMessageContaining("highPpm");
    }

    @Test
    void stopLoss_isNearWithinTwoPoints() {
        // 0.52 is -0.1333: within 0.02 of -0.15
        assertThat(StopLoss.defaults().near(Contexts.at(522_000), 20_000)).isTrue();
        assertThat(StopLoss.defaults().near(Contexts.at(523_000), 20_000)).isFalse();
    }

    // 2 circuit_breaker
    @Test
    void circuitBreaker_firesOnlyWhenFlattenRequired() {
        assertThat(new CircuitBreakerExit().triggered(Contexts.at(600_000))).isFalse();
        assertThat(new CircuitBreakerExit().triggered(Contexts.at(600_000).flattenRequired(true))).isTrue();
        assertThat(new CircuitBreakerExit().quantityHundredths(Contexts.at(600_000))).isEqualTo(10_000);
    }

    // 3 trailing_stop
    @ParameterizedTest
    @CsvSource({"true,650000,650000,true", "true,650000,650001,false", "false,650000,600000,false"})
    void trailingStop_firesAtOrBelowTheArmedStop(boolean active, long stop, long bid, boolean fires) {
        ExitContext ctx = Contexts.at(bid).position(ConfidenceLevel.HIGH, Contexts.ENTRY_UNITS, 10_000, 10_000, 0, active, active ? stop : 0);
        assertThat(new TrailingStopExit().triggered(ctx)).isEqualTo(fires);
    }

    // 4 time_based_urgent
    @ParameterizedTest
    @CsvSource({"600000,599999,true", "600001,599999,false", "600000,600000,false", "0,500000,true"})
    void timeBasedUrgent_firesWithinTenMinutesWhenLosing(long millisToClose, long bid, boolean fires) {
        ExitContext ctx = Contexts.at(bid).market(bid, bid + 10_000, 10_000, 100_000, Contexts.NOW, Contexts.NOW + millisToClose, false,
                FeeSchedule.standard());
        assertThat(TimeBasedUrgent.defaults().triggered(ctx)).isEqualTo(fires);
    }

    @Test
    void timeBasedUrgent_unknownCloseNeverFires_andValidatesWindow() {
        ExitContext ctx = Contexts.at(500_000).market(500_000, 510_000, 10_000, 100_000, Contexts.NOW, -1, false, FeeSchedule.standard());
        assertThat(TimeBasedUrgent.defaults().triggered(ctx)).isFalse();
        assertThatThrownBy(() -> new TimeBasedUrgent(0)).hasMessageContaining("windowMillis");
    }

    // 5 liquidity_dried_up
    @ParameterizedTest
    @CsvSource({"30000,5000,false", "30001,5000,true", "10000,4999,true", "10000,-1,false"})
    void liquidity_firesOnWideSpreadOrLowVolume(long spread, long volume, boolean fires) {
        ExitContext ctx = Contexts.at(600_000).market(600_000, 610_000, spread, volume, Contexts.NOW, -1, false, FeeSchedule.standard());
        assertThat(LiquidityDriedUp.defaults().triggered(ctx)).isEqualTo(fires);
    }

    // a one-sided book: no bid for the held side means nothing to sell into (fires); an empty ask with bids standing is
    // the book right after an entry took the whole ask, and does not fire on its own (only a low volume still does)
    @ParameterizedTest
    @CsvSource({"0,0,100000,true", "0,610000,100000,true", "600000,0,100000,false", "600000,0,4999,true", "600000,0,-1,false"})
    void liquidity_oneSidedBook_firesOnlyWhenNobodyBidsForTheHeldSide(long bid, long ask, long volume, boolean fires) {
        ExitContext ctx = Contexts.at(600_000).market(bid, ask, -1, volume, Contexts.NOW, -1, false, FeeSchedule.standard());
        assertThat(LiquidityDriedUp.defaults().triggered(ctx)).isEqualTo(fires);
        assertThat(LiquidityDriedUp.defaults().near(ctx, 10_000)).as("a one-sided book is watched closely").isTrue();
    }

    @Test
    void liquidity_afterAnEntryTookTheWholeAsk_fromABookTop() {
        // YES bid 0.53 x 200, YES ask empty (every NO bid was taken by our YES buy)
        BookTop top = new BookTop(530_000, 20_000, 0, 0);
        ExitContext yesHolder = Contexts.at(530_000).market(top, Side.YES, 100_000, Contexts.NOW, -1, false, FeeSchedule.standard());
        assertThat(LiquidityDriedUp.defaults().triggered(yesHolder)).as("YES has buyers at 0.53").isFalse();
        ExitContext noHolder = Contexts.at(530_000).market(top, Side.NO, 100_000, Contexts.NOW, -1, false, FeeSchedule.standard());
        assertThat(LiquidityDriedUp.defaults().triggered(noHolder)).as("NO has no buyers: the YES ask is empty").isTrue();
    }

    // 6 profit_target (no partial stages configured)
    @ParameterizedTest
    @CsvSource({"HIGH,750000,true", "HIGH,749999,false", "MEDIUM,720000,true", "MEDIUM,719999,false", "LOW,690000,true", "LOW,689999,false"})
    void profitTarget_firesAtTheConfidenceTargetInclusive(ConfidenceLevel level, long bid, boolean fires) {
        ExitContext ctx = Contexts.at(bid).position(level, Contexts.ENTRY_UNITS, 10_000, 10_000, 0, false, 0);
        assertThat(ProfitTarget.defaults(null).triggered(ctx)).isEqualTo(fires);
    }

    @Test
    void profitTarget_waitsForDuePartialStages_thenSellsTheRemainder() {
        PartialExitTarget partial = PartialExitTarget.defaults();
        ProfitTarget target = ProfitTarget.defaults(partial);
        ExitContext fresh = Contexts.at(750_000);
        assertThat(target.triggered(fresh)).isFalse();
        assertThat(partial.triggered(fresh)).isTrue();
        ExitContext afterStages = Contexts.at(750_000).position(ConfidenceLevel.HIGH, Contexts.ENTRY_UNITS, 10_000, 2_500, 0b11, false, 0);
        assertThat(target.triggered(afterStages)).isTrue();
        assertThat(target.quantityHundredths(afterStages)).isEqualTo(2_500);
    }

    // 7 partial_exit_target
    @Test
    void partialExit_stageOneAtFifteenPercentSellsHalfOfTheOriginal() {
        PartialExitTarget partial = PartialExitTarget.defaults();
        assertThat(partial.triggered(Contexts.at(689_999))).isFalse();
        ExitContext at15 = Contexts.at(690_000);
        assertThat(partial.triggered(at15)).isTrue();
        assertThat(partial.dueStages(at15)).isEqualTo(0b01);
        assertThat(partial.quantityHundredths(at15)).isEqualTo(5_000);
    }

    @Test
    void partialExit_stageTwoSellsAQuarterOfTheOriginalNotOfTheRemainder() {
        PartialExitTarget partial = PartialExitTarget.defaults();
        ExitContext ctx = Contexts.at(750_000).position(ConfidenceLevel.HIGH, Contexts.ENTRY_UNITS, 10_000, 5_000, 0b01, false, 0);
        assertThat(partial.dueStages(ctx)).isEqualTo(0b10);
        assertThat(partial.quantityHundredths(ctx)).isEqualTo(2_500);
        ExitContext below = Contexts.at(749_999).position(ConfidenceLevel.HIGH, Contexts.ENTRY_UNITS, 10_000, 5_000, 0b01, false, 0);
        assertThat(partial.triggered(below)).isFalse();
    }

    @Test
    void partialExit_eachStageOnce() {
        ExitContext done = Contexts.at(800_000).position(ConfidenceLevel.HIGH, Contexts.ENTRY_UNITS, 10_000, 2_500, 0b11, false, 0);
        assertThat(PartialExitTarget.defaults().triggered(done)).isFalse();
    }

    @Test
    void partialExit_bothStagesDueAtOnceAreSoldTogether() {
        ExitContext jump = Contexts.at(800_000);
        assertThat(PartialExitTarget.defaults().dueStages(jump)).isEqualTo(0b11);
        assertThat(PartialExitTarget.defaults().quantityHundredths(jump)).isEqualTo(7_500);
    }

    @ParameterizedTest
    @CsvSource({
            // original, fractional, stage-1 quantity, stage-2 quantity (hundredths)
            "700,false,300,100",     // 7 contracts: 3.5 -> 3, 1.75 -> 1
            "100,false,0,0",         // 1 contract: both round to zero: never due
            "300,false,100,0",       // 3 contracts: 1.5 -> 1, 0.75 -> 0
            "755,true,377,188",      // 7.55 fractional: 3.775 -> 3.77, 1.8875 -> 1.88
            "755,false,300,100",     // 7.55 on a whole-contract market
            "1,true,0,0"})           // 0.01 contract
    void partialExit_roundsDownOddAndFractionalQuantities(long original, boolean fractional, long stage1, long stage2) {
        PartialExitTarget partial = PartialExitTarget.defaults();
        ExitContext s1 = Contexts.at(690_000).position(ConfidenceLevel.HIGH, Contexts.ENTRY_UNITS, original, original, 0, false, 0)
                .market(690_000, 700_000, 10_000, 100_000, Contexts.NOW, -1, fractional, FeeSchedule.standard());
        assertThat(partial.triggered(s1)).isEqualTo(stage1 > 0);
        if (stage1 > 0) assertThat(partial.quantityHundredths(s1)).isEqualTo(stage1);
        ExitContext s2 = Contexts.at(750_000).position(ConfidenceLevel.HIGH, Contexts.ENTRY_UNITS, original, original - stage1, 0b01, false, 0)
                .market(750_000, 760_000, 10_000, 100_000, Contexts.NOW, -1, fractional, FeeSchedule.standard());
        assertThat(partial.triggered(s2)).isEqualTo(stage2 > 0);
        if (stage2 > 0) assertThat(partial.quantityHundredths(s2)).isEqualTo(stage2);
    }

    @Test
    void partialExit_validatesStages() {
        assertThatThrownBy(() -> new PartialExitTarget(new long[] {250_000, 150_000}, new long[] {50, 25}))
                .hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> new PartialExitTarget(new long[] {150_000, 250_000}, new long[] {80, 25}))
                .hasMessageContaining("sum to at most 100");
        assertThatThrownBy(() -> new PartialExitTarget(new long[] {150_000}, new long[] {0})).hasMessageContaining("percent");
    }

    // 8 early_exit and 9 edge_disappeared: q - (bid - fee(bid)); at bid 0.60 the taker fee is 0.0168
    @ParameterizedTest
    @CsvSource({"603200,false,false", "603199,true,false", "583200,true,false", "583199,true,true"})
    void earlyExitAndEdgeDisappeared_useTheRecomputedEdge(long heldProbability, boolean early, boolean gone) {
        ExitContext ctx = Contexts.at(600_000).probability(heldProbability);
        assertThat(ctx.currentEdgeMicros()).isEqualTo(heldProbability - 583_200);
        assertThat(EarlyExit.defaults().triggered(ctx)).isEqualTo(early);
        assertThat(new EdgeDisappeared().triggered(ctx)).isEqualTo(gone);
    }

    @Test
    void edgeConditions_needAProbability() {
        ExitContext ctx = Contexts.at(600_000);
        assertThat(ctx.edgeKnown()).isFalse();
        assertThat(EarlyExit.defaults().triggered(ctx)).isFalse();
        assertThat(new EdgeDisappeared().triggered(ctx)).isFalse();
    }

    // 10 rebalance: bid 0.66 (+10%), q = 0.70 -> edge = 0.70 - (0.66 - 0.0158) = 0.0558
    @ParameterizedTest
    @CsvSource({"85800,true,true", "85799,true,false", "85800,false,false"})
    void rebalance_needsProfitABetterCandidateByThreeCentsAndBlockingLimits(long candidate, boolean blocked, boolean fires) {
        ExitContext ctx = Contexts.at(660_000).probability(700_000).candidate(candidate, blocked);
        assertThat(ctx.currentEdgeMicros()).isEqualTo(55_800);
        assertThat(Rebalance.defaults().triggered(ctx)).isEqualTo(fires);
    }

    @Test
    void rebalance_notWhenFlatOrLosing() {
        ExitContext flat = Contexts.at(600_000).probability(700_000).candidate(500_000, true);
        assertThat(Rebalance.defaults().triggered(flat)).isFalse();
        ExitContext up = Contexts.at(600_001).probability(700_000).candidate(500_000, true);
        assertThat(Rebalance.defaults().triggered(up)).isTrue();
    }

    @Test
    void currentEdge_rejectsOutOfRangeInputs() {
        assertThatThrownBy(() -> CurrentEdge.holdEdgeMicros(1_000_001, 500_000, FeeSchedule.standard())).hasMessageContaining("heldProbabilityMillionths");
        assertThatThrownBy(() -> CurrentEdge.holdEdgeMicros(500_000, 0, FeeSchedule.standard())).hasMessageContaining("exitPriceMicros");
    }

    @net.jqwik.api.Property
    void currentEdge_risesWithProbability_andFallsAsTheBidRisesNetOfFees(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 999_999) int q,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 10_000, max = 980_000) int bid) {
        FeeSchedule fees = FeeSchedule.standard();
        long e = CurrentEdge.holdEdgeMicros(q, bid, fees);
        assertThat(CurrentEdge.holdEdgeMicros(q + 1, bid, fees)).isEqualTo(e + 1);
        long fee = fees.takerFeePerContractUnits(bid) / 100;
        assertThat(e).isEqualTo(q - bid + fee);
        assertThat(fee).isBetween(0L, 17_500L);
    }

    @net.jqwik.api.Property
    void pnlComparisons_agreeWithTheRoundedPnl(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 999_999) int mark,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.LongRange(min = 1, max = 102_000_000) long cost,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = -999_999, max = 5_000_000) int threshold) {
        ExitContext ctx = new ExitContext().position(ConfidenceLevel.HIGH, cost, 100, 100, 0, false, 0)
                .market(mark, 0, -1, -1, 0, -1, false, FeeSchedule.standard());
        long floor = ctx.pnlPpm();
        // exact: pnl >= t  <=>  floor(pnl) >= t for integer t; pnl <= t  <=>  ceil(pnl) <= t
        assertThat(ctx.pnlAtLeast(threshold)).isEqualTo(floor >= threshold);
        if (ctx.pnlAtMost(threshold)) assertThat(floor).isLessThanOrEqualTo(threshold);
    }
}
