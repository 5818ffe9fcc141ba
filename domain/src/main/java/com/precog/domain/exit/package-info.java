/**
 * The ten exit conditions of SPEC §7 and their resolution. Load an
 * {@link com.precog.domain.exit.ExitContext} (a per-thread workspace) with a position, the
 * market and the current model probability, then let
 * {@link com.precog.domain.exit.ExitResolver#resolve} evaluate every
 * {@link com.precog.domain.exit.ExitCondition} and return an
 * {@link com.precog.domain.exit.ExitDecision}: hold, or exit with the winning condition (highest
 * priority, ties by table order), the quantity and the other conditions that fired. P&amp;L
 * thresholds are millionths of the all-in entry cost ({@code pnl_pct}), prices and edges
 * micro-dollars, quantities hundredths of a contract; comparisons are exact. Conditions and the
 * resolver are immutable and thread-safe; evaluation allocates only the decision.
 */
package com.precog.domain.exit;
