package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.EVALUATION_RUNS;
import static com.precog.adapters.persistence.jooq.Tables.PREDICTIONS;
import static com.precog.adapters.persistence.jooq.Tables.PROBABILITY_MODELS;

import com.precog.adapters.persistence.jooq.tables.records.EvaluationRunsRecord;
import com.precog.adapters.persistence.jooq.tables.records.PredictionsRecord;
import com.precog.application.port.out.models.EvaluationRuns;
import com.precog.domain.evaluation.MetricSummary;
import com.precog.domain.model.EvaluatedPrediction;
import com.precog.domain.model.EvaluationKind;
import com.precog.domain.model.EvaluationRun;
import com.precog.domain.model.ModelRef;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.exception.IntegrityConstraintViolationException;

/** {@link EvaluationRuns} in {@code evaluation_runs} + {@code predictions}, one transaction per run. */
final class JooqEvaluationRuns implements EvaluationRuns {
    private static final int INSERT_CHUNK = 2_000;
    private static final List<Field<?>> PREDICTION_COLUMNS = List.of(
            PREDICTIONS.MODEL_NAME, PREDICTIONS.MODEL_VERSION, PREDICTIONS.MODEL_ID, PREDICTIONS.EVALUATION_RUN_ID,
            PREDICTIONS.SEQUENCE, PREDICTIONS.GAME_KEY, PREDICTIONS.GAME_DATE, PREDICTIONS.SEASON,
            PREDICTIONS.PREDICTED_PROBABILITY, PREDICTIONS.CONFIDENCE, PREDICTIONS.MARKET_PROBABILITY, PREDICTIONS.OUTCOME,
            PREDICTIONS.PREDICTED_AT);

    private final DSLContext dsl;

    JooqEvaluationRuns(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void save(EvaluationRun run) {
        try {
            dsl.transaction(tx -> insert(tx.dsl(), run));
        } catch (IntegrityConstraintViolationException e) {
            if (find(run.id()).isPresent()) {
                throw new IllegalArgumentException("evaluation run " + run.id() + " already exists", e);
            }
            throw e;
        }
    }

    private static void insert(DSLContext t, EvaluationRun run) {
        ModelRef m = run.model();
        Long modelId = t.select(PROBABILITY_MODELS.MODEL_ID).from(PROBABILITY_MODELS)
                .where(PROBABILITY_MODELS.NAME.eq(m.name()), PROBABILITY_MODELS.VERSION.eq(m.version()))
                .fetchOptional(PROBABILITY_MODELS.MODEL_ID).orElse(null);
        MetricSummary s = run.scores().model();
        OffsetDateTime at = run.createdAt().atOffset(ZoneOffset.UTC);
        long runId = t.insertInto(EVALUATION_RUNS)
                .set(EVALUATION_RUNS.RUN_KEY, run.id())
                .set(EVALUATION_RUNS.MODEL_NAME, m.name())
                .set(EVALUATION_RUNS.MODEL_VERSION, m.version())
                .set(EVALUATION_RUNS.MODEL_ID, modelId)
                .set(EVALUATION_RUNS.RUN_TYPE, run.kind().key())
                .set(EVALUATION_RUNS.PERIOD_FROM, run.from())
                .set(EVALUATION_RUNS.PERIOD_TO, run.to())
                .set(EVALUATION_RUNS.DATA_SOURCE, run.dataSource())
                .set(EVALUATION_RUNS.PREDICTION_COUNT, run.predictionCount())
                .set(EVALUATION_RUNS.ACCURACY, ModelJson.column(s.accuracy()))
                .set(EVALUATION_RUNS.BRIER_SCORE, ModelJson.column(s.brier()))
                .set(EVALUATION_RUNS.LOG_LOSS, ModelJson.column(s.logLoss()))
                .set(EVALUATION_RUNS.ECE, ModelJson.column(s.ece()))
                .set(EVALUATION_RUNS.AUC, ModelJson.column(s.auc()))
                .set(EVALUATION_RUNS.MARKET_BRIER_SCORE, run.scores().market().map(x -> ModelJson.column(x.brier())).orElse(null))
                .set(EVALUATION_RUNS.SCORES, JsonColumns.toJsonb(ModelJson.scores(run.scores())))
                .set(EVALUATION_RUNS.CROSS_VALIDATION, run.crossValidation().map(cv -> JsonColumns.toJsonb(ModelJson.crossValidation(cv))).orElse(null))
                .set(EVALUATION_RUNS.CREATED_AT, at)
                .returning(EVALUATION_RUNS.ID)
                .fetchSingle()
                .getId();
        List<EvaluatedPrediction> ps = run.predictions();
        for (int from = 0; from < ps.size(); from += INSERT_CHUNK) {
            InsertValuesStepN<PredictionsRecord> insert = t.insertInto(PREDICTIONS, PREDICTION_COLUMNS);
            for (int i = from; i < Math.min(ps.size(), from + INSERT_CHUNK); i++) {
                EvaluatedPrediction p = ps.get(i);
                insert = insert.values(m.name(), m.version(), modelId, runId, i, p.gameKey(), p.gameDate(), p.season(),
                        ModelJson.column(p.probability()), ModelJson.column(p.confidence()),
                        p.market().isPresent() ? ModelJson.column(p.market().getAsDouble()) : null,
                        ModelJson.column(p.outcome()), at);
            }
            insert.execute();
        }
    }

    @Override
    public Optional<EvaluationRun> find(String id) {
        return dsl.selectFrom(EVALUATION_RUNS).where(EVALUATION_RUNS.RUN_KEY.eq(id)).fetchOptional().map(this::toRun);
    }

    @Override
    public List<EvaluationRun> forModel(ModelRef model) {
        List<EvaluationRun> runs = new ArrayList<>();
        for (EvaluationRunsRecord r : dsl.selectFrom(EVALUATION_RUNS)
                .where(EVALUATION_RUNS.MODEL_NAME.eq(model.name()), EVALUATION_RUNS.MODEL_VERSION.eq(model.version()))
                .orderBy(EVALUATION_RUNS.CREATED_AT.desc(), EVALUATION_RUNS.RUN_KEY.desc())
                .fetch()) {
            runs.add(toRun(r));
        }
        return runs;
    }

    private EvaluationRun toRun(EvaluationRunsRecord r) {
        List<EvaluatedPrediction> predictions = dsl.selectFrom(PREDICTIONS)
                .where(PREDICTIONS.EVALUATION_RUN_ID.eq(r.getId()))
                .orderBy(PREDICTIONS.SEQUENCE)
                .fetch(p -> new EvaluatedPrediction(p.getGameKey(), p.getGameDate(), p.getSeason(),
                        p.getPredictedProbability().doubleValue(), p.getConfidence().doubleValue(),
                        p.getMarketProbability() == null ? OptionalDouble.empty() : OptionalDouble.of(p.getMarketProbability().doubleValue()),
                        p.getOutcome().doubleValue()));
        return new EvaluationRun(r.getRunKey(), ModelRef.of(r.getModelName(), r.getModelVersion()), EvaluationKind.parse(r.getRunType()),
                r.getPeriodFrom(), r.getPeriodTo(), r.getCreatedAt().toInstant(), r.getDataSource(),
                ModelJson.scores(JsonColumns.fromJsonb(r.getScores())),
                Optional.ofNullable(r.getCrossValidation()).map(j -> ModelJson.crossValidation(JsonColumns.fromJsonb(j))),
                predictions);
    }
}
