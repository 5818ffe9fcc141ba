/**
 * Binary Kelly sizing under the risk limits of SPEC §5. {@link com.precog.domain.sizing.Kelly}
 * gives {@code f* = (q − c)/(1 − c)} for a contract bought at all-in cost {@code c} (price + fee);
 * {@link com.precog.domain.sizing.PositionSizer} bets {@code fraction × f* × bankroll} after
 * {@link com.precog.domain.sizing.SizeReductions size reductions}, caps it by every
 * {@link com.precog.domain.sizing.RiskLimits limit} and the book, and returns a
 * {@link com.precog.domain.sizing.SizingDecision} naming the binding limit or the rule that refused.
 * Fractions and probabilities are millionths, money 10<sup>-8</sup> $ units, counts hundredths;
 * stakes and counts round down, costs up. Every type here is immutable and thread-safe.
 */
package com.precog.domain.sizing;
