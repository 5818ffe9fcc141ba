package com.precog.adapters.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.domain.evaluation.CrossValidationSummary;
import com.precog.domain.evaluation.GateCheck;
import com.precog.domain.evaluation.GateDecision;
import com.precog.domain.evaluation.GateEvidence;
import com.precog.domain.evaluation.MetricSummary;
import com.precog.domain.evaluation.ModelPhase;
import com.precog.domain.evaluation.ModelVsMarket;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * JSONB forms of the model-evaluation values. Doubles are written in their shortest exact decimal form and
 * read back through BigDecimal, so every double survives bit for bit; non-finite values are the strings
 * "NaN", "Infinity", "-Infinity" (JSON has no such numbers).
 */
final class ModelJson {
    private ModelJson() {}

    static ObjectNode object() {
        return JsonColumns.MAPPER.createObjectNode();
    }

    static void putDouble(ObjectNode n, String field, double v) {
        if (Double.isFinite(v)) {
            n.put(field, new BigDecimal(Double.toString(v)));
        } else {
            n.put(field, Double.toString(v));
        }
    }

    static double getDouble(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalStateException("stored JSON lacks '" + field + "': " + n);
        }
        return v.isTextual() ? Double.parseDouble(v.textValue()) : v.decimalValue().doubleValue();
    }

    /** A decimal column value for a double, or null when it is not finite. */
    static BigDecimal column(double v) {
        return Double.isFinite(v) ? new BigDecimal(Double.toString(v)) : null;
    }

    static ObjectNode config(Map<String, String> config) {
        ObjectNode n = object();
        config.forEach(n::put);
        return n;
    }

    static Map<String, String> config(JsonNode n) {
        Map<String, String> m = new TreeMap<>();
        n.properties().forEach(e -> m.put(e.getKey(), e.getValue().asText()));
        return m;
    }

    static ObjectNode metrics(MetricSummary s) {
        ObjectNode n = object();
        n.put("n", s.n());
        putDouble(n, "accuracy", s.accuracy());
        putDouble(n, "brier", s.brier());
        putDouble(n, "log_loss", s.logLoss());
        putDouble(n, "ece", s.ece());
        putDouble(n, "auc", s.auc());
        return n;
    }

    static MetricSummary metrics(JsonNode n) {
        return new MetricSummary(n.get("n").asInt(), getDouble(n, "accuracy"), getDouble(n, "brier"), getDouble(n, "log_loss"),
                getDouble(n, "ece"), getDouble(n, "auc"));
    }

    static ObjectNode scores(ModelVsMarket s) {
        ObjectNode n = object();
        n.set("model", metrics(s.model()));
        n.put("market_games", s.marketGames());
        s.modelOnMarketGames().ifPresent(m -> n.set("model_on_market_games", metrics(m)));
        s.market().ifPresent(m -> n.set("market", metrics(m)));
        return n;
    }

    static ModelVsMarket scores(JsonNode n) {
        return new ModelVsMarket(metrics(n.get("model")), n.get("market_games").asInt(),
                Optional.ofNullable(n.get("model_on_market_games")).map(ModelJson::metrics),
                Optional.ofNullable(n.get("market")).map(ModelJson::metrics));
    }

    static ObjectNode crossValidation(CrossValidationSummary cv) {
        ObjectNode n = object();
        ArrayNode folds = n.putArray("folds");
        cv.folds().forEach(f -> folds.add(metrics(f)));
        putDouble(n, "mean_accuracy", cv.meanAccuracy());
        putDouble(n, "sd_accuracy", cv.sdAccuracy());
        putDouble(n, "mean_brier", cv.meanBrier());
        n.put("unstable", cv.unstable());
        return n;
    }

    static CrossValidationSummary crossValidation(JsonNode n) {
        List<MetricSummary> folds = new ArrayList<>();
        n.get("folds").forEach(f -> folds.add(metrics(f)));
        return new CrossValidationSummary(folds, getDouble(n, "mean_accuracy"), getDouble(n, "sd_accuracy"),
                getDouble(n, "mean_brier"), n.get("unstable").asBoolean());
    }

    static ObjectNode gate(GateDecision d) {
        ObjectNode n = object();
        n.put("passed", d instanceof GateDecision.Passed);
        GateEvidence e = d.evidence();
        ObjectNode ev = n.putObject("evidence");
        ev.put("phase", e.phase().name());
        ev.put("predictions", e.predictions());
        putDouble(ev, "accuracy", e.accuracy());
        putDouble(ev, "brier", e.brier());
        putDouble(ev, "ece", e.ece());
        ev.put("market_games", e.marketGames());
        if (e.modelBrierOnMarketGames().isPresent()) {
            putDouble(ev, "model_brier_on_market_games", e.modelBrierOnMarketGames().getAsDouble());
            putDouble(ev, "market_brier", e.marketBrier().getAsDouble());
        }
        ev.put("evaluation_run_id", e.evaluationRunId());
        ArrayNode checks = n.putArray("checks");
        for (GateCheck c : d.checks()) {
            ObjectNode cn = checks.addObject();
            cn.put("criterion", c.criterion());
            putDouble(cn, "actual", c.actual());
            putDouble(cn, "bound", c.bound());
            cn.put("at_least", c.atLeast());
            cn.put("passed", c.passed());
            putDouble(cn, "margin", c.margin());
        }
        return n;
    }

    static GateDecision.Passed gate(JsonNode n) {
        return (GateDecision.Passed) decision(n);
    }

    /** A decision written by {@link #gate(GateDecision)}; documents without {@code passed} (before V15) are passes. */
    static GateDecision decision(JsonNode n) {
        JsonNode ev = n.get("evidence");
        boolean market = ev.has("market_brier");
        GateEvidence e = new GateEvidence(ModelPhase.valueOf(ev.get("phase").asText()), ev.get("predictions").asInt(),
                getDouble(ev, "accuracy"), getDouble(ev, "brier"), getDouble(ev, "ece"), ev.get("market_games").asInt(),
                market ? OptionalDouble.of(getDouble(ev, "model_brier_on_market_games")) : OptionalDouble.empty(),
                market ? OptionalDouble.of(getDouble(ev, "market_brier")) : OptionalDouble.empty(),
                ev.get("evaluation_run_id").asText());
        List<GateCheck> checks = new ArrayList<>();
        for (JsonNode c : n.get("checks")) {
            checks.add(new GateCheck(c.get("criterion").asText(), getDouble(c, "actual"), getDouble(c, "bound"),
                    c.get("at_least").asBoolean(), c.get("passed").asBoolean(), getDouble(c, "margin")));
        }
        return n.path("passed").asBoolean(true) ? new GateDecision.Passed(e, checks) : new GateDecision.Refused(e, checks);
    }
}
