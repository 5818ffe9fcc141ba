package com.precog.domain.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Price;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class SizingPropertiesTest {
    private final PositionSizer sizer = PositionSizer.defaults();

    static SizingRequest request(Side side, long q, long price, long fraction, long available) {
        return new SizingRequest(side, price, FeeSchedule.standard().takerFeePerContractUnits(price), q, new KellyFraction(fraction),
                MarketConditions.calm(), "NFL", available, false);
    }

    static long contracts(SizingDecision d) {
        return d instanceof SizingDecision.Sized s ? s.contracts().hundredths() : 0;
    }

    @Property
    void kellyIsZeroWithoutEdge(@ForAll @LongRange(min = 1, max = 999_999) long price, @ForAll @LongRange(min = 0, max = 999_999) long q) {
        long c = price * 100 + FeeSchedule.standard().takerFeePerContractUnits(price);
        if (q * 100 <= c) {
            assertThat(Kelly.fullMillionths(q, c)).isZero();
            assertThat(sizer.size(request(Side.YES, q, price, 250_000, 1_000_000), ExposureView.flat(Dollars.of(10_000))))
                    .isInstanceOfSatisfying(SizingDecision.Rejected.class, r -> assertThat(r.reason()).isEqualTo(RejectionReason.NO_EDGE));
        } else {
            assertThat(Kelly.fullMillionths(q, c)).isBetween(0L, 1_000_000L);
        }
    }

    @Property
    void sizeIsMonotoneInEdge(@ForAll @LongRange(min = 10_000, max = 990_000) long price, @ForAll @LongRange(min = 0, max = 1_000_000) long q1,
                              @ForAll @LongRange(min = 0, max = 1_000_000) long q2, @ForAll @LongRange(min = 0, max = 500_000) long fraction,
                              @ForAll("bankrolls") long bankrollDollars) {
        long lo = Math.min(q1, q2);
        long hi = Math.max(q1, q2);
        ExposureView e = ExposureView.flat(Dollars.of(bankrollDollars));
        assertThat(contracts(sizer.size(request(Side.NO, lo, price, fraction, 1_000_000_00), e)))
                .isLessThanOrEqualTo(contracts(sizer.size(request(Side.NO, hi, price, fraction, 1_000_000_00), e)));
        assertThat(Kelly.fullMillionths(lo, price * 100)).isLessThanOrEqualTo(Kelly.fullMillionths(hi, price * 100));
    }

    @Property
    void sizeIsMonotoneInBankroll(@ForAll @LongRange(min = 10_000, max = 990_000) long price, @ForAll @LongRange(min = 0, max = 1_000_000) long q,
                                  @ForAll("bankrolls") long b1, @ForAll("bankrolls") long b2) {
        SizingRequest r = request(Side.YES, q, price, 250_000, 1_000_000_00);
        assertThat(contracts(sizer.size(r, ExposureView.flat(Dollars.of(Math.min(b1, b2))))))
                .isLessThanOrEqualTo(contracts(sizer.size(r, ExposureView.flat(Dollars.of(Math.max(b1, b2))))));
    }

    @Provide
    Arbitrary<Long> bankrolls() {
        return Arbitraries.longs().between(0, 2_000_000);
    }

    @Provide
    Arbitrary<ExposureView> exposures() {
        Arbitrary<Long> dollars = Arbitraries.longs().between(0, 12_000);
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 12);
        return Combinators.combine(Arbitraries.longs().between(0, 500_000), dollars, small, small, dollars, dollars, dollars,
                Arbitraries.longs().between(-1_000_000, 1_000_000)).as((bank, total, open, game, gameExp, corrExp, league, corr) ->
                new ExposureView(Dollars.of(bank), Dollars.of(total), open, 0, 0, Dollars.of(Math.min(total, 300)), game, Dollars.of(gameExp),
                        Dollars.of(corrExp), corr, Dollars.of(league), open % 11, open * 4));
    }

    @Property
    void neverExceedsAnyCap(@ForAll @LongRange(min = 10_000, max = 990_000) long price, @ForAll @LongRange(min = 0, max = 1_000_000) long q,
                            @ForAll @LongRange(min = 0, max = 500_000) long fraction, @ForAll @LongRange(min = 0, max = 100_000_00) long available,
                            @ForAll("exposures") ExposureView e) {
        SizingDecision d = sizer.size(request(Side.YES, q, price, fraction, available), e);
        if (!(d instanceof SizingDecision.Sized s)) return;
        RiskLimits l = sizer.limits();
        long cost = s.cost().units();
        long bankroll = e.bankroll().units();
        assertThat(cost + e.marketExposure().units()).isLessThanOrEqualTo(l.maxPosition().units());
        assertThat(cost + e.marketExposure().units()).isLessThanOrEqualTo(bankroll / 20);
        assertThat(cost + e.totalExposure().units()).isLessThanOrEqualTo(l.maxTotalExposure().units());
        assertThat(cost + e.gameExposure().units()).isLessThanOrEqualTo(l.maxGameExposure().units());
        assertThat(cost + e.correlatedExposure().units()).isLessThanOrEqualTo(l.maxCorrelatedExposure().units());
        assertThat(cost + e.leagueExposure().units()).isLessThanOrEqualTo(l.leagueCapUnits("NFL"));
        assertThat(cost).isGreaterThanOrEqualTo(l.minPosition().units());
        assertThat(s.contracts().hundredths()).isLessThanOrEqualTo(available);
        assertThat(s.contracts().isWhole()).isTrue();
        assertThat(e.bankroll().compareTo(l.minBalance())).isGreaterThanOrEqualTo(0);
        assertThat(e.maxCorrelationMillionths()).isLessThan(l.correlationRejectMillionths());
        // stake never exceeds fraction × f* × bankroll, and f* never exceeds 1
        assertThat(cost).isLessThanOrEqualTo(s.stake().units() + s.allInCost().units());
        assertThat(s.fractionalKellyMillionths()).isLessThanOrEqualTo(KellyFraction.HARD_MAX_MILLIONTHS);
    }

    @Property
    void neverBothSidesOfOneMarket(@ForAll @LongRange(min = 10_000, max = 990_000) long price, @ForAll @LongRange(min = 0, max = 1_000_000) long q,
                                   @ForAll @IntRange(min = 1, max = 100_000) int held, @ForAll boolean holdYes) {
        ExposureView e = new ExposureView(Dollars.of(10_000), Dollars.of(10), 1, holdYes ? held : 0, holdYes ? 0 : held, Dollars.of(10), 1,
                Dollars.of(10), Dollars.ZERO, 0, Dollars.of(10), 0, 0);
        Side opposite = holdYes ? Side.NO : Side.YES;
        assertThat(sizer.size(request(opposite, q, price, 500_000, 1_000_000_00), e))
                .isInstanceOfSatisfying(SizingDecision.Rejected.class, r -> assertThat(r.reason()).isEqualTo(RejectionReason.OPPOSITE_SIDE_HELD));
    }

    @Test
    void aFractionalSize_costsAtLeastWhatTheFillWillCost_feeRoundedUpToTheBasisCent() {
        // 966.18 contracts at 0.50 (fee per contract 0.0175) under the $500 cap: the fill's fee is
        // ceil_to($0.0001, 0.07 × 966.18 × 0.25 = 16.908150) = 16.9082, so the fill costs 483.09 + 16.9082 = 499.9982;
        // the sizer reported 966.18 × 0.5175 = 499.99815, less than will be paid
        SizingRequest r = new SizingRequest(Side.YES, 500_000, FeeSchedule.standard().takerFeePerContractUnits(500_000), 990_000,
                KellyFraction.HARD_MAX, MarketConditions.calm(), "NFL", 1_000_000_00, true);
        SizingDecision.Sized s = (SizingDecision.Sized) sizer.size(r, ExposureView.flat(Dollars.of(100_000)));
        assertThat(s.contracts()).isEqualTo(Contracts.parse("966.18"));
        assertThat(s.cost()).isEqualTo(Dollars.parse("499.9982")).isLessThanOrEqualTo(Dollars.of(500));
    }

    @Test
    void aSizeNeverCostsLessThanItsFill_norMoreThanThePositionCap_onTheWholeCentGrid() {
        // every cent price × win probabilities 0.00..1.00, whole and fractional trading, the book deeper than any cap:
        // at 0.10, 0.20, … the per-contract fee is exact, so only the fill's own rounding can make it cost more
        int sized = 0;
        for (int cents = 1; cents <= 99; cents++) {
            Price p = Price.ofCents(cents);
            for (long q = 0; q <= 1_000_000; q += 10_000) {
                for (boolean fractional : new boolean[] {false, true}) {
                    SizingRequest r = new SizingRequest(Side.NO, p.micros(), FeeSchedule.standard().takerFeePerContractUnits(p.micros()), q,
                            KellyFraction.HARD_MAX, MarketConditions.calm(), "NFL", 100_000_000, fractional);
                    if (sizer.size(r, ExposureView.flat(Dollars.of(100_000))) instanceof SizingDecision.Sized s) {
                        sized++;
                        Dollars fill = s.contracts().times(p).plus(FeeSchedule.standard().takerFee(p, s.contracts()));
                        assertThat(s.cost()).as("%s at %s, q %s", s.contracts(), p, q)
                                .isGreaterThanOrEqualTo(fill).isLessThanOrEqualTo(Dollars.of(500));
                    }
                }
            }
        }
        assertThat(sized).isGreaterThan(1_000);
    }
}
