package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.EVALUATION_RUNS;
import static com.precog.adapters.persistence.jooq.Tables.PREDICTIONS;
import static com.precog.adapters.persistence.jooq.Tables.PROBABILITY_MODELS;

import com.precog.adapters.persistence.jooq.tables.records.EvaluationRunsRecord;
import com.precog.application.port.out.models.EvaluationRunSummary;
import com.precog.application.port.out.models.EvaluationRuns;
import com.precog.domain.evaluation.MetricSummary;
import com.precog.domain.model.EvaluatedPrediction;
import com.precog.domain.model.EvaluationKind;
import com.precog.domain.model.EvaluationRun;
import com.precog.domain.model.ModelRef;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.jooq.exception.IntegrityConstraintViolationException;

/** {@link EvaluationRuns} in {@code evaluation_runs} + {@code predictions}, one transaction per run. */
final class JooqEvaluationRuns implements EvaluationRuns {
    /** Characters of COPY text sent at a time. */
    private static final int COPY_CHUNK_CHARS = 1 << 18;
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
        copyPredictions(t, run, runId);
    }

    /**
     * Streams the run's predictions with one {@code COPY predictions (...) FROM STDIN} (text format) in the
     * caller's transaction: an in-game run holds ~91,000 rows, which as single INSERTs (or even 2,000-row
     * multi-value INSERTs with 13 binds a row) cost seconds; COPY takes a fraction of that.
     */
    private static void copyPredictions(DSLContext t, EvaluationRun run, long runId) {
        List<EvaluatedPrediction> ps = run.predictions();
        if (ps.isEmpty()) return;
        String copy = "COPY " + t.render(PREDICTIONS) + " ("
                + PREDICTION_COLUMNS.stream().map(f -> t.render(DSL.name(f.getName()))).collect(Collectors.joining(", ")) + ") FROM STDIN";
        ModelRef m = run.model();
        StringBuilder prefix = new StringBuilder();
        CopyText.escaped(prefix, m.name()).append('\t');
        CopyText.escaped(prefix, m.version()).append('\t');
        // model_id stays NULL on a run's predictions: the run row links the stored version, and a second
        // per-row foreign-key check would double the cost of the COPY (~91,000 rows for an in-game run)
        prefix.append("\\N").append('\t').append(runId).append('\t');
        String head = prefix.toString();
        String at = run.createdAt().toString();
        t.connection(c -> {
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
            try {
                StringBuilder sb = new StringBuilder(COPY_CHUNK_CHARS + 512);
                for (int i = 0; i < ps.size(); i++) {
                    appendPrediction(sb, head, i, ps.get(i), at);
                    if (sb.length() >= COPY_CHUNK_CHARS) {
                        write(in, sb);
                    }
                }
                write(in, sb);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        });
    }

    private static void write(CopyIn in, StringBuilder sb) throws java.sql.SQLException {
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        sb.setLength(0);
    }

    /** One prediction row in COPY's text format (tab-separated, {@code \N} for NULL, text escaped). */
    static void appendPrediction(StringBuilder sb, String head, int sequence, EvaluatedPrediction p, String at) {
        sb.append(head).append(sequence).append('\t');
        CopyText.escaped(sb, p.gameKey()).append('\t');
        (p.gameDate() == null ? sb.append("\\N") : sb.append(p.gameDate())).append('\t');
        sb.append(p.season()).append('\t');
        number(sb, p.probability()).append('\t');
        number(sb, p.confidence()).append('\t');
        (p.market().isPresent() ? number(sb, p.market().getAsDouble()) : sb.append("\\N")).append('\t');
        number(sb, p.outcome()).append('\t');
        sb.append(at).append('\n');
    }

    /**
     * The shortest decimal that reads back as the same double ({@code Double.toString}, the value
     * {@link ModelJson#column} stores; PostgreSQL's NUMERIC input takes its {@code 1.0E-5} form); NaN and
     * infinities as NULL.
     */
    private static StringBuilder number(StringBuilder sb, double v) {
        return Double.isFinite(v) ? sb.append(v) : sb.append("\\N");
    }

    @Override
    public boolean exists(String id) {
        return dsl.fetchExists(EVALUATION_RUNS, EVALUATION_RUNS.RUN_KEY.eq(id));
    }

    /** The runs' rows only: no prediction is read. */
    @Override
    public List<EvaluationRunSummary> summaries(ModelRef model) {
        return dsl.selectFrom(EVALUATION_RUNS)
                .where(EVALUATION_RUNS.MODEL_NAME.eq(model.name()), EVALUATION_RUNS.MODEL_VERSION.eq(model.version()))
                .orderBy(EVALUATION_RUNS.CREATED_AT.desc(), EVALUATION_RUNS.RUN_KEY.desc())
                .fetch(r -> new EvaluationRunSummary(r.getRunKey(), ModelRef.of(r.getModelName(), r.getModelVersion()),
                        EvaluationKind.parse(r.getRunType()), r.getPeriodFrom(), r.getPeriodTo(), r.getCreatedAt().toInstant(), r.getDataSource(),
                        ModelJson.scores(JsonColumns.fromJsonb(r.getScores())),
                        Optional.ofNullable(r.getCrossValidation()).map(j -> ModelJson.crossValidation(JsonColumns.fromJsonb(j))),
                        r.getPredictionCount()));
    }

    @Override
    public Optional<EvaluationRun> latest(ModelRef model) {
        return dsl.selectFrom(EVALUATION_RUNS)
                .where(EVALUATION_RUNS.MODEL_NAME.eq(model.name()), EVALUATION_RUNS.MODEL_VERSION.eq(model.version()))
                .orderBy(EVALUATION_RUNS.CREATED_AT.desc(), EVALUATION_RUNS.RUN_KEY.desc())
                .limit(1)
                .fetchOptional()
                .map(this::toRun);
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

    /**
     * The predictions of a run in sequence order, read straight off the JDBC result (an in-game run holds
     * ~91,000 rows: mapping each through a jOOQ record and BigDecimal costs seconds). Numbers are parsed
     * from their decimal text by the driver, which gives back the stored doubles exactly (they were written
     * as shortest round-trip decimals).
     */
    private List<EvaluatedPrediction> predictions(long runId, int expected) {
        List<EvaluatedPrediction> out = new ArrayList<>(Math.max(expected, 0));
        try (ResultSet rs = dsl.select(PREDICTIONS.GAME_KEY, PREDICTIONS.GAME_DATE, PREDICTIONS.SEASON, PREDICTIONS.PREDICTED_PROBABILITY,
                        PREDICTIONS.CONFIDENCE, PREDICTIONS.MARKET_PROBABILITY, PREDICTIONS.OUTCOME)
                .from(PREDICTIONS)
                .where(PREDICTIONS.EVALUATION_RUN_ID.eq(runId))
                .orderBy(PREDICTIONS.SEQUENCE)
                .fetchResultSet()) {
            while (rs.next()) {
                String key = rs.getString(1);
                LocalDate date = rs.getObject(2, LocalDate.class);
                int season = rs.getInt(3);
                double p = rs.getDouble(4);
                double confidence = rs.getDouble(5);
                double market = rs.getDouble(6);
                OptionalDouble mk = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(market);
                out.add(new EvaluatedPrediction(key, date, season, p, confidence, mk, rs.getDouble(7)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the predictions of evaluation run " + runId + ": " + e.getMessage(), e);
        }
        return out;
    }

    private EvaluationRun toRun(EvaluationRunsRecord r) {
        List<EvaluatedPrediction> predictions = predictions(r.getId(), r.getPredictionCount());
        return new EvaluationRun(r.getRunKey(), ModelRef.of(r.getModelName(), r.getModelVersion()), EvaluationKind.parse(r.getRunType()),
                r.getPeriodFrom(), r.getPeriodTo(), r.getCreatedAt().toInstant(), r.getDataSource(),
                ModelJson.scores(JsonColumns.fromJsonb(r.getScores())),
                Optional.ofNullable(r.getCrossValidation()).map(j -> ModelJson.crossValidation(JsonColumns.fromJsonb(j))),
                predictions);
    }
}
