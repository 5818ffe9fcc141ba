package com.precog.application.port.out.models;

import com.precog.domain.evaluation.ModelVsMarket;
import com.precog.domain.model.EvaluatedPrediction;
import com.precog.domain.model.EvaluationKind;
import com.precog.domain.model.EvaluationRun;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelType;
import com.precog.domain.model.ModelVersion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Small factories for model-version and evaluation-run test data (shared through the test-jar). */
public final class ModelTestData {
    public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private ModelTestData() {}

    public static ModelVersion draft(String ref) {
        return ModelVersion.draft(ModelRef.parse(ref), ModelType.ELO, Map.of("league", "NFL", "elo.k", "20"), "test version", T0);
    }

    /** A run of three predictions, two with a market probability. */
    public static EvaluationRun run(String id, String ref, Instant at) {
        List<EvaluatedPrediction> preds = List.of(
                new EvaluatedPrediction("2022-09-08:LAR-BUF", LocalDate.of(2022, 9, 8), 2022, 0.45, 0.9, OptionalDouble.of(0.40), 0),
                new EvaluatedPrediction("2022-09-11:CHI-SF", LocalDate.of(2022, 9, 11), 2022, 0.30, 0.9, OptionalDouble.empty(), 1),
                new EvaluatedPrediction("2022-09-11:DET-PHI", LocalDate.of(2022, 9, 11), 2022, 0.35, 0.8, OptionalDouble.of(0.33), 0.5));
        double[] p = preds.stream().mapToDouble(EvaluatedPrediction::probability).toArray();
        double[] m = preds.stream().mapToDouble(e -> e.market().orElse(Double.NaN)).toArray();
        double[] y = preds.stream().mapToDouble(EvaluatedPrediction::outcome).toArray();
        return new EvaluationRun(id, ModelRef.parse(ref), EvaluationKind.BACKTEST, LocalDate.of(2022, 9, 1), LocalDate.of(2023, 2, 28), at,
                "test", ModelVsMarket.of(p, m, y), Optional.empty(), preds);
    }
}
