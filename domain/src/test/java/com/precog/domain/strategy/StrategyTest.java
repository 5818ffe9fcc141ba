package com.precog.domain.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.edge.Edge;
import com.precog.domain.market.Side;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import com.precog.domain.sizing.KellyFraction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyTest {
    private static final Instant T0 = Instant.parse("2026-09-07T17:00:00Z");

    static StrategyVersion version(String name, StrategyType type) {
        return StrategyVersion.draft(StrategyKey.of(name, "v1.0"), StrategyConfig.defaults(type), "", T0);
    }

    @Test
    void lifecycle_followsDraftTestingActiveInactiveDeprecated() {
        StrategyVersion v = version("pregame", StrategyType.PRE_GAME_ENTRY);
        assertThatThrownBy(() -> v.moveTo(StrategyStatus.ACTIVE, T0)).hasMessageContaining("draft").hasMessageContaining("active");
        StrategyVersion active = v.moveTo(StrategyStatus.TESTING, T0).moveTo(StrategyStatus.ACTIVE, T0.plusSeconds(5));
        assertThat(active.isActive()).isTrue();
        assertThat(active.statusChangedAt()).isEqualTo(T0.plusSeconds(5));
        StrategyVersion back = active.moveTo(StrategyStatus.INACTIVE, T0).moveTo(StrategyStatus.ACTIVE, T0);
        assertThat(back.sameDefinitionAs(v)).isTrue();
        StrategyVersion dep = back.moveTo(StrategyStatus.DEPRECATED, T0);
        for (StrategyStatus s : StrategyStatus.values()) assertThat(StrategyStatus.DEPRECATED.canMoveTo(s)).isFalse();
        assertThatThrownBy(() -> dep.moveTo(StrategyStatus.ACTIVE, T0)).isInstanceOf(IllegalStateException.class);
        assertThat(StrategyStatus.TESTING.canMoveTo(StrategyStatus.DRAFT)).isTrue();
        assertThat(StrategyStatus.DRAFT.canMoveTo(StrategyStatus.DEPRECATED)).isFalse();
    }

    @Test
    void keysAndVersions_roundTrip() {
        assertThat(StrategyKey.parse("pre_game-nfl@v2.3")).isEqualTo(StrategyKey.of("pre_game-nfl", "2.3"));
        assertThat(StrategyKey.parse("x@v2.3").toString()).isEqualTo("x@v2.3");
        assertThat(VersionNumber.parse("v1.9").compareTo(VersionNumber.parse("v1.10"))).isNegative();
        assertThatThrownBy(() -> VersionNumber.parse("1")).hasMessageContaining("'1'");
        assertThatThrownBy(() -> StrategyKey.of("Bad Name", "v1.0")).hasMessageContaining("Bad Name");
    }

    @Test
    void defaults_carrySpecKellyByLeague_andSettlementOverride() {
        StrategyConfig pre = StrategyConfig.defaults(StrategyType.PRE_GAME_ENTRY);
        assertThat(pre.rulesFor("NFL").kellyFraction()).isEqualTo(KellyFraction.of("0.25"));
        assertThat(pre.rulesFor("nba").kellyFraction()).isEqualTo(KellyFraction.of("0.22"));
        assertThat(pre.rulesFor("TENNIS").kellyFraction()).isEqualTo(KellyFraction.of("0.18"));
        assertThat(pre.rulesFor("NHL").kellyFraction()).isEqualTo(KellyFraction.DEFAULT);
        assertThat(pre.rulesFor("NFL").minEdge().toString()).isEqualTo("0.08");
        assertThat(StrategyConfig.defaults(StrategyType.SETTLEMENT_ARBITRAGE).rulesFor("NFL").kellyFraction()).isEqualTo(KellyFraction.HARD_MAX);
        assertThat(StrategyConfig.defaults(StrategyType.LIVE_TRADING).rulesFor("NFL").admits(
                new EntryContext("NFL", EntryContext.Phase.IN_PROGRESS, -100, -1, 1000, 3, true, 3), 600_000)).isFalse();
        assertThatThrownBy(() -> new StrategyConfig(StrategyType.HALFTIME_ENTRY, EntryRules.PreGame.defaults(), Map.of()))
                .hasMessageContaining("PRE_GAME_ENTRY");
    }

    @Test
    void windows_preGameAndHalftime() {
        EntryRules pre = EntryRules.PreGame.defaults();
        assertThat(pre.admits(EntryContext.pregame("NFL", 3600), 0)).isTrue();
        assertThat(pre.admits(EntryContext.pregame("NFL", 1799), 0)).isFalse();
        assertThat(pre.admits(EntryContext.pregame("NFL", 24 * 3600 + 1), 0)).isFalse();
        EntryRules half = EntryRules.Halftime.defaults();
        assertThat(half.admits(new EntryContext("NFL", EntryContext.Phase.HALFTIME, -1, 0, 1800, 0, false, 3), 0)).isTrue();
        assertThat(half.admits(new EntryContext("NFL", EntryContext.Phase.IN_PROGRESS, -1, 600, 1700, 0, false, 3), 0)).isTrue();
        assertThat(half.admits(new EntryContext("NFL", EntryContext.Phase.IN_PROGRESS, -1, 601, 1700, 0, false, 3), 0)).isFalse();
    }

    @Test
    void settlementArbitrage_nflCertaintyRules() {
        EntryRules arb = EntryRules.SettlementArbitrage.defaults();
        long sure = 985_000;
        // lead 7 with possession, 90 s, opponent out of timeouts
        assertThat(arb.admits(new EntryContext("NFL", EntryContext.Phase.IN_PROGRESS, -1, -1, 90, 7, true, 0), sure)).isTrue();
        assertThat(arb.admits(new EntryContext("NFL", EntryContext.Phase.IN_PROGRESS, -1, -1, 90, 7, true, 1), sure)).isFalse();
        assertThat(arb.admits(new EntryContext("NFL", EntryContext.Phase.IN_PROGRESS, -1, -1, 91, 7, true, 0), sure)).isFalse();
        assertThat(arb.admits(new EntryContext("NFL", EntryContext.Phase.IN_PROGRESS, -1, -1, 90, 7, false, 0), sure)).isFalse();
        // lead 21 with ≤ 180 s — but the 120 s window still applies
        assertThat(arb.admits(new EntryContext("NFL", EntryContext.Phase.IN_PROGRESS, -1, -1, 120, 21, false, 3), sure)).isTrue();
        assertThat(arb.admits(new EntryContext("NFL", EntryContext.Phase.IN_PROGRESS, -1, -1, 120, 21, false, 3), 979_999)).isFalse();
        // other leagues: probability and time only
        assertThat(arb.admits(new EntryContext("NBA", EntryContext.Phase.IN_PROGRESS, -1, -1, 100, 2, false, 2), sure)).isTrue();
        assertThat(arb.admits(new EntryContext("NBA", EntryContext.Phase.IN_PROGRESS, -1, -1, 121, 2, false, 2), sure)).isFalse();
    }

    @Test
    void selector_priorityWins_unlessAnotherEdgeIsLargerByTwoCents() {
        StrategySelector sel = StrategySelector.defaults();
        var half = new StrategySelector.Candidate(version("half", StrategyType.HALFTIME_ENTRY), edge("0.60"));   // edge 0.0832
        var pre = new StrategySelector.Candidate(version("pre", StrategyType.PRE_GAME_ENTRY), edge("0.59"));    // +0.01 more
        var arb = new StrategySelector.Candidate(version("arb", StrategyType.SETTLEMENT_ARBITRAGE), edge("0.55")); // +0.05 more
        assertThat(sel.select(List.of(pre, half)).orElseThrow()).isEqualTo(half);
        assertThat(sel.select(List.of(pre, half, arb)).orElseThrow()).isEqualTo(arb);
        assertThat(sel.select(List.of())).isEmpty();
    }

    private static Edge edge(String ask) {
        return Edge.taker(FeeSchedule.standard(), Side.YES, Probability.of("0.70"), Price.of(ask));
    }
}
