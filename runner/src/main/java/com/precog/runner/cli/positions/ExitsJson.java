package com.precog.runner.cli.positions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.application.port.out.CloseRequests;
import com.precog.domain.execution.AttemptOutcome;
import com.precog.domain.execution.ExitAttempt;
import com.precog.domain.execution.ExitOrderType;
import com.precog.domain.exit.ExitConditionKind;
import com.precog.domain.exit.ExitPriority;
import com.precog.domain.exit.PositionExit;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.position.Position;
import com.precog.domain.position.PositionStatus;
import com.precog.domain.position.TrailingStop;
import com.precog.domain.position.TrailingStopConfig;
import com.precog.domain.risk.BreakerEvent;
import com.precog.domain.risk.BreakerKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON shapes of positions, exits, attempts, breaker events and close requests: what the CLI
 * prints with {@code --json} and what the legacy file store kept ({@link LegacyExitImport} reads it). Money and prices are decimal
 * strings (never floats); times ISO-8601. Round-trips exactly.
 */
public final class ExitsJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private ExitsJson() {}

    public static ObjectNode position(Position p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("position_id", p.id());
        n.put("market_ticker", p.marketTicker());
        n.put("event_ticker", p.eventTicker());
        n.put("side", p.side().wireName());
        n.put("confidence", p.confidence().wireName());
        n.put("execution_environment", p.environment().wireName());
        n.put("strategy_version", p.strategyVersion());
        n.put("model_version", p.modelVersion());
        n.put("entry_price", p.entryPrice().toString());
        n.put("entry_fees", p.entryFees().toString());
        n.put("entry_cost_per_contract", p.entryCostPerContract().toString());
        n.put("original_quantity", p.originalQuantity().toString());
        n.put("quantity", p.currentQuantity().toString());
        n.put("opened_at", p.openedAt().toString());
        n.put("mark", p.mark().toString());
        n.put("marked_at", p.markedAt().toString());
        n.put("pnl_pct", p.pnlPctText());
        n.put("unrealized_pnl", p.unrealizedPnl().toString());
        n.put("realized_pnl", p.realizedPnl().toString());
        n.put("partial_stages_done", p.partialStagesDone());
        n.put("status", p.status().wireName());
        p.closedAt().ifPresentOrElse(t -> n.put("closed_at", t.toString()), () -> n.putNull("closed_at"));
        n.set("trailing_stop_state", trailing(p.trailingStop()));
        return n;
    }

    private static ObjectNode trailing(TrailingStop t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("active", t.active());
        t.activatedAt().ifPresentOrElse(a -> n.put("activated_at", a.toString()), () -> n.putNull("activated_at"));
        n.put("activation_price", micros(t.activationPriceMicros()));
        n.put("peak_price", micros(t.peakPriceMicros()));
        n.put("peak_at", t.peakAt().toString());
        n.put("stop_price", micros(t.stopPriceMicros()));
        n.put("distance", ppm(t.distancePpm()));
        ObjectNode c = n.putObject("config");
        TrailingStopConfig k = t.config();
        c.put("activation", ppm(k.activationPpm()));
        c.put("initial_distance", ppm(k.initialDistancePpm()));
        c.put("tightening", ppm(k.tighteningPpm()));
        c.put("step", ppm(k.stepPpm()));
        c.put("minimum_distance", ppm(k.minimumDistancePpm()));
        return n;
    }

    private static String micros(long m) {
        return java.math.BigDecimal.valueOf(m, 6).toPlainString();
    }

    private static String ppm(long v) {
        return java.math.BigDecimal.valueOf(v, 6).toPlainString();
    }

    private static long unscale6(JsonNode n) {
        return new java.math.BigDecimal(n.asText()).movePointRight(6).longValueExact();
    }

    private static Optional<Instant> optInstant(JsonNode n) {
        return n == null || n.isNull() ? Optional.empty() : Optional.of(Instant.parse(n.asText()));
    }

    public static Position position(JsonNode n) {
        JsonNode t = n.get("trailing_stop_state");
        JsonNode c = t.get("config");
        TrailingStopConfig cfg = new TrailingStopConfig(unscale6(c.get("activation")), unscale6(c.get("initial_distance")),
                unscale6(c.get("tightening")), unscale6(c.get("step")), unscale6(c.get("minimum_distance")));
        TrailingStop ts = new TrailingStop(cfg, t.get("active").asBoolean(), optInstant(t.get("activated_at")),
                unscale6(t.get("activation_price")), unscale6(t.get("peak_price")), Instant.parse(t.get("peak_at").asText()),
                unscale6(t.get("stop_price")), unscale6(t.get("distance")));
        return new Position(n.get("position_id").asText(), n.get("market_ticker").asText(), n.get("event_ticker").asText(),
                Side.parse(n.get("side").asText()), ConfidenceLevel.parse(n.get("confidence").asText()),
                ExecutionEnvironment.parse(n.get("execution_environment").asText()), n.get("strategy_version").asText(),
                n.get("model_version").asText(), Price.parse(n.get("entry_price").asText()), Dollars.parse(n.get("entry_fees").asText()),
                Contracts.parse(n.get("original_quantity").asText()), Contracts.parse(n.get("quantity").asText()),
                Instant.parse(n.get("opened_at").asText()), Price.parse(n.get("mark").asText()), Instant.parse(n.get("marked_at").asText()),
                ts, n.get("partial_stages_done").asInt(), Dollars.parse(n.get("realized_pnl").asText()),
                PositionStatus.parse(n.get("status").asText()), optInstant(n.get("closed_at")));
    }

    public static ObjectNode exit(PositionExit e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("exit_id", e.exitId());
        n.put("position_id", e.positionId());
        n.put("market_ticker", e.marketTicker());
        n.put("exit_condition", e.condition().wireName());
        n.put("priority", e.priority().name());
        n.put("quantity", e.quantity().toString());
        n.put("exit_price", e.averagePrice().toString());
        n.put("fees", e.fees().toString());
        n.put("realized_pnl", e.realizedPnl().toString());
        n.put("remaining_after", e.remainingAfter().toString());
        ArrayNode c = n.putArray("conflicting_triggers");
        for (ExitConditionKind k : e.conflictingTriggers()) c.add(k.wireName());
        n.put("execution_environment", e.environment().wireName());
        n.put("exited_at", e.at().toString());
        return n;
    }

    public static PositionExit exit(JsonNode n) {
        List<ExitConditionKind> c = new ArrayList<>();
        for (JsonNode k : n.get("conflicting_triggers")) c.add(ExitConditionKind.parse(k.asText()));
        return new PositionExit(n.get("exit_id").asText(), n.get("position_id").asText(), n.get("market_ticker").asText(),
                ExitConditionKind.parse(n.get("exit_condition").asText()), ExitPriority.parse(n.get("priority").asText()),
                Contracts.parse(n.get("quantity").asText()), Price.parse(n.get("exit_price").asText()), Dollars.parse(n.get("fees").asText()),
                Dollars.parse(n.get("realized_pnl").asText()), Contracts.parse(n.get("remaining_after").asText()), c,
                ExecutionEnvironment.parse(n.get("execution_environment").asText()), Instant.parse(n.get("exited_at").asText()));
    }

    public static ObjectNode attempt(ExitAttempt a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("position_id", a.positionId());
        n.put("market_ticker", a.marketTicker());
        n.put("exit_condition", a.condition().wireName());
        n.put("priority", a.priority().name());
        n.put("order_type", a.orderType().wireName());
        n.put("client_order_id", a.clientOrderId().value());
        n.put("limit_price", a.limitPrice().toString());
        a.fillPrice().ifPresentOrElse(p -> n.put("fill_price", p.toString()), () -> n.putNull("fill_price"));
        n.put("quantity", a.quantity().toString());
        n.put("filled_quantity", a.filled().toString());
        n.put("attempt_number", a.attemptNumber());
        n.put("timeout_ms", a.timeout().toMillis());
        n.put("outcome", a.outcome().wireName());
        n.put("reason", a.reason());
        n.put("attempted_at", a.at().toString());
        return n;
    }

    public static ExitAttempt attempt(JsonNode n) {
        JsonNode fp = n.get("fill_price");
        return new ExitAttempt(n.get("position_id").asText(), n.get("market_ticker").asText(),
                ExitConditionKind.parse(n.get("exit_condition").asText()), ExitPriority.parse(n.get("priority").asText()),
                ExitOrderType.parse(n.get("order_type").asText()), ClientOrderId.of(n.get("client_order_id").asText()),
                Price.parse(n.get("limit_price").asText()), fp == null || fp.isNull() ? Optional.empty() : Optional.of(Price.parse(fp.asText())),
                Contracts.parse(n.get("quantity").asText()), Contracts.parse(n.get("filled_quantity").asText()),
                n.get("attempt_number").asInt(), Duration.ofMillis(n.get("timeout_ms").asLong()),
                AttemptOutcome.parse(n.get("outcome").asText()), n.get("reason").asText(), Instant.parse(n.get("attempted_at").asText()));
    }

    public static ObjectNode breaker(BreakerEvent e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("event_id", e.eventId());
        n.put("breaker_type", e.kind().wireName());
        n.put("scope", e.scope());
        n.put("type", e.type().name().toLowerCase(java.util.Locale.ROOT));
        n.put("flatten", e.flatten());
        n.put("reason", e.reason());
        n.put("actor", e.actor());
        n.put("at", e.at().toString());
        return n;
    }

    public static BreakerEvent breaker(JsonNode n) {
        return new BreakerEvent(n.get("event_id").asText(), BreakerKind.parse(n.get("breaker_type").asText()), n.get("scope").asText(),
                BreakerEvent.Type.valueOf(n.get("type").asText().toUpperCase(java.util.Locale.ROOT)), n.get("flatten").asBoolean(),
                n.get("reason").asText(), n.get("actor").asText(), Instant.parse(n.get("at").asText()));
    }

    public static ObjectNode closeRequest(CloseRequests.CloseRequest r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("request_id", r.requestId());
        n.put("position_id", r.positionId());
        n.put("priority", r.priority().name());
        n.put("actor", r.actor());
        n.put("at", r.at().toString());
        return n;
    }

    public static CloseRequests.CloseRequest closeRequest(JsonNode n) {
        return new CloseRequests.CloseRequest(n.get("request_id").asText(), n.get("position_id").asText(),
                ExitPriority.parse(n.get("priority").asText()), n.get("actor").asText(), Instant.parse(n.get("at").asText()));
    }
}
