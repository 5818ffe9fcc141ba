/**
 * The NFL in-game win-probability model (SPEC §3): an
 * {@link com.precog.domain.model.ingame.InGameSituation} (score, clock, possession, down and
 * distance, timeouts, pre-game expected margin; unknown fields allowed and counted as
 * {@link com.precog.domain.model.ingame.FeatureFallback fallbacks}) goes into a fitted
 * {@link com.precog.domain.model.ingame.InGameModel}, which answers P(home wins) as a
 * {@code double} in [0, 1] — convert it with {@code Probability.ofDouble} before money math. Fit
 * with {@link com.precog.domain.model.ingame.InGameModelFitter}, store with
 * {@link com.precog.domain.model.ingame.InGameModelText}, score with
 * {@link com.precog.domain.model.ingame.InGameEvaluation}. Models and values are immutable and
 * thread-safe; {@code FallbackCounts} is thread-safe; {@code WinProbabilityLookup.Builder} is not.
 */
package com.precog.domain.model.ingame;
