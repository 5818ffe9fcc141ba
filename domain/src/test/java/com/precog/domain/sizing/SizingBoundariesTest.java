package com.precog.domain.sizing;

import static com.precog.domain.sizing.PositionSizerTest.reason;
import static com.precog.domain.sizing.PositionSizerTest.yes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sizing exactly at each SPEC §5 threshold (written against the mutants PIT left alive, see
 * docs/QUALITY.md): "balance ≥ $1,000", "position ≥ $10", the size reductions' strict and
 * non-strict comparisons, and whole-contract trading.
 */
class SizingBoundariesTest {
    private final PositionSizer sizer = PositionSizer.defaults();

    /** A fee-free request so that costs are round numbers: YES at 0.50, win probability 0.90. */
    private static SizingRequest feeFree(long availableHundredths, boolean fractional) {
        return new SizingRequest(Side.YES, 500_000, 0, 900_000, KellyFraction.DEFAULT, MarketConditions.calm(), "NFL",
                availableHundredths, fractional);
    }

    @Test
    void aBalanceOfExactlyTheMinimum_mayTrade() {
        SizingDecision d = sizer.size(yes(720_000, 650_000, 100_000_00), ExposureView.flat(Dollars.of(1_000)));
        assertThat(d).isInstanceOf(SizingDecision.Sized.class);
        assertThat(((SizingDecision.Sized) d).stake()).isEqualTo(Dollars.of("40.419")); // quarter Kelly 4.0419% of $1,000
        assertThat(reason(sizer.size(yes(720_000, 650_000, 100_000_00), ExposureView.flat(Dollars.of("999.99")))))
                .isEqualTo(RejectionReason.BALANCE_TOO_LOW);
    }

    @Test
    void aPositionOfExactlyTheMinimum_isTaken() {
        // the book offers 20 contracts at 0.50: $10.00, exactly the minimum position
        SizingDecision.Sized s = (SizingDecision.Sized) sizer.size(feeFree(20_00, false), ExposureView.flat(Dollars.of(10_000)));
        assertThat(s.cost()).isEqualTo(Dollars.of(10));
        assertThat(s.bindingLimit()).isEqualTo(SizeLimit.BOOK_DEPTH);
        assertThat(reason(sizer.size(feeFree(19_99, true), ExposureView.flat(Dollars.of(10_000))))).isEqualTo(RejectionReason.BELOW_MIN_POSITION);
    }

    @Test
    void wholeContractTrading_usesOnlyTheWholeContractsTheBookOffers_fractionalTradingUsesAll() {
        SizingDecision.Sized whole = (SizingDecision.Sized) sizer.size(feeFree(25_50, false), ExposureView.flat(Dollars.of(10_000)));
        assertThat(whole.contracts()).isEqualTo(Contracts.of(25));
        assertThat(whole.cost()).isEqualTo(Dollars.of("12.50"));
        assertThat(whole.bindingLimit()).isEqualTo(SizeLimit.BOOK_DEPTH);
        SizingDecision.Sized fractional = (SizingDecision.Sized) sizer.size(feeFree(25_50, true), ExposureView.flat(Dollars.of(10_000)));
        assertThat(fractional.contracts()).isEqualTo(Contracts.parse("25.50"));
        assertThat(fractional.cost()).isEqualTo(Dollars.of("12.75"));
    }

    @Test
    void withNoMinimumBalanceConfigured_aZeroBankrollIsRefused_notACrash() {
        RiskLimits d = RiskLimits.defaults();
        RiskLimits noMinimum = new RiskLimits(d.maxPosition(), d.maxPositionBankrollShare(), d.minPosition(), d.maxTotalExposure(),
                d.maxOpenPositions(), d.maxPositionsPerGame(), d.maxGameExposure(), d.maxCorrelatedExposure(),
                d.correlationRejectMillionths(), d.correlationHalveMillionths(),
                Map.of("NFL", com.precog.domain.money.Probability.of("0.60")), d.maxTradesPerHour(), d.maxTradesPerDay(), Dollars.ZERO);
        PositionSizer s = new PositionSizer(noMinimum, SizeReductions.defaults());
        assertThat(reason(s.size(feeFree(100_00, false), ExposureView.flat(Dollars.ZERO)))).isEqualTo(RejectionReason.POSITION_CAP_REACHED);
    }

    @Test
    void reductions_applyAtOrBeyondTheirThresholds_asSpecified() {
        SizeReductions r = SizeReductions.defaults();
        // vol >= 2x cuts 30%
        assertThat(r.factorMillionths(new MarketConditions(2_000_000, 10_000, 10_000, 3_600, 1_000_000, 0))).isEqualTo(700_000);
        assertThat(r.factorMillionths(new MarketConditions(1_999_999, 10_000, 10_000, 3_600, 1_000_000, 0))).isEqualTo(1_000_000);
        // volume < 50 cuts 50%: exactly 50 does not
        assertThat(r.factorMillionths(new MarketConditions(1_000_000, 50, 10_000, 3_600, 1_000_000, 0))).isEqualTo(1_000_000);
        assertThat(r.factorMillionths(new MarketConditions(1_000_000, 49, 10_000, 3_600, 1_000_000, 0))).isEqualTo(500_000);
        // spread > 0.04 cuts 25%: exactly 0.04 does not
        assertThat(r.factorMillionths(new MarketConditions(1_000_000, 10_000, 40_000, 3_600, 1_000_000, 0))).isEqualTo(1_000_000);
        assertThat(r.factorMillionths(new MarketConditions(1_000_000, 10_000, 40_001, 3_600, 1_000_000, 0))).isEqualTo(750_000);
        // settlement > 3 h away cuts 20%: exactly 3 h does not
        assertThat(r.factorMillionths(new MarketConditions(1_000_000, 10_000, 10_000, 3 * 3_600, 1_000_000, 0))).isEqualTo(1_000_000);
        assertThat(r.factorMillionths(new MarketConditions(1_000_000, 10_000, 10_000, 3 * 3_600 + 1, 1_000_000, 0))).isEqualTo(800_000);
        // confidence < 0.70 cuts 40%: exactly 0.70 does not
        assertThat(r.factorMillionths(new MarketConditions(1_000_000, 10_000, 10_000, 3_600, 700_000, 0))).isEqualTo(1_000_000);
        assertThat(r.factorMillionths(new MarketConditions(1_000_000, 10_000, 10_000, 3_600, 699_999, 0))).isEqualTo(600_000);
    }

    @Test
    void kelly_refusesAFreeBet() {
        assertThatThrownBy(() -> Kelly.fullMillionths(600_000, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThat(Kelly.fullMillionths(600_000, 1)).isPositive();
    }
}
