package com.precog.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact decimal text ⇄ scaled {@code long} conversions shared by the money types (package-private). */
final class FixedPoint {
    static final long MICROS = 1_000_000L;

    private FixedPoint() {}

    /**
     * Parses a plain decimal string ("0.56", "-12.3400", "7") into units of 10^-scale, exactly.
     * Rejects exponents, more than {@code scale} significant decimals, and values that overflow.
     */
    static long parse(String text, int scale, String what) {
        if (text == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        String s = text.trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        long whole = 0;
        long frac = 0;
        int fracDigits = 0;
        boolean sawDot = false;
        boolean sawDigit = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (sawDot) throw bad(text, what, scale);
                sawDot = true;
            } else if (c >= '0' && c <= '9') {
                sawDigit = true;
                int d = c - '0';
                if (!sawDot) {
                    try {
                        whole = Math.addExact(Math.multiplyExact(whole, 10), d);
                    } catch (ArithmeticException e) {
                        throw new IllegalArgumentException(what + " '" + text + "' is too large");
                    }
                } else if (fracDigits < scale) {
                    frac = frac * 10 + d;
                    fracDigits++;
                } else if (d != 0) {
                    throw new IllegalArgumentException(what + " '" + text + "' has more than " + scale + " decimal places");
                }
            } else {
                throw bad(text, what, scale);
            }
        }
        if (!sawDigit) throw bad(text, what, scale);
        for (int k = fracDigits; k < scale; k++) frac *= 10;
        try {
            // a negative value is built negative, so that the most negative long parses too
            return negative ? Math.subtractExact(Math.multiplyExact(-whole, pow10(scale)), frac)
                    : Math.addExact(Math.multiplyExact(whole, pow10(scale)), frac);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is too large");
        }
    }

    private static IllegalArgumentException bad(String text, String what, int scale) {
        return new IllegalArgumentException(what + " '" + text + "' is not a plain decimal number (up to " + scale + " decimal places)");
    }

    /** Formats {@code units} × 10^-scale with at least {@code minDecimals} decimals (trailing zeros beyond that trimmed). */
    static String format(long units, int scale, int minDecimals) {
        StringBuilder sb = new StringBuilder(24);
        long abs = Math.abs(units); // Long.MIN_VALUE stays negative here: read it as unsigned
        if (units < 0) sb.append('-');
        long p = pow10(scale);
        sb.append(Long.toUnsignedString(Long.divideUnsigned(abs, p)));
        long frac = Long.remainderUnsigned(abs, p);
        int decimals = scale;
        while (decimals > minDecimals && frac % 10 == 0) {
            frac /= 10;
            decimals--;
        }
        if (decimals > 0) {
            sb.append('.');
            String digits = Long.toString(frac);
            for (int k = digits.length(); k < decimals; k++) sb.append('0');
            sb.append(digits);
        }
        return sb.toString();
    }

    static long pow10(int n) {
        long r = 1;
        for (int k = 0; k < n; k++) r *= 10;
        return r;
    }

    static BigDecimal toBigDecimal(long units, int scale) {
        return BigDecimal.valueOf(units, scale);
    }

    /** Exact conversion from a BigDecimal; fails if it has more than {@code scale} decimals of precision. */
    static long fromBigDecimal(BigDecimal value, int scale, String what) {
        if (value == null) throw new IllegalArgumentException(what + " must not be null");
        try {
            return value.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " " + value.toPlainString() + " needs more than " + scale + " decimal places or is too large");
        }
    }

    /** floor(a / b) for b > 0. */
    static long floorDiv(long a, long b) {
        return Math.floorDiv(a, b);
    }

    /** ceil(a / b) for b > 0. */
    static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
