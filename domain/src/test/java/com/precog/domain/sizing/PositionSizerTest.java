package com.precog.domain.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import org.junit.jupiter.api.Test;

class PositionSizerTest {
    private final PositionSizer sizer = PositionSizer.defaults();

    static SizingRequest yes(long q, long price, long available) {
        return new SizingRequest(Side.YES, price, FeeSchedule.standard().takerFeePerContractUnits(price), q, KellyFraction.DEFAULT,
                MarketConditions.calm(), "NFL", available, false);
    }

    @Test
    void issueCheck_p072_yes065_bankroll10000_quarterKelly() {
        SizingDecision d = sizer.size(yes(720_000, 650_000, 100_000_00), ExposureView.flat(Dollars.of(10_000)));
        assertThat(d).isInstanceOf(SizingDecision.Sized.class);
        SizingDecision.Sized s = (SizingDecision.Sized) d;
        assertThat(s.allInCost()).isEqualTo(Dollars.of("0.666"));           // 0.65 + 0.0160
        assertThat(s.fullKellyMillionths()).isEqualTo(161_676);              // (0.72 − 0.666)/(1 − 0.666)
        assertThat(s.fractionalKellyMillionths()).isEqualTo(40_419);
        assertThat(s.stake()).isEqualTo(Dollars.of("404.19"));
        assertThat(s.contracts()).isEqualTo(Contracts.of(606));              // floor(404.19 / 0.666)
        assertThat(s.cost()).isEqualTo(Dollars.of("403.596"));
        assertThat(s.bindingLimit()).isEqualTo(SizeLimit.KELLY);
    }

    @Test
    void maxFraction_capsTheRequestsKellyFraction_andTheDefaultCapIsTheHardMax() {
        PositionSizer capped = new PositionSizer(RiskLimits.defaults(), SizeReductions.defaults(), KellyFraction.of("0.10"));
        SizingRequest half = new SizingRequest(Side.YES, 650_000, FeeSchedule.standard().takerFeePerContractUnits(650_000), 720_000,
                KellyFraction.HARD_MAX, MarketConditions.calm(), "NFL", 100_000_00, false);
        SizingDecision.Sized s = (SizingDecision.Sized) capped.size(half, ExposureView.flat(Dollars.of(10_000)));
        assertThat(s.fractionalKellyMillionths()).isEqualTo(16_167);
        assertThat(s.contracts()).isEqualTo(Contracts.of(242));
        assertThat(((SizingDecision.Sized) sizer.size(half, ExposureView.flat(Dollars.of(10_000)))).fractionalKellyMillionths()).isEqualTo(80_838);
        assertThat(sizer.maxFraction()).isEqualTo(KellyFraction.HARD_MAX);
    }

    @Test
    void positionCap_binds_at500OrFivePercent() {
        SizingDecision.Sized big = (SizingDecision.Sized) sizer.size(yes(900_000, 500_000, 1_000_000_00), ExposureView.flat(Dollars.of(100_000)));
        assertThat(big.bindingLimit()).isEqualTo(SizeLimit.POSITION_CAP);
        assertThat(big.cost().compareTo(Dollars.of(500))).isLessThanOrEqualTo(0);
        SizingDecision.Sized share = (SizingDecision.Sized) sizer.size(yes(900_000, 500_000, 1_000_000_00), ExposureView.flat(Dollars.of(2_000)));
        assertThat(share.bindingLimit()).isEqualTo(SizeLimit.BANKROLL_SHARE);
        assertThat(share.cost().compareTo(Dollars.of(100))).isLessThanOrEqualTo(0);
    }

    @Test
    void bookDepth_caps_andEmptyBookRejects() {
        SizingDecision.Sized s = (SizingDecision.Sized) sizer.size(yes(720_000, 650_000, 20_00), ExposureView.flat(Dollars.of(10_000)));
        assertThat(s.contracts()).isEqualTo(Contracts.of(20));
        assertThat(s.bindingLimit()).isEqualTo(SizeLimit.BOOK_DEPTH);
        assertThat(reason(sizer.size(yes(720_000, 650_000, 0), ExposureView.flat(Dollars.of(10_000))))).isEqualTo(RejectionReason.NO_LIQUIDITY);
        assertThat(reason(sizer.size(yes(720_000, 650_000, 5_00), ExposureView.flat(Dollars.of(10_000))))).isEqualTo(RejectionReason.BELOW_MIN_POSITION);
    }

    @Test
    void everyLimit_hasItsOwnReason() {
        Dollars bank = Dollars.of(10_000);
        SizingRequest r = yes(720_000, 650_000, 100_000_00);
        assertThat(reason(sizer.size(yes(600_000, 650_000, 100_00), ExposureView.flat(bank)))).isEqualTo(RejectionReason.NO_EDGE);
        assertThat(reason(sizer.size(r, ExposureView.flat(Dollars.of(999))))).isEqualTo(RejectionReason.BALANCE_TOO_LOW);
        assertThat(reason(sizer.size(r, view(bank, 0, 0, 100, 0, 0, 0, 0, 0, 0, 10, 0)))).isEqualTo(RejectionReason.HOURLY_TRADE_LIMIT);
        assertThat(reason(sizer.size(r, view(bank, 0, 0, 100, 0, 0, 0, 0, 0, 0, 0, 50)))).isEqualTo(RejectionReason.DAILY_TRADE_LIMIT);
        assertThat(reason(sizer.size(r, view(bank, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0)))).isEqualTo(RejectionReason.TOO_MANY_OPEN_POSITIONS);
        assertThat(reason(sizer.size(r, view(bank, 0, 3, 0, 3, 0, 0, 0, 0, 0, 0, 0)))).isEqualTo(RejectionReason.TOO_MANY_GAME_POSITIONS);
        assertThat(reason(sizer.size(r, view(bank, 0, 0, 0, 0, 0, 0, 850_000, 0, 0, 0, 0)))).isEqualTo(RejectionReason.CORRELATION_TOO_HIGH);
        assertThat(reason(sizer.size(r, view(bank, 10_000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))).isEqualTo(RejectionReason.TOTAL_EXPOSURE_FULL);
        assertThat(reason(sizer.size(r, view(bank, 0, 0, 0, 0, 1_500, 0, 0, 0, 0, 0, 0)))).isEqualTo(RejectionReason.GAME_EXPOSURE_FULL);
        assertThat(reason(sizer.size(r, view(bank, 0, 0, 0, 0, 0, 3_000, 0, 0, 0, 0, 0)))).isEqualTo(RejectionReason.CORRELATED_EXPOSURE_FULL);
        assertThat(reason(sizer.size(r, view(bank, 0, 0, 0, 0, 0, 0, 0, 6_000, 0, 0, 0)))).isEqualTo(RejectionReason.LEAGUE_SHARE_FULL);
        assertThat(reason(sizer.size(r, view(bank, 0, 0, 0, 0, 0, 0, 0, 0, 500, 0, 0)))).isEqualTo(RejectionReason.POSITION_CAP_REACHED);
        ExposureView holdsNo = new ExposureView(bank, Dollars.ZERO, 1, 0, 100, Dollars.ZERO, 1, Dollars.ZERO, Dollars.ZERO, 0, Dollars.ZERO, 0, 0);
        assertThat(reason(sizer.size(r, holdsNo))).isEqualTo(RejectionReason.OPPOSITE_SIDE_HELD);
    }

    @Test
    void addingToAnExistingPosition_doesNotCountAsANewPosition() {
        ExposureView full = new ExposureView(Dollars.of(10_000), Dollars.of(100), 10, 1_000, 0, Dollars.of(100), 3, Dollars.of(100),
                Dollars.ZERO, 0, Dollars.of(100), 0, 0);
        assertThat(sizer.size(yes(720_000, 650_000, 100_000_00), full)).isInstanceOf(SizingDecision.Sized.class);
    }

    @Test
    void correlationAtSeventy_halvesTheStake() {
        SizingDecision.Sized plain = (SizingDecision.Sized) sizer.size(yes(720_000, 650_000, 100_000_00), ExposureView.flat(Dollars.of(10_000)));
        SizingDecision.Sized halved = (SizingDecision.Sized) sizer.size(yes(720_000, 650_000, 100_000_00),
                view(Dollars.of(10_000), 0, 0, 0, 0, 0, 0, 700_000, 0, 0, 0, 0));
        assertThat(halved.reductionFactorMillionths()).isEqualTo(500_000);
        assertThat(halved.contracts()).isEqualTo(Contracts.of(303));
        assertThat(plain.contracts()).isEqualTo(Contracts.of(606));
    }

    @Test
    void reductions_multiply() {
        SizeReductions r = SizeReductions.defaults();
        assertThat(r.factorMillionths(MarketConditions.calm())).isEqualTo(1_000_000);
        // vol 2× (−30%), volume 10 (−50%), spread 0.05 (−25%), 4 h (−20%), conf 0.6 (−40%), CI 0.10 wide (−20%)
        MarketConditions bad = new MarketConditions(2_000_000, 10, 50_000, 4 * 3600, 600_000, 100_000);
        assertThat(r.factorMillionths(bad)).isEqualTo(Math.round(0.7 * 0.5 * 0.75 * 0.8 * 0.6 * 0.8 * 1_000_000));
    }

    @Test
    void kellyFraction_hardMaxHalf() {
        assertThatThrownBy(() -> KellyFraction.of("0.51")).hasMessageContaining("0.50");
        assertThat(KellyFraction.of("0.5")).isEqualTo(KellyFraction.HARD_MAX);
        assertThatThrownBy(() -> new RiskLimits(Dollars.of(5_001), RiskLimits.defaults().maxPositionBankrollShare(), Dollars.of(10),
                Dollars.of(1), 1, 1, Dollars.of(1), Dollars.of(1), 0, 0, java.util.Map.of(), 1, 1, Dollars.ZERO)).hasMessageContaining("5000");
    }

    static RejectionReason reason(SizingDecision d) {
        assertThat(d).isInstanceOf(SizingDecision.Rejected.class);
        return ((SizingDecision.Rejected) d).reason();
    }

    /** Exposure with dollar amounts in whole dollars. */
    static ExposureView view(Dollars bankroll, long total, int open, int lastHourUnused, int gamePositions, long game, long correlated,
                             long correlation, long league, long market, int hour, int day) {
        return new ExposureView(bankroll, Dollars.of(total), open, market > 0 ? 100 : 0, 0, Dollars.of(market), gamePositions, Dollars.of(game),
                Dollars.of(correlated), correlation, Dollars.of(league), hour, day);
    }
}
