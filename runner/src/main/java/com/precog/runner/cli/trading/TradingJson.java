package com.precog.runner.cli.trading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.application.port.out.OrderRecord;
import com.precog.application.port.out.TradeRecord;
import com.precog.domain.edge.Edge;
import com.precog.domain.edge.EdgeAction;
import com.precog.domain.edge.EdgeObservation;
import com.precog.domain.market.BookTop;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.TimeInForce;
import com.precog.domain.sizing.KellyFraction;
import com.precog.domain.strategy.Attribution;
import com.precog.domain.strategy.EntryRules;
import com.precog.domain.strategy.StrategyConfig;
import com.precog.domain.strategy.StrategyKey;
import com.precog.domain.strategy.StrategyStatus;
import com.precog.domain.strategy.StrategyType;
import com.precog.domain.strategy.StrategyVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** JSON shapes of the trading records (decimal strings for money, snake_case keys) for the CLI and the file stores. */
final class TradingJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private TradingJson() {}

    // ---- strategies ----

    static ObjectNode strategy(StrategyVersion v) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", v.key().name());
        n.put("version", v.key().version().toString());
        n.put("key", v.key().toString());
        n.put("type", v.type().wireName());
        n.put("status", v.status().wireName());
        n.put("description", v.description());
        n.put("created_at", v.createdAt().toString());
        n.put("status_changed_at", v.statusChangedAt().toString());
        ObjectNode cfg = n.putObject("config");
        cfg.set("defaults", rules(v.config().defaults()));
        ObjectNode leagues = cfg.putObject("by_league");
        v.config().byLeague().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> leagues.set(e.getKey(), rules(e.getValue())));
        return n;
    }

    static StrategyVersion strategy(JsonNode n) {
        StrategyType type = StrategyType.parse(text(n, "type"));
        JsonNode cfg = n.path("config");
        Map<String, EntryRules> leagues = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = cfg.path("by_league").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            leagues.put(e.getKey(), rules(type, e.getValue()));
        }
        StrategyConfig config = new StrategyConfig(type, rules(type, cfg.path("defaults")), leagues);
        return new StrategyVersion(StrategyKey.of(text(n, "name"), text(n, "version")), config, n.path("description").asText(""),
                StrategyStatus.parse(text(n, "status")), Instant.parse(text(n, "created_at")), Instant.parse(text(n, "status_changed_at")));
    }

    static ObjectNode rules(EntryRules r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("min_edge", r.minEdge().toString());
        n.put("min_confidence", r.minConfidence().toString());
        n.put("kelly_fraction", r.kellyFraction().toString());
        switch (r) {
            case EntryRules.PreGame p -> {
                n.put("min_before_start_seconds", p.minBeforeStart().toSeconds());
                n.put("max_before_start_seconds", p.maxBeforeStart().toSeconds());
            }
            case EntryRules.Halftime h -> n.put("window_seconds", h.window().toSeconds());
            case EntryRules.Live l -> {
                n.put("enabled", l.enabled());
                n.put("stop_before_end_seconds", l.stopBeforeEnd().toSeconds());
            }
            case EntryRules.SettlementArbitrage s -> {
                n.put("min_win_probability", s.minWinProbability().toString());
                n.put("max_seconds_left", s.maxSecondsLeft());
                n.put("possession_lead", s.possessionLead());
                n.put("possession_seconds_left", s.possessionSecondsLeft());
                n.put("big_lead", s.bigLead());
                n.put("big_lead_seconds_left", s.bigLeadSecondsLeft());
            }
        }
        return n;
    }

    static EntryRules rules(StrategyType type, JsonNode n) {
        Dollars minEdge = Dollars.of(text(n, "min_edge"));
        Probability conf = Probability.of(text(n, "min_confidence"));
        KellyFraction kelly = KellyFraction.of(text(n, "kelly_fraction"));
        return switch (type) {
            case PRE_GAME_ENTRY -> new EntryRules.PreGame(minEdge, conf, kelly, Duration.ofSeconds(n.path("min_before_start_seconds").asLong()),
                    Duration.ofSeconds(n.path("max_before_start_seconds").asLong()));
            case HALFTIME_ENTRY -> new EntryRules.Halftime(minEdge, conf, kelly, Duration.ofSeconds(n.path("window_seconds").asLong()));
            case LIVE_TRADING -> new EntryRules.Live(n.path("enabled").asBoolean(false), minEdge, conf, kelly,
                    Duration.ofSeconds(n.path("stop_before_end_seconds").asLong()));
            case SETTLEMENT_ARBITRAGE -> new EntryRules.SettlementArbitrage(minEdge, conf, kelly, Probability.of(text(n, "min_win_probability")),
                    n.path("max_seconds_left").asLong(), n.path("possession_lead").asInt(), n.path("possession_seconds_left").asLong(),
                    n.path("big_lead").asInt(), n.path("big_lead_seconds_left").asLong());
        };
    }

    // ---- edges ----

    static ObjectNode edge(EdgeObservation o) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("observed_at", o.observedAt().toString());
        n.put("environment", o.environment().wireName());
        n.put("market", o.marketTicker());
        n.put("side", o.edge().side().name().toLowerCase(Locale.ROOT));
        n.put("liquidity", o.edge().liquidity().name().toLowerCase(Locale.ROOT));
        n.put("price", o.edge().price().toString());
        n.put("fee_per_contract", o.edge().feePerContract().toString());
        n.put("edge", o.edge().value().toString());
        n.put("win_probability", o.edge().winProbability().toString());
        n.put("yes_probability", o.yesProbability().toString());
        n.put("ci_low", o.ciLow().toString());
        n.put("ci_high", o.ciHigh().toString());
        n.put("confidence", o.confidence().toString());
        n.put("model_version", o.modelVersion());
        n.put("action", o.action().wireName());
        ObjectNode b = n.putObject("book");
        b.put("yes_bid_micros", o.book().yesBidMicros());
        b.put("yes_bid_hundredths", o.book().yesBidQuantity());
        b.put("no_bid_micros", o.book().noBidMicros());
        b.put("no_bid_hundredths", o.book().noBidQuantity());
        return n;
    }

    static EdgeObservation edge(JsonNode n) {
        Side side = Side.parse(text(n, "side"));
        Edge e = new Edge(side, Liquidity.valueOf(text(n, "liquidity").toUpperCase(Locale.ROOT)), Price.of(text(n, "price")),
                Probability.of(text(n, "win_probability")), Dollars.of(text(n, "fee_per_contract")), Dollars.of(text(n, "edge")));
        JsonNode b = n.path("book");
        return new EdgeObservation(Instant.parse(text(n, "observed_at")), ExecutionEnvironment.parse(text(n, "environment")), text(n, "market"), e,
                Probability.of(text(n, "yes_probability")), Probability.of(text(n, "ci_low")), Probability.of(text(n, "ci_high")),
                Probability.of(text(n, "confidence")), text(n, "model_version"),
                new BookTop(b.path("yes_bid_micros").asLong(), b.path("yes_bid_hundredths").asLong(), b.path("no_bid_micros").asLong(),
                        b.path("no_bid_hundredths").asLong()),
                EdgeAction.valueOf(text(n, "action").toUpperCase(Locale.ROOT)));
    }

    // ---- orders and trades ----

    static ObjectNode order(OrderRecord o) {
        ObjectNode n = MAPPER.createObjectNode();
        OrderRequest r = o.request();
        n.put("client_order_id", r.clientOrderId().value());
        n.put("market", r.marketTicker());
        n.put("side", r.side().name().toLowerCase(Locale.ROOT));
        n.put("action", r.action().wireName());
        n.put("count", r.count().toString());
        n.put("limit_price", r.limitPrice().toString());
        n.put("time_in_force", r.timeInForce().name().toLowerCase(Locale.ROOT));
        n.put("post_only", r.postOnly());
        n.put("reduce_only", r.reduceOnly());
        attribution(n, o.attribution());
        n.put("decided_at", o.decidedAt().toString());
        n.put("edge", o.edgePerContract().toString());
        n.put("win_probability", o.winProbability().toString());
        return n;
    }

    static OrderRecord order(JsonNode n) {
        OrderRequest r = new OrderRequest(ClientOrderId.of(text(n, "client_order_id")), text(n, "market"), Side.parse(text(n, "side")),
                OrderAction.parse(text(n, "action")), Contracts.of(text(n, "count")), Price.of(text(n, "limit_price")),
                TimeInForce.valueOf(text(n, "time_in_force").toUpperCase(Locale.ROOT)), n.path("post_only").asBoolean(), n.path("reduce_only").asBoolean());
        return new OrderRecord(r, attribution(n), Instant.parse(text(n, "decided_at")), Dollars.of(text(n, "edge")), Probability.of(text(n, "win_probability")));
    }

    static ObjectNode trade(TradeRecord t) {
        ObjectNode n = MAPPER.createObjectNode();
        Fill f = t.fill();
        n.put("fill_id", f.fillId());
        n.put("client_order_id", f.clientOrderId().value());
        n.put("exchange_order_id", f.exchangeOrderId());
        n.put("market", f.marketTicker());
        n.put("side", f.side().name().toLowerCase(Locale.ROOT));
        n.put("action", f.action().wireName());
        n.put("price", f.price().toString());
        n.put("count", f.count().toString());
        n.put("liquidity", f.liquidity().name().toLowerCase(Locale.ROOT));
        n.put("fee", f.fee().toString());
        n.put("time", f.time().toString());
        attribution(n, t.attribution());
        n.put("recorded_at", t.recordedAt().toString());
        return n;
    }

    static TradeRecord trade(JsonNode n) {
        Fill f = new Fill(text(n, "fill_id"), ClientOrderId.of(text(n, "client_order_id")), n.path("exchange_order_id").asText(""), text(n, "market"),
                Side.parse(text(n, "side")), OrderAction.parse(text(n, "action")), Price.of(text(n, "price")), Contracts.of(text(n, "count")),
                Liquidity.valueOf(text(n, "liquidity").toUpperCase(Locale.ROOT)), Dollars.of(text(n, "fee")), Instant.parse(text(n, "time")));
        return new TradeRecord(f, attribution(n), Instant.parse(text(n, "recorded_at")));
    }

    private static void attribution(ObjectNode n, Attribution a) {
        n.put("strategy", a.strategy().toString());
        n.put("model_version", a.modelVersion());
        n.put("environment", a.environment().wireName());
    }

    private static Attribution attribution(JsonNode n) {
        return new Attribution(StrategyKey.parse(text(n, "strategy")), text(n, "model_version"), ExecutionEnvironment.parse(text(n, "environment")));
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) throw new IllegalArgumentException("missing field '" + field + "'");
        return v.asText();
    }
}
