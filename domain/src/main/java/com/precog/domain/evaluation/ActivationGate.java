package com.precog.domain.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The activation gate of SPEC §3. Judges {@link GateEvidence} against {@link GateCriteria} and
 * returns every check; pre-game models are held to the market-relative Brier bar only, in-game models
 * also to the absolute one. The market comparison counts only when it stands on at least as many games
 * as the predictions' minimum. Pure, immutable and thread-safe.
 */
public final class ActivationGate {
    /** Criterion name: number of evaluated predictions. */
    public static final String PREDICTIONS = "predictions";
    /** Criterion name: accuracy at the 0.5 threshold. */
    public static final String ACCURACY = "accuracy";
    /** Criterion name: expected calibration error. */
    public static final String ECE = "ece";
    /** Criterion name: absolute Brier score (in-game models). */
    public static final String BRIER = "brier";
    /** Criterion name: model Brier minus market Brier on the same games. */
    public static final String BRIER_VS_MARKET = "brier_minus_market_brier";
    /**
     * Criterion name: the games the market comparison stands on, held to the same minimum as the predictions (a market
     * benchmark on a handful of the predictions is no comparison "on the same predictions").
     */
    public static final String MARKET_GAMES = "market_games";

    private final GateCriteria criteria;

    /**
     * A gate with the given thresholds.
     *
     * @param criteria the thresholds
     * @throws NullPointerException if {@code criteria} is null
     */
    public ActivationGate(GateCriteria criteria) {
        this.criteria = Objects.requireNonNull(criteria, "criteria");
    }

    /** {@return the thresholds} */
    public GateCriteria criteria() {
        return criteria;
    }

    /**
     * Judges evidence against every criterion.
     *
     * @param e the model's evidence
     * @return {@link GateDecision.Passed} when every check passes, else {@link GateDecision.Refused};
     *         both carry every check (a missing market benchmark fails the market criterion)
     * @throws NullPointerException if {@code e} is null
     */
    public GateDecision evaluate(GateEvidence e) {
        Objects.requireNonNull(e, "evidence");
        List<GateCheck> checks = new ArrayList<>();
        checks.add(GateCheck.atLeast(PREDICTIONS, e.predictions(), criteria.minPredictions()));
        checks.add(GateCheck.atLeast(ACCURACY, e.accuracy(), criteria.minAccuracy()));
        checks.add(GateCheck.atMost(ECE, e.ece(), criteria.maxEce()));
        if (e.phase() == ModelPhase.IN_GAME) {
            checks.add(GateCheck.atMost(BRIER, e.brier(), criteria.maxInGameBrier()));
        }
        if (e.marketBrier().isPresent()) {
            double excess = e.modelBrierOnMarketGames().getAsDouble() - e.marketBrier().getAsDouble();
            checks.add(GateCheck.atMost(BRIER_VS_MARKET, excess, criteria.maxBrierExcessOverMarket()));
            checks.add(GateCheck.atLeast(MARKET_GAMES, e.marketGames(), criteria.minPredictions()));
        } else {
            checks.add(GateCheck.missing(BRIER_VS_MARKET, criteria.maxBrierExcessOverMarket()));
        }
        boolean ok = checks.stream().allMatch(GateCheck::passed);
        return ok ? new GateDecision.Passed(e, checks) : new GateDecision.Refused(e, checks);
    }
}
