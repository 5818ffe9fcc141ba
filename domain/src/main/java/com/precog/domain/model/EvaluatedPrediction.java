package com.precog.domain.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One stored prediction of an evaluation run: the game (key, date, season), the model's probability
 * and confidence, the market benchmark's probability on that game (empty if none) and the outcome
 * (1 home win, 0 loss, 0.5 tie). Immutable.
 *
 * @param gameKey the game's key ({@link HistoricalGame#key()})
 * @param gameDate the game's date
 * @param season the game's season
 * @param probability the model's P(home wins), in [0, 1]
 * @param confidence the model's confidence, in [0, 1]
 * @param market the market's P(home wins), empty if none
 * @param outcome 1 home win, 0 loss, 0.5 tie
 */
public record EvaluatedPrediction(String gameKey, LocalDate gameDate, int season, double probability, double confidence,
                                  OptionalDouble market, double outcome) {
    /**
     * Validates the prediction.
     *
     * @throws IllegalArgumentException if a probability lies outside [0, 1] or the outcome is not 0, 0.5 or 1
     * @throws NullPointerException if the key, date or market option is null
     */
    public EvaluatedPrediction {
        Objects.requireNonNull(gameKey, "gameKey");
        Objects.requireNonNull(gameDate, "gameDate");
        Objects.requireNonNull(market, "market");
        if (!(probability >= 0 && probability <= 1)) throw new IllegalArgumentException("probability must be in [0, 1], was " + probability);
        if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        if (market.isPresent() && !(market.getAsDouble() >= 0 && market.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("market must be in [0, 1], was " + market.getAsDouble());
        }
        if (outcome != 0 && outcome != 0.5 && outcome != 1) throw new IllegalArgumentException("outcome must be 0, 0.5 or 1, was " + outcome);
    }

    /**
     * The stored form of a backtest prediction.
     *
     * @param p a prediction of {@link PreGameBacktest}
     * @return the stored prediction
     */
    public static EvaluatedPrediction of(PreGameBacktest.Prediction p) {
        HistoricalGame g = p.game();
        return new EvaluatedPrediction(g.key(), g.date(), g.season(), p.estimate().probability(), p.estimate().confidence(),
                p.market(), g.homeOutcome());
    }
}
