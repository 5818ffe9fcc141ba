package com.precog.application.port.in.models;

import com.precog.domain.evaluation.ModelVsMarket;
import com.precog.domain.model.EvaluationKind;
import com.precog.domain.model.EvaluationRun;
import com.precog.domain.model.HistoricalGame;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelVersion;
import com.precog.domain.model.PreGameBacktest;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Use case: evaluate a pre-game model version on historical games (walk-forward backtest, k-fold
 * temporal cross-validation or holdout), next to the closing-line market on the same games, and store
 * the run with its predictions. A draft version moves to testing.
 */
public interface EvaluateModel {
    /**
     * @param games      every known game (the replay and fits use all games before each forecast)
     * @param from       first game date evaluated (inclusive)
     * @param to         last game date evaluated (inclusive)
     * @param folds      k for cross-validation (SPEC: 5); ignored otherwise
     * @param holdoutFrom first date of the holdout test period (holdout only; the fit uses games before it)
     * @param dataSource where the games came from (file name), stored with the run
     */
    record EvaluateModelCommand(ModelRef ref, List<HistoricalGame> games, LocalDate from, LocalDate to, EvaluationKind kind,
                                int folds, LocalDate holdoutFrom, String dataSource) {
        public EvaluateModelCommand {
            Objects.requireNonNull(ref, "ref");
            games = List.copyOf(Objects.requireNonNull(games, "games"));
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(holdoutFrom, "holdoutFrom");
            Objects.requireNonNull(dataSource, "dataSource");
            if (to.isBefore(from)) throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
            if (kind == EvaluationKind.CROSS_VALIDATION && folds < 2) throw new IllegalArgumentException("folds must be >= 2, was " + folds);
        }

        /** Walk-forward backtest over [from, to]. */
        public static EvaluateModelCommand backtest(ModelRef ref, List<HistoricalGame> games, LocalDate from, LocalDate to, String dataSource) {
            return new EvaluateModelCommand(ref, games, from, to, EvaluationKind.BACKTEST, 5, from, dataSource);
        }
    }

    /** The stored run, the version after the evaluation, the predictions and the scores per season. */
    record ModelEvaluation(EvaluationRun run, ModelVersion version, List<PreGameBacktest.Prediction> predictions,
                           SortedMap<Integer, ModelVsMarket> bySeason) {}

    /** @throws IllegalArgumentException if the version is unknown, in-game, deprecated, or forecasts no game in the range */
    ModelEvaluation evaluate(EvaluateModelCommand command);
}
