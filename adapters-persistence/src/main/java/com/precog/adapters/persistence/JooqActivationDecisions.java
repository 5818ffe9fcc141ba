package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.MODEL_ACTIVATION_DECISIONS;
import static com.precog.adapters.persistence.jooq.Tables.PROBABILITY_MODELS;

import com.precog.application.port.out.models.ActivationDecisions;
import com.precog.domain.evaluation.GateCheck;
import com.precog.domain.evaluation.GateDecision;
import com.precog.domain.model.ModelRef;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;

/**
 * {@link ActivationDecisions} in {@code model_activation_decisions} (append-only): the decision as JSONB
 * (evidence and every check, doubles exact), plus the outcome, the failed criteria and the reason as columns.
 */
final class JooqActivationDecisions implements ActivationDecisions {
    private final DSLContext dsl;

    JooqActivationDecisions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(ActivationDecision d) {
        Objects.requireNonNull(d, "decision");
        ModelRef m = d.model();
        GateDecision g = d.decision();
        dsl.insertInto(MODEL_ACTIVATION_DECISIONS)
                .set(MODEL_ACTIVATION_DECISIONS.MODEL_NAME, m.name())
                .set(MODEL_ACTIVATION_DECISIONS.MODEL_VERSION, m.version())
                .set(MODEL_ACTIVATION_DECISIONS.MODEL_ID, dsl.select(PROBABILITY_MODELS.MODEL_ID).from(PROBABILITY_MODELS)
                        .where(PROBABILITY_MODELS.NAME.eq(m.name()), PROBABILITY_MODELS.VERSION.eq(m.version())).asField())
                .set(MODEL_ACTIVATION_DECISIONS.PASSED, d.passed())
                .set(MODEL_ACTIVATION_DECISIONS.EVALUATION_RUN_KEY, g.evidence().evaluationRunId())
                .set(MODEL_ACTIVATION_DECISIONS.FAILED_CRITERIA, g.checks().stream().filter(c -> !c.passed()).map(GateCheck::criterion)
                        .toArray(String[]::new))
                .set(MODEL_ACTIVATION_DECISIONS.REASON, g instanceof GateDecision.Refused r ? r.reason() : null)
                .set(MODEL_ACTIVATION_DECISIONS.DECISION, JsonColumns.toJsonb(ModelJson.gate(g)))
                .set(MODEL_ACTIVATION_DECISIONS.DECIDED_AT, d.decidedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public List<ActivationDecision> forModel(ModelRef model) {
        return dsl.selectFrom(MODEL_ACTIVATION_DECISIONS)
                .where(MODEL_ACTIVATION_DECISIONS.MODEL_NAME.eq(model.name()), MODEL_ACTIVATION_DECISIONS.MODEL_VERSION.eq(model.version()))
                .orderBy(MODEL_ACTIVATION_DECISIONS.DECIDED_AT.desc(), MODEL_ACTIVATION_DECISIONS.ID.desc())
                .fetch(r -> new ActivationDecision(model, ModelJson.decision(JsonColumns.fromJsonb(r.getDecision())), r.getDecidedAt().toInstant()));
    }
}
