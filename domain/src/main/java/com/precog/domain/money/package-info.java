/**
 * Exact money: {@link com.precog.domain.money.Price} (micro-dollars in (0, 1)),
 * {@link com.precog.domain.money.Probability} (millionths in [0, 1]),
 * {@link com.precog.domain.money.Contracts} (hundredths, never negative),
 * {@link com.precog.domain.money.Dollars} (signed, 10<sup>-8</sup> $) and Kalshi's
 * {@link com.precog.domain.money.FeeSchedule}. No type here holds a binary floating point
 * number; conversions parse or format decimals exactly and rounding is always explicit
 * (fees up to $0.0001, sizes down to the hundredth or whole contract). All types are immutable
 * and thread-safe.
 */
package com.precog.domain.money;
