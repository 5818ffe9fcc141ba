package com.precog.domain.money;

/**
 * Kalshi's trading fee for one series (SPEC §2): per fill of C contracts at price P,
 * {@code fee = ceil_to($0.0001, coefficient × C × P × (1 − P))}, with the taker coefficient
 * (default 0.07) for orders that take liquidity and the maker coefficient (0.0175 on series whose
 * fee type is {@code quadratic_with_maker_fees}, else 0) for resting orders that are hit.
 *
 * <p>Coefficients are held in millionths. All results are exact {@link Dollars}, never negative,
 * maximal at P = 0.5. Immutable and thread-safe.
 *
 * @param takerCoefficientMillionths the taker coefficient in millionths ({@code 70_000} = 0.07), {@code 0 .. 500_000}
 * @param makerCoefficientMillionths the maker coefficient in millionths ({@code 17_500} = 0.0175), {@code 0 .. 500_000}
 */
public record FeeSchedule(long takerCoefficientMillionths, long makerCoefficientMillionths) {
    /** Kalshi's fee rounding unit. */
    public static final Dollars ROUNDING_UNIT = Dollars.BASIS_CENT;
    private static final long MAX_COEFFICIENT = 500_000; // 0.50: the configuration's allowed ceiling

    /**
     * Validates the coefficients.
     *
     * @param takerCoefficientMillionths the taker coefficient in millionths, {@code 0 .. 500_000}
     * @param makerCoefficientMillionths the maker coefficient in millionths, {@code 0 .. 500_000}
     * @throws IllegalArgumentException if a coefficient lies outside [0, 0.50]
     */
    public FeeSchedule {
        checkCoefficient(takerCoefficientMillionths, "taker fee coefficient");
        checkCoefficient(makerCoefficientMillionths, "maker fee coefficient");
    }

    private static void checkCoefficient(long c, String what) {
        if (c < 0 || c > MAX_COEFFICIENT) {
            throw new IllegalArgumentException(what + " must be within [0, 0.50], was " + FixedPoint.format(c, 6, 1));
        }
    }

    /**
     * Parses decimal coefficients such as {@code of("0.07", "0.0175")}.
     *
     * @param taker the taker coefficient, a decimal in [0, 0.50] with at most 6 decimals
     * @param maker the maker coefficient, a decimal in [0, 0.50] with at most 6 decimals
     * @return the schedule
     * @throws IllegalArgumentException if a coefficient is malformed or out of range
     */
    public static FeeSchedule of(String taker, String maker) {
        return new FeeSchedule(FixedPoint.parse(taker, 6, "taker fee coefficient"), FixedPoint.parse(maker, 6, "maker fee coefficient"));
    }

    /** {@return Kalshi's standard quadratic fee: taker 0.07, maker 0} */
    public static FeeSchedule standard() {
        return new FeeSchedule(70_000, 0);
    }

    /** {@return the {@code quadratic_with_maker_fees} schedule: taker 0.07, maker 0.0175} */
    public static FeeSchedule withMakerFees() {
        return new FeeSchedule(70_000, 17_500);
    }

    /**
     * The same taker coefficient with no maker fee: what a series pays whose fee type is not
     * {@code quadratic_with_maker_fees}.
     *
     * @return this schedule's taker coefficient, maker 0
     */
    public FeeSchedule withoutMakerFee() {
        return makerCoefficientMillionths == 0 ? this : new FeeSchedule(takerCoefficientMillionths, 0);
    }

    /**
     * Fee for one fill that took liquidity.
     *
     * @param price the fill price
     * @param contracts the fill's count (fractional counts allowed)
     * @return {@code ceil_to($0.0001, taker × C × P × (1 − P))}, never negative
     */
    public Dollars takerFee(Price price, Contracts contracts) {
        return fee(takerCoefficientMillionths, price.micros(), contracts.hundredths());
    }

    /**
     * Fee for one fill of a resting (maker) order.
     *
     * @param price the fill price
     * @param contracts the fill's count
     * @return {@code ceil_to($0.0001, maker × C × P × (1 − P))}; $0 on the standard schedule
     */
    public Dollars makerFee(Price price, Contracts contracts) {
        return fee(makerCoefficientMillionths, price.micros(), contracts.hundredths());
    }

    /**
     * Fee for one fill with the given liquidity role.
     *
     * @param liquidity whether the fill took ({@link Liquidity#TAKER}) or made liquidity
     * @param price the fill price
     * @param contracts the fill's count
     * @return {@link #takerFee} or {@link #makerFee}, rounded up to $0.0001
     */
    public Dollars fee(Liquidity liquidity, Price price, Contracts contracts) {
        return liquidity == Liquidity.TAKER ? takerFee(price, contracts) : makerFee(price, contracts);
    }

    /**
     * Taker fee of one contract, rounded up to $0.0001. Allocation-free for hot paths.
     *
     * @param priceMicros the price in micro-dollars, {@code 1 .. 999_999} (not checked: the caller
     *        holds a valid {@link Price})
     * @return the fee in {@link Dollars} units (10<sup>-8</sup> $), a multiple of 10 000
     */
    public long takerFeePerContractUnits(long priceMicros) {
        return feeUnitsOneContract(takerCoefficientMillionths, priceMicros);
    }

    /**
     * Maker fee of one contract, as {@link #takerFeePerContractUnits(long)}.
     *
     * @param priceMicros the price in micro-dollars, {@code 1 .. 999_999} (not checked)
     * @return the fee in {@link Dollars} units (10<sup>-8</sup> $), a multiple of 10 000
     */
    public long makerFeePerContractUnits(long priceMicros) {
        return feeUnitsOneContract(makerCoefficientMillionths, priceMicros);
    }

    private static long feeUnitsOneContract(long coefficient, long priceMicros) {
        // coefficient(1e-6) × P(1e-6) × (1-P)(1e-6) = 1e-18 $; the $0.0001 unit = 1e14 of those
        long raw = coefficient * priceMicros * (Price.ONE_DOLLAR_MICROS - priceMicros); // ≤ 5e5 × 2.5e11 = 1.25e17
        long basisCents = FixedPoint.ceilDiv(raw, 100_000_000_000_000L);
        return basisCents * ROUNDING_UNIT.units();
    }

    private static Dollars fee(long coefficient, long priceMicros, long hundredths) {
        if (priceMicros <= 0 || priceMicros >= Price.ONE_DOLLAR_MICROS) throw new IllegalArgumentException("price out of range");
        // exact value in 1e-20 $: coefficient(1e-6) × C(1e-2) × P(1e-6) × (1−P)(1e-6); unit $0.0001 = 1e16 of those
        long a = coefficient * priceMicros * (Price.ONE_DOLLAR_MICROS - priceMicros); // ≤ 1.25e17
        long hi = Math.multiplyHigh(a, hundredths);
        long lo = a * hundredths;
        long basisCents;
        if (hi == 0 && lo >= 0) {
            basisCents = FixedPoint.ceilDiv(lo, 10_000_000_000_000_000L);
        } else {
            java.math.BigInteger[] qr = java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(hundredths))
                    .divideAndRemainder(java.math.BigInteger.valueOf(10_000_000_000_000_000L));
            basisCents = qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
        }
        return Dollars.ofUnits(Math.multiplyExact(basisCents, ROUNDING_UNIT.units()));
    }

    @Override
    public String toString() {
        return "FeeSchedule[taker=" + FixedPoint.format(takerCoefficientMillionths, 6, 2)
                + ", maker=" + FixedPoint.format(makerCoefficientMillionths, 6, 2) + "]";
    }
}
