package com.precog.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.market.TickLadder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class MoneyPropertiesTest {

    @Provide
    Arbitrary<Price> prices() {
        return Arbitraries.longs().between(1, 999_999).map(Price::ofMicros);
    }

    @Provide
    Arbitrary<Contracts> counts() {
        return Arbitraries.longs().between(1, 100_000_000L).map(Contracts::ofHundredths);
    }

    @Provide
    Arbitrary<TickLadder> ladders() {
        return Arbitraries.of(TickLadder.cent(), TickLadder.tapered(), TickLadder.uniform(1_000), TickLadder.uniform(100),
                TickLadder.uniform(5_000), TickLadder.uniform(2_000));
    }

    @Property
    void price_parseOfToString_isIdentity(@ForAll("prices") Price p) {
        assertThat(Price.parse(p.toString())).isEqualTo(p);
        assertThat(Price.of(p.toBigDecimal())).isEqualTo(p);
    }

    @Property
    void contracts_parseOfToString_isIdentity(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 4) long h) {
        Contracts c = Contracts.ofHundredths(h);
        assertThat(Contracts.parse(c.toString())).isEqualTo(c);
    }

    @Property
    void dollars_parseOfToString_isIdentity(@ForAll @LongRange(min = -Long.MAX_VALUE / 4, max = Long.MAX_VALUE / 4) long u) {
        Dollars d = Dollars.ofUnits(u);
        assertThat(Dollars.parse(d.toString())).isEqualTo(d);
        assertThat(Dollars.of(d.toBigDecimal())).isEqualTo(d);
    }

    @Property
    void probability_parseOfToString_isIdentity(@ForAll @LongRange(min = 0, max = 1_000_000) long m) {
        Probability p = Probability.ofMillionths(m);
        assertThat(Probability.parse(p.toString())).isEqualTo(p);
    }

    @Property
    void complementSymmetry_yesAtP_isNoAtOneMinusP(@ForAll("prices") Price p) {
        assertThat(Side.NO.priceFromYes(p)).isEqualTo(p.complement());
        assertThat(Side.NO.toYesPrice(Side.NO.priceFromYes(p))).isEqualTo(p);
        assertThat(p.complement().complement()).isEqualTo(p);
        assertThat(p.micros() + p.complement().micros()).isEqualTo(Price.ONE_DOLLAR_MICROS);
    }

    @Property
    void fee_isSymmetricUnderComplement(@ForAll("prices") Price p, @ForAll("counts") Contracts c) {
        FeeSchedule f = FeeSchedule.withMakerFees();
        assertThat(f.takerFee(p, c)).isEqualTo(f.takerFee(p.complement(), c));
        assertThat(f.makerFee(p, c)).isEqualTo(f.makerFee(p.complement(), c));
    }

    @Property
    void fee_isNonNegative_andMaximalAtHalf(@ForAll("prices") Price p, @ForAll("counts") Contracts c) {
        FeeSchedule f = FeeSchedule.withMakerFees();
        Dollars fee = f.takerFee(p, c);
        assertThat(fee.isNegative()).isFalse();
        assertThat(fee).isLessThanOrEqualTo(f.takerFee(Price.parse("0.5"), c));
        assertThat(f.makerFee(p, c)).isLessThanOrEqualTo(fee);
    }

    @Property
    void fee_isMonotoneInContracts(@ForAll("prices") Price p, @ForAll("counts") Contracts c, @ForAll @LongRange(min = 1, max = 100_000) long more) {
        FeeSchedule f = FeeSchedule.standard();
        assertThat(f.takerFee(p, c.plus(Contracts.ofHundredths(more)))).isGreaterThanOrEqualTo(f.takerFee(p, c));
    }

    @Property
    void fee_isExactCeilingToBasisCent(@ForAll("prices") Price p, @ForAll("counts") Contracts c) {
        // reference computation with BigDecimal
        java.math.BigDecimal exact = new java.math.BigDecimal("0.07").multiply(c.toBigDecimal()).multiply(p.toBigDecimal())
                .multiply(java.math.BigDecimal.ONE.subtract(p.toBigDecimal()));
        java.math.BigDecimal ceil = exact.setScale(4, java.math.RoundingMode.CEILING);
        assertThat(FeeSchedule.standard().takerFee(p, c).toBigDecimal()).isEqualByComparingTo(ceil);
    }

    @Property
    void perContractFee_equalsFeeOfOneContract(@ForAll("prices") Price p) {
        FeeSchedule f = FeeSchedule.withMakerFees();
        assertThat(f.takerFeePerContractUnits(p.micros())).isEqualTo(f.takerFee(p, Contracts.of(1)).units());
        assertThat(f.makerFeePerContractUnits(p.micros())).isEqualTo(f.makerFee(p, Contracts.of(1)).units());
    }

    @Property
    void tickRounding_isIdempotent_andNeverAggressive(@ForAll("prices") Price p, @ForAll("ladders") TickLadder ladder) {
        for (OrderAction action : OrderAction.values()) {
            Price r;
            try {
                r = ladder.roundPassive(p, action);
            } catch (IllegalArgumentException outside) {
                // only possible at the extremes: below the first tick for a buy, above the last for a sell
                assertThat(action == OrderAction.BUY ? p.micros() < ladder.minPrice() : p.micros() > ladder.maxPrice()).isTrue();
                continue;
            }
            assertThat(ladder.isOnLadder(r.micros())).isTrue();
            assertThat(ladder.roundPassive(r, action)).isEqualTo(r);
            if (action == OrderAction.BUY) {
                assertThat(r).isLessThanOrEqualTo(p); // a buy never pays more than asked
            } else {
                assertThat(r).isGreaterThanOrEqualTo(p); // a sell never accepts less
            }
            // and it moves by less than one tick
            assertThat(Math.abs(r.micros() - p.micros())).isLessThan(Math.max(ladder.tickAt(p.micros()), ladder.tickAt(r.micros())));
        }
    }

    @Property
    void balanceChange_floorsToCent(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long u) {
        Dollars d = Dollars.ofUnits(u).floorToCent();
        assertThat(d).isLessThanOrEqualTo(Dollars.ofUnits(u));
        assertThat(Dollars.ofUnits(u).minus(d)).isLessThan(Dollars.CENT);
        assertThat(d.units() % Dollars.CENT.units()).isZero();
    }
}
