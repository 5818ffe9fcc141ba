/**
 * Evaluation of probability forecasts (SPEC §3): {@link com.precog.domain.evaluation.CalibrationMetrics}
 * (Brier, log loss, accuracy, ECE, AUC, reliability bins), the market benchmark comparison and the
 * {@link com.precog.domain.evaluation.ActivationGate activation gate} a model must pass before it
 * trades. These are statistics over forecasts in {@code double}, never money. Everything is pure,
 * immutable and thread-safe.
 */
package com.precog.domain.evaluation;
