package com.precog.domain.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Price;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BacktestEngineTest {
    private static final long H = 3_600_000L;
    private final BacktestSettings nfl = BacktestSettings.nflDefaults();

    @Test
    void buysTheSideWithEdge_atTheAsk_withTakerFee_andSettlesExactly() {
        BacktestResult r = BacktestEngine.replay(nfl, List.of(
                new BacktestEvent.Quote(0, 0, 550_000, 570_000, 1_000_000),
                new BacktestEvent.Forecast(1, 0, 700_000, 800_000),
                new BacktestEvent.Settlement(4 * H, 0, true, false)));
        assertThat(r.trades()).hasSize(1);
        BacktestTrade t = r.trades().get(0);
        assertThat(t.side()).isEqualTo(Side.YES);
        assertThat(t.price()).isEqualTo(Price.parse("0.57"));
        // fee per contract 0.0172 → edge 0.70 − 0.57 − 0.0172
        assertThat(t.edgePerContract()).isEqualTo(Dollars.parse("0.1128"));
        assertThat(t.fee()).isEqualTo(FeeSchedule.standard().takerFee(t.price(), t.contracts()));
        // the $500 position cap binds: contracts × (price + fee per contract) ≤ 500
        assertThat(t.contracts().times(Price.parse("0.5872"))).isLessThanOrEqualTo(Dollars.of(500));
        assertThat(t.contracts().isWhole()).isTrue();
        Dollars payout = Dollars.of(t.contracts().hundredths() / Contracts.SCALE);
        assertThat(t.payout()).isEqualTo(payout);
        assertThat(t.pnl()).isEqualTo(payout.minus(t.cost()));
        assertThat(r.endingEquity()).isEqualTo(Dollars.of(10_000).plus(t.pnl()));
        assertThat(r.winRate()).isEqualTo(1.0);
    }

    @Test
    void buysNo_whenTheModelIsBelowTheMarket_andLosesTheCostWhenWrong() {
        BacktestResult r = BacktestEngine.replay(nfl, List.of(
                new BacktestEvent.Forecast(0, 0, 300_000, 900_000),
                new BacktestEvent.Quote(1, 0, 480_000, 500_000, 1_000_000),
                new BacktestEvent.Settlement(4 * H, 0, true, false)));
        BacktestTrade t = r.trades().get(0);
        assertThat(t.side()).isEqualTo(Side.NO);
        assertThat(t.price()).isEqualTo(Price.parse("0.52")); // NO ask = 1 − YES bid
        assertThat(t.pnl()).isEqualTo(t.cost().negate());
        assertThat(r.maxDrawdown()).isEqualTo(t.cost());
    }

    @Test
    void noEntry_belowMinimumEdge_orConfidence_orWithoutQuote() {
        List<BacktestEvent> ev = List.of(
                new BacktestEvent.Forecast(0, 0, 600_000, 900_000),
                new BacktestEvent.Quote(1, 0, 550_000, 570_000, 1_000_000), // edge 0.6 − 0.57 − 0.0172 < 0.05
                new BacktestEvent.Forecast(2, 1, 900_000, 400_000), // confidence below 0.50
                new BacktestEvent.Quote(3, 1, 500_000, 520_000, 1_000_000),
                new BacktestEvent.Forecast(4, 2, 900_000, 900_000), // never quoted
                new BacktestEvent.Settlement(H, 0, true, false), new BacktestEvent.Settlement(H, 1, true, false),
                new BacktestEvent.Settlement(H, 2, true, false));
        BacktestResult r = BacktestEngine.replay(nfl, ev);
        assertThat(r.trades()).isEmpty();
        assertThat(r.endingEquity()).isEqualTo(Dollars.of(10_000));
        assertThat(r.eventsProcessed()).isEqualTo(8);
    }

    @Test
    void voidedMarketReturnsTheContractsAtTheirEntryPrice_theFeeStaysPaid() {
        BacktestResult r = BacktestEngine.replay(nfl, List.of(
                new BacktestEvent.Quote(0, 0, 550_000, 570_000, 1_000_000),
                new BacktestEvent.Forecast(1, 0, 700_000, 800_000),
                new BacktestEvent.Settlement(H, 0, false, true)));
        BacktestTrade t = r.trades().get(0);
        assertThat(t.fee()).isGreaterThan(Dollars.ZERO);
        assertThat(t.payout()).isEqualTo(t.contracts().times(Price.of("0.57"))); // Kalshi: "returned at original cost" (cost basis)
        assertThat(t.pnl()).isEqualTo(t.fee().negate()); // the same as Position.settle(MarketOutcome.voided())
        assertThat(r.endingEquity()).isEqualTo(Dollars.of(10_000).minus(t.fee()));
    }

    @Test
    void aTiedGamePaysHalfADollarAContract() {
        BacktestResult r = BacktestEngine.replay(nfl, List.of(
                new BacktestEvent.Quote(0, 0, 550_000, 570_000, 1_000_000),
                new BacktestEvent.Forecast(1, 0, 700_000, 800_000),
                BacktestEvent.Settlement.atValue(H, 0, 500_000)));
        BacktestTrade t = r.trades().get(0);
        assertThat(t.side()).isEqualTo(Side.YES);
        assertThat(t.payout()).isEqualTo(Dollars.of("0.50").times(t.contracts()));
        assertThat(t.pnl()).isEqualTo(t.payout().minus(t.cost()));
        assertThat(t.price()).isEqualTo(Price.of("0.57"));
        assertThatThrownBy(() -> new BacktestEvent.Settlement(H, 0, true, false, 500_000)).hasMessageContaining("disagrees");
        assertThatThrownBy(() -> BacktestEvent.Settlement.atValue(H, 0, 1_000_001)).hasMessageContaining("within [0, 1,000,000]");
    }

    @Test
    void neverTakesMoreThanTheBookOffers() {
        BacktestResult r = BacktestEngine.replay(nfl, List.of(
                new BacktestEvent.Quote(0, 0, 550_000, 570_000, 12_300),
                new BacktestEvent.Forecast(1, 0, 700_000, 800_000),
                new BacktestEvent.Settlement(H, 0, true, false)));
        assertThat(r.trades().get(0).contracts()).isEqualTo(Contracts.of(123));
    }

    @Test
    void settlingTwiceIsABug() {
        BacktestEngine e = new BacktestEngine(nfl);
        e.on(new BacktestEvent.Settlement(0, 0, true, false));
        assertThatThrownBy(() -> e.on(new BacktestEvent.Settlement(1, 0, true, false))).hasMessageContaining("settled twice");
    }

    @Test
    void sameEventsGiveIdenticalTradesAndPnl_andLimitsHold() {
        List<BacktestEvent> ev = randomSeason(7, 400);
        BacktestResult a = BacktestEngine.replay(nfl, ev);
        BacktestResult b = BacktestEngine.replay(nfl, ev);
        assertThat(a.trades()).isEqualTo(b.trades()).isNotEmpty();
        assertThat(a.endingEquity()).isEqualTo(b.endingEquity());
        for (BacktestTrade t : a.trades()) {
            assertThat(t.cost()).isLessThanOrEqualTo(Dollars.of(500).plus(Dollars.of(1))); // position cap (+ rounding of the last fee)
            assertThat(t.edgePerContract()).isGreaterThanOrEqualTo(Dollars.parse("0.05"));
        }
        // accounting identity: equity = start + Σ pnl
        Dollars sum = Dollars.ZERO;
        for (BacktestTrade t : a.trades()) sum = sum.plus(t.pnl());
        assertThat(a.endingEquity()).isEqualTo(Dollars.of(10_000).plus(sum));
    }

    @Test
    void theSameReplayTwiceGivesEqualResults_comparedByValue() {
        // BacktestResult holds the equity curve in arrays: the record's generated equals compared them by identity,
        // so two bit-identical replays were not equal and toString printed "[J@1b2c3d"
        List<BacktestEvent> ev = randomSeason(11, 50);
        BacktestResult a = BacktestEngine.replay(nfl, ev);
        BacktestResult b = BacktestEngine.replay(nfl, ev);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toString()).isEqualTo(b.toString()).doesNotContain("[J@").contains(a.endingEquity().toString());
        BacktestResult other = BacktestEngine.replay(nfl, randomSeason(12, 50));
        assertThat(a).isNotEqualTo(other);
        long[] shifted = a.equityUnits();
        shifted[shifted.length - 1]++;
        assertThat(new BacktestResult(a.startingBankroll(), a.endingEquity(), a.trades(), shifted, a.equityTimesMillis(),
                a.eventsProcessed(), a.rejectedEntries())).isNotEqualTo(a);
    }

    @Test
    void badEventsAreRejectedWithTheArgumentNamed() {
        assertThatThrownBy(() -> new BacktestEvent.Quote(0, 0, 600_000, 500_000, 1)).hasMessageContaining("yes bid < yes ask");
        assertThatThrownBy(() -> new BacktestEvent.Forecast(0, 0, 1_200_000, 0)).hasMessageContaining("probability");
        assertThatThrownBy(() -> new BacktestEvent.Settlement(0, -1, true, false)).hasMessageContaining("market index");
    }

    static List<BacktestEvent> randomSeason(long seed, int games) {
        Random rnd = new Random(seed);
        List<BacktestEvent> ev = new ArrayList<>();
        for (int g = 0; g < games; g++) {
            long t = g * 6 * H;
            long mid = 200_000 + rnd.nextInt(600_001);
            mid -= mid % 10_000;
            long p = Math.min(990_000, Math.max(10_000, mid + (rnd.nextInt(200_001) - 100_000)));
            ev.add(new BacktestEvent.Quote(t, g, mid - 10_000, mid + 10_000, 500_000));
            ev.add(new BacktestEvent.Forecast(t + 1, g, p, 800_000));
            ev.add(new BacktestEvent.Settlement(t + 4 * H, g, rnd.nextInt(1_000_000) < p, false));
        }
        return ev;
    }
}
