package com.precog.domain.sizing;

import java.math.BigInteger;

/** Exact non-negative {@code floor(a × b / d)} on longs with a 128-bit fallback (package-private). */
final class SizingMath {
    private SizingMath() {}

    static long mulDivFloor(long a, long b, long d) {
        if (a < 0 || b < 0 || d <= 0) throw new IllegalArgumentException("mulDiv needs a, b >= 0 and d > 0");
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if (hi == 0 && lo >= 0) return lo / d;
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(d)).longValueExact();
    }

    /** {@code value × (1 − reductionMillionths)}, rounded down; reduction clamped to [0, 1]. */
    static long reduce(long valueMillionths, long reductionMillionths) {
        long r = Math.max(0, Math.min(1_000_000L, reductionMillionths));
        return valueMillionths * (1_000_000L - r) / 1_000_000L;
    }
}
