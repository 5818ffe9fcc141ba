package com.precog.domain.model.ingame;

import com.precog.domain.model.LogisticRegression;
import java.util.Objects;

/**
 * Fitted NFL in-game win-probability model: logistic regressions over {@link InGameFeatures}, one for
 * regulation (quarters 1–4) and a separate one for overtime, plus the historical
 * {@link WinProbabilityLookup} built from the same seasons (for sample sizes and intervals).
 *
 * <p>Overtime rule: periods 5+ use only the overtime regression (fitted on overtime plays alone,
 * whose sudden-death scoring differs from regulation); a tie when regulation's clock reads 0 is an
 * overtime start (overtime regression at a 600-second clock, possession unknown); with no time left
 * and a lead the leader has won, and a tie at the end of overtime is a tie (0.5). Immutable and
 * thread-safe.
 */
public final class InGameModel {
    /** Overtime clock assumed when regulation ends tied. */
    static final int OVERTIME_START_CLOCK = 600;

    private final LinearPredictor regulation;
    private final LinearPredictor overtime;
    private final WinProbabilityLookup lookup;

    /**
     * A model from its fitted parts (see {@link InGameModelFitter} and {@link InGameModelText}).
     *
     * @param regulation the regression for quarters 1–4, {@value InGameFeatures#COUNT} coefficients
     * @param overtime the regression for overtime, {@value InGameFeatures#COUNT} coefficients
     * @param lookup the historical lookup table of the same seasons
     * @throws IllegalArgumentException if a regression has the wrong number of coefficients
     * @throws NullPointerException if a part is null
     */
    public InGameModel(LinearPredictor regulation, LinearPredictor overtime, WinProbabilityLookup lookup) {
        this.regulation = Objects.requireNonNull(regulation, "regulation");
        this.overtime = Objects.requireNonNull(overtime, "overtime");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        if (regulation.coefficients().length != InGameFeatures.COUNT || overtime.coefficients().length != InGameFeatures.COUNT) {
            throw new IllegalArgumentException("regulation and overtime need " + InGameFeatures.COUNT + " coefficients each");
        }
    }

    /** {@return the regression for quarters 1–4} */
    public LinearPredictor regulation() {
        return regulation;
    }

    /** {@return the regression for overtime} */
    public LinearPredictor overtime() {
        return overtime;
    }

    /** {@return the historical lookup table} */
    public WinProbabilityLookup lookup() {
        return lookup;
    }

    /**
     * The home win probability of a situation, with the treatment that produced it.
     *
     * @param s the game situation
     * @param fallbacks counts the fallbacks used for missing inputs
     * @return P(home wins) in [0, 1] (a tie counted as half) and its treatment
     */
    public InGamePrediction predict(InGameSituation s, FallbackCounts fallbacks) {
        int lead = s.homeLead();
        if (s.clockSeconds() == 0 && (s.period() >= 4)) {
            if (lead != 0) return new InGamePrediction(lead > 0 ? 1.0 : 0.0, InGamePrediction.Treatment.DECIDED);
            if (s.isOvertime()) return new InGamePrediction(0.5, InGamePrediction.Treatment.DECIDED);
            InGameSituation start = new InGameSituation(s.homeScore(), s.awayScore(), 5, OVERTIME_START_CLOCK,
                    Possession.UNKNOWN, InGameSituation.UNKNOWN, InGameSituation.UNKNOWN, InGameSituation.UNKNOWN,
                    InGameSituation.UNKNOWN, InGameSituation.UNKNOWN, s.expectedHomeMargin());
            return new InGamePrediction(score(overtime, start, FallbackCounts.discarding()), InGamePrediction.Treatment.OVERTIME);
        }
        if (s.isOvertime()) return new InGamePrediction(score(overtime, s, fallbacks), InGamePrediction.Treatment.OVERTIME);
        return new InGamePrediction(score(regulation, s, fallbacks), InGamePrediction.Treatment.REGULATION);
    }

    /**
     * P(home wins) only; see {@link #predict}. Convert with {@code Probability.ofDouble} before money math.
     *
     * @param s the game situation
     * @param fallbacks counts the fallbacks used for missing inputs
     * @return P(home wins) in [0, 1]
     */
    public double homeWinProbability(InGameSituation s, FallbackCounts fallbacks) {
        return predict(s, fallbacks).homeWinProbability();
    }

    private static double score(LinearPredictor p, InGameSituation s, FallbackCounts fallbacks) {
        double[] x = new double[InGameFeatures.COUNT];
        InGameFeatures.extract(s, x, fallbacks);
        return LogisticRegression.sigmoid(p.logit(x));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InGameModel m && m.regulation.equals(regulation) && m.overtime.equals(overtime) && m.lookup.equals(lookup);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regulation, overtime, lookup);
    }
}
