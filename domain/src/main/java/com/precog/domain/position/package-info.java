/**
 * Held positions (SPEC §7): a {@link com.precog.domain.position.Position} of one side of one
 * market, its all-in entry cost (price plus the fee share, rounded up so P&amp;L is never
 * flattered), its mark, its {@link com.precog.domain.position.TrailingStop trailing stop} and
 * {@link com.precog.domain.position.ConfidenceLevel entry confidence}. Every change returns a new
 * immutable value; all types are thread-safe.
 */
package com.precog.domain.position;
