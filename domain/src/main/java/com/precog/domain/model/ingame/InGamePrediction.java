package com.precog.domain.model.ingame;

/**
 * An in-game home win probability in [0, 1] and how it was obtained.
 *
 * @param homeWinProbability P(home team wins), a tie counted as half
 * @param treatment          which part of the model answered
 */
public record InGamePrediction(double homeWinProbability, Treatment treatment) {
    /**
     * Validates the prediction.
     *
     * @throws IllegalArgumentException if the probability is NaN or outside [0, 1], or the treatment is null
     */
    public InGamePrediction {
        if (!(homeWinProbability >= 0 && homeWinProbability <= 1)) {
            throw new IllegalArgumentException("homeWinProbability must be in [0, 1], was " + homeWinProbability);
        }
        if (treatment == null) throw new IllegalArgumentException("treatment must not be null");
    }

    /** The part of an {@link InGameModel} that produced a prediction. */
    public enum Treatment {
        /** Quarters 1–4 with time left: the regulation regression. */
        REGULATION,
        /** Overtime with time left, or a tie at the end of regulation: the separate overtime regression. */
        OVERTIME,
        /** No time left and a lead (or an overtime tie): the result is known. */
        DECIDED
    }
}
