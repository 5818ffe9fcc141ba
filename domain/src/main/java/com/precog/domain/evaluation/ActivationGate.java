package com.precog.domain.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The activation gate of SPEC §3. Judges {@link GateEvidence} against {@link GateCriteria} and
 * returns every check; pre-game models are held to the market-relative Brier bar only, in-game models
 * also to the absolute one. Pure.
 */
public final class ActivationGate {
    public static final String PREDICTIONS = "predictions";
    public static final String ACCURACY = "accuracy";
    public static final String ECE = "ece";
    public static final String BRIER = "brier";
    public static final String BRIER_VS_MARKET = "brier_minus_market_brier";

    private final GateCriteria criteria;

    public ActivationGate(GateCriteria criteria) {
        this.criteria = Objects.requireNonNull(criteria, "criteria");
    }

    public GateCriteria criteria() {
        return criteria;
    }

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
        } else {
            checks.add(GateCheck.missing(BRIER_VS_MARKET, criteria.maxBrierExcessOverMarket()));
        }
        boolean ok = checks.stream().allMatch(GateCheck::passed);
        return ok ? new GateDecision.Passed(e, checks) : new GateDecision.Refused(e, checks);
    }
}
