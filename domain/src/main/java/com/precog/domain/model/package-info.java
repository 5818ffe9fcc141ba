/**
 * Probability models (SPEC §3): Elo ratings ({@link com.precog.domain.model.EloRatingBook},
 * {@link com.precog.domain.model.Elo}), logistic regression, the weighted
 * {@link com.precog.domain.model.Ensemble ensemble}, the closing-line
 * {@link com.precog.domain.model.MarketBenchmark market benchmark}, the analytic
 * {@link com.precog.domain.model.NormalInGameModel normal in-game model}, the pre-game evaluation
 * workflows and the immutable {@link com.precog.domain.model.ModelVersion model versions} with their
 * lifecycle. Models compute in {@code double} (probabilities in [0, 1], ratings in Elo points,
 * margins in points); {@link com.precog.domain.model.ModelEstimate#probabilityValue()} and
 * {@code Probability.ofDouble} are the boundary into money math. Values and fitted models are
 * immutable and thread-safe; {@code EloRatingBook} is a single-threaded replay.
 */
package com.precog.domain.model;
