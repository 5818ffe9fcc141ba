package com.precog.runner.cli.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.application.port.out.models.EvaluationRunSummary;
import com.precog.domain.evaluation.CrossValidationSummary;
import com.precog.domain.evaluation.GateCheck;
import com.precog.domain.evaluation.GateDecision;
import com.precog.domain.evaluation.GateEvidence;
import com.precog.domain.evaluation.MetricSummary;
import com.precog.domain.evaluation.ModelPhase;
import com.precog.domain.evaluation.ModelVsMarket;
import com.precog.domain.model.EvaluatedPrediction;
import com.precog.domain.model.EvaluationKind;
import com.precog.domain.model.EvaluationRun;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelStatus;
import com.precog.domain.model.ModelType;
import com.precog.domain.model.ModelVersion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** JSON form of model versions, evaluation runs and their parts (file store and {@code --json} output). */
final class ModelJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private ModelJson() {}

    static ObjectNode version(ModelVersion v) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("model", v.ref().toString());
        o.put("name", v.ref().name());
        o.put("version", v.ref().version());
        o.put("type", v.type().key());
        o.put("phase", v.type().phase().name().toLowerCase());
        o.put("status", v.status().key());
        o.put("description", v.description());
        ObjectNode cfg = o.putObject("config");
        v.config().forEach(cfg::put);
        o.put("created_at", v.createdAt().toString());
        o.put("status_changed_at", v.statusChangedAt().toString());
        v.activationEvidence().ifPresent(d -> o.set("activation_evidence", decision(d)));
        return o;
    }

    static ModelVersion version(JsonNode o) {
        Map<String, String> cfg = new LinkedHashMap<>();
        o.get("config").fields().forEachRemaining(e -> cfg.put(e.getKey(), e.getValue().asText()));
        Optional<GateDecision.Passed> ev = o.hasNonNull("activation_evidence")
                ? Optional.of((GateDecision.Passed) decision(o.get("activation_evidence"))) : Optional.empty();
        return new ModelVersion(ModelRef.parse(o.get("model").asText()), ModelType.parse(o.get("type").asText()), cfg,
                o.path("description").asText(""), ModelStatus.parse(o.get("status").asText()), Instant.parse(o.get("created_at").asText()),
                Instant.parse(o.get("status_changed_at").asText()), ev);
    }

    static ObjectNode decision(GateDecision d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("passed", d instanceof GateDecision.Passed);
        if (d instanceof GateDecision.Refused r) o.put("reason", r.reason());
        GateEvidence e = d.evidence();
        ObjectNode ev = o.putObject("evidence");
        ev.put("phase", e.phase().name());
        ev.put("predictions", e.predictions());
        ev.put("accuracy", e.accuracy());
        ev.put("brier", e.brier());
        ev.put("ece", e.ece());
        ev.put("market_games", e.marketGames());
        putOpt(ev, "model_brier_on_market_games", e.modelBrierOnMarketGames());
        putOpt(ev, "market_brier", e.marketBrier());
        ev.put("evaluation_run_id", e.evaluationRunId());
        ArrayNode checks = o.putArray("checks");
        for (GateCheck c : d.checks()) {
            ObjectNode n = checks.addObject();
            n.put("criterion", c.criterion());
            putNum(n, "actual", c.actual());
            n.put("bound", c.bound());
            n.put("at_least", c.atLeast());
            n.put("passed", c.passed());
            putNum(n, "margin", c.margin());
            n.put("text", c.describe());
        }
        return o;
    }

    static GateDecision decision(JsonNode o) {
        JsonNode ev = o.get("evidence");
        GateEvidence e = new GateEvidence(ModelPhase.valueOf(ev.get("phase").asText()), ev.get("predictions").asInt(),
                ev.get("accuracy").asDouble(), ev.get("brier").asDouble(), ev.get("ece").asDouble(), ev.get("market_games").asInt(),
                opt(ev, "model_brier_on_market_games"), opt(ev, "market_brier"), ev.get("evaluation_run_id").asText());
        List<GateCheck> checks = new ArrayList<>();
        for (JsonNode n : o.get("checks")) {
            checks.add(new GateCheck(n.get("criterion").asText(), num(n, "actual"), n.get("bound").asDouble(), n.get("at_least").asBoolean(),
                    n.get("passed").asBoolean(), num(n, "margin")));
        }
        return o.get("passed").asBoolean() ? new GateDecision.Passed(e, checks) : new GateDecision.Refused(e, checks);
    }

    static ObjectNode summary(MetricSummary s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("n", s.n());
        o.put("accuracy", s.accuracy());
        o.put("brier", s.brier());
        o.put("log_loss", s.logLoss());
        o.put("ece", s.ece());
        putNum(o, "auc", s.auc());
        return o;
    }

    static MetricSummary summary(JsonNode o) {
        return new MetricSummary(o.get("n").asInt(), o.get("accuracy").asDouble(), o.get("brier").asDouble(), o.get("log_loss").asDouble(),
                o.get("ece").asDouble(), num(o, "auc"));
    }

    static ObjectNode scores(ModelVsMarket s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.set("model", summary(s.model()));
        o.put("market_games", s.marketGames());
        s.modelOnMarketGames().ifPresent(m -> o.set("model_on_market_games", summary(m)));
        s.market().ifPresent(m -> o.set("market", summary(m)));
        return o;
    }

    static ModelVsMarket scores(JsonNode o) {
        return new ModelVsMarket(summary(o.get("model")), o.get("market_games").asInt(),
                o.hasNonNull("model_on_market_games") ? Optional.of(summary(o.get("model_on_market_games"))) : Optional.empty(),
                o.hasNonNull("market") ? Optional.of(summary(o.get("market"))) : Optional.empty());
    }

    static ObjectNode crossValidation(CrossValidationSummary cv) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode folds = o.putArray("folds");
        cv.folds().forEach(f -> folds.add(summary(f)));
        o.put("mean_accuracy", cv.meanAccuracy());
        o.put("sd_accuracy", cv.sdAccuracy());
        o.put("mean_brier", cv.meanBrier());
        o.put("unstable", cv.unstable());
        return o;
    }

    static CrossValidationSummary crossValidation(JsonNode o) {
        List<MetricSummary> folds = new ArrayList<>();
        o.get("folds").forEach(f -> folds.add(summary(f)));
        return new CrossValidationSummary(folds, o.get("mean_accuracy").asDouble(), o.get("sd_accuracy").asDouble(),
                o.get("mean_brier").asDouble(), o.get("unstable").asBoolean());
    }

    /** Run header (everything but the predictions). */
    static ObjectNode runHeader(EvaluationRun r) {
        return runHeader(EvaluationRunSummary.of(r));
    }

    /** Run header (everything but the predictions). */
    static ObjectNode runHeader(EvaluationRunSummary r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", r.id());
        o.put("model", r.model().toString());
        o.put("kind", r.kind().key());
        o.put("from", r.from().toString());
        o.put("to", r.to().toString());
        o.put("created_at", r.createdAt().toString());
        o.put("data_source", r.dataSource());
        o.set("scores", scores(r.scores()));
        r.crossValidation().ifPresent(cv -> o.set("cross_validation", crossValidation(cv)));
        return o;
    }

    static ObjectNode run(EvaluationRun r) {
        ObjectNode o = runHeader(r);
        ArrayNode preds = o.putArray("predictions");
        for (EvaluatedPrediction p : r.predictions()) {
            ArrayNode a = preds.addArray(); // compact: key, date, season, p, confidence, market|null, outcome
            a.add(p.gameKey());
            a.add(p.gameDate().toString());
            a.add(p.season());
            a.add(p.probability());
            a.add(p.confidence());
            if (p.market().isPresent()) a.add(p.market().getAsDouble());
            else a.addNull();
            a.add(p.outcome());
        }
        return o;
    }

    static EvaluationRun run(JsonNode o) {
        List<EvaluatedPrediction> preds = new ArrayList<>();
        for (JsonNode a : o.get("predictions")) {
            preds.add(new EvaluatedPrediction(a.get(0).asText(), LocalDate.parse(a.get(1).asText()), a.get(2).asInt(), a.get(3).asDouble(),
                    a.get(4).asDouble(), a.get(5).isNull() ? OptionalDouble.empty() : OptionalDouble.of(a.get(5).asDouble()), a.get(6).asDouble()));
        }
        return new EvaluationRun(o.get("id").asText(), ModelRef.parse(o.get("model").asText()), EvaluationKind.parse(o.get("kind").asText()),
                LocalDate.parse(o.get("from").asText()), LocalDate.parse(o.get("to").asText()), Instant.parse(o.get("created_at").asText()),
                o.get("data_source").asText(), scores(o.get("scores")),
                o.hasNonNull("cross_validation") ? Optional.of(crossValidation(o.get("cross_validation"))) : Optional.empty(), preds);
    }

    private static void putOpt(ObjectNode o, String k, OptionalDouble v) {
        if (v.isPresent()) o.put(k, v.getAsDouble());
        else o.putNull(k);
    }

    private static OptionalDouble opt(JsonNode o, String k) {
        return o.hasNonNull(k) ? OptionalDouble.of(o.get(k).asDouble()) : OptionalDouble.empty();
    }

    /** NaN is written as null (JSON has no NaN). */
    private static void putNum(ObjectNode o, String k, double v) {
        if (Double.isNaN(v)) o.putNull(k);
        else o.put(k, v);
    }

    private static double num(JsonNode o, String k) {
        return o.hasNonNull(k) ? o.get(k).asDouble() : Double.NaN;
    }
}
