package com.precog.adapters.kalshi.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.kalshi.fake.FakeKalshiExchange.Answer;
import com.precog.adapters.kalshi.fake.FakeKalshiExchange.FakeOrder;
import com.precog.domain.market.Side;
import com.precog.domain.money.Dollars;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** REST routes of the fake exchange (the documented V2 protocol, KALSHI_API.md §3). */
final class FakeRestRoutes {
    private FakeRestRoutes() {}

    static Answer route(FakeKalshiExchange x, String method, String path, Map<String, String> q, JsonNode body) {
        synchronized (x.lock) {
            if (path.startsWith("/portfolio/order_groups")) return FakeOrderGroups.route(x, method, path, body);
            String[] seg = path.substring(1).split("/");
            if ("GET".equals(method)) {
                switch (path) {
                    case "/exchange/status":
                        return ok(x.exchangeStatus.deepCopy());
                    case "/series": {
                        ObjectNode o = x.mapper.createObjectNode();
                        ArrayNode a = o.putArray("series");
                        x.series.values().forEach(a::add);
                        return ok(o);
                    }
                    case "/events":
                        return events(x, q);
                    case "/markets":
                        return markets(x, q);
                    case "/markets/trades":
                        return page(x, "trades", x.trades, q, t -> !q.containsKey("ticker") || q.get("ticker").equals(t.path("ticker").asText()));
                    case "/portfolio/balance": {
                        long cents = Math.floorDiv(x.balanceUnits, Dollars.CENT.units());
                        ObjectNode o = x.mapper.createObjectNode().put("balance", cents)
                                .put("balance_dollars", Dollars.ofUnits(x.balanceUnits).floorTo(Dollars.BASIS_CENT).toBigDecimal().setScale(4).toPlainString())
                                .put("portfolio_value", 0).put("updated_ts", System.currentTimeMillis() / 1000);
                        o.putArray("balance_breakdown").addObject().put("exchange_index", 0).put("balance", o.path("balance_dollars").asText());
                        return ok(o);
                    }
                    case "/portfolio/positions": {
                        List<JsonNode> ps = new ArrayList<>();
                        x.positions.forEach((t, h) -> {
                            ObjectNode p = x.mapper.createObjectNode();
                            long cost = x.positionCostUnits.getOrDefault(t, 0L);
                            String c = Dollars.ofUnits(cost).toBigDecimal().setScale(Math.max(4, Dollars.ofUnits(cost).toBigDecimal().scale())).toPlainString();
                            p.put("ticker", t).put("exchange_index", 0).put("total_traded_dollars", c)
                                    .put("position_fp", (h < 0 ? "-" : "") + FakeKalshiExchange.fp(Math.abs(h)))
                                    .put("market_exposure_dollars", c).put("realized_pnl_dollars", "0.0000").put("fees_paid_dollars", "0.0000")
                                    .put("last_updated_ts", java.time.Instant.now().toString());
                            ps.add(p);
                        });
                        Answer a = page(x, "market_positions", ps, q, p -> true);
                        return a;
                    }
                    case "/portfolio/orders": {
                        List<JsonNode> os = new ArrayList<>();
                        x.orders.values().forEach(o -> os.add(o.toJson(x.mapper)));
                        return page(x, "orders", os, q, o -> (!q.containsKey("ticker") || q.get("ticker").equals(o.path("ticker").asText()))
                                && (!q.containsKey("status") || q.get("status").equals(o.path("status").asText())));
                    }
                    case "/portfolio/fills":
                        return page(x, "fills", new ArrayList<>(x.fills), q, f -> (!q.containsKey("ticker") || q.get("ticker").equals(f.path("ticker").asText()))
                                && (!q.containsKey("min_ts") || f.path("ts").asLong() >= Long.parseLong(q.get("min_ts"))));
                    case "/portfolio/settlements":
                        return page(x, "settlements", new ArrayList<>(x.settlements), q, s -> true);
                    default:
                        break;
                }
                if (seg.length == 2 && seg[0].equals("series")) {
                    ObjectNode s = x.series.get(seg[1]);
                    return s == null ? notFound(x, "series " + seg[1]) : ok(x.mapper.createObjectNode().set("series", s));
                }
                if (seg.length == 3 && seg[0].equals("historical") && seg[1].equals("markets")) {
                    ObjectNode m = x.archivedMarkets.get(seg[2]);
                    return m == null ? notFound(x, "historical market " + seg[2]) : ok(x.mapper.createObjectNode().set("market", m));
                }
                if (seg.length == 2 && seg[0].equals("markets")) {
                    ObjectNode m = x.markets.get(seg[1]);
                    return m == null ? notFound(x, "market " + seg[1]) : ok(x.mapper.createObjectNode().set("market", withTop(x, m)));
                }
                if (seg.length == 3 && seg[0].equals("markets") && seg[2].equals("orderbook")) {
                    if (!x.markets.containsKey(seg[1])) return notFound(x, "market " + seg[1]);
                    FakeKalshiExchange.FakeBook b = x.fakeBook(seg[1]);
                    ObjectNode o = x.mapper.createObjectNode();
                    ObjectNode ob = o.putObject("orderbook_fp");
                    ob.set("yes_dollars", b.levels(x.mapper, Side.YES, false));
                    ob.set("no_dollars", b.levels(x.mapper, Side.NO, false));
                    return ok(o);
                }
                if (seg.length == 3 && seg[0].equals("portfolio") && seg[1].equals("orders")) {
                    FakeOrder o = x.orders.get(seg[2]);
                    return o == null ? notFound(x, "order " + seg[2]) : ok(x.mapper.createObjectNode().set("order", o.toJson(x.mapper)));
                }
                return notFound(x, path);
            }
            if (path.equals("/portfolio/orders") || path.startsWith("/portfolio/orders/")) {
                return new Answer(410, x.error("deprecated_v1_order_endpoint", "Please switch to the V2 endpoints", ""));
            }
            if ("POST".equals(method) && path.equals("/portfolio/events/orders")) {
                return create(x, body, false);
            }
            if ("POST".equals(method) && path.equals("/portfolio/events/orders/batched")) {
                ObjectNode out = x.mapper.createObjectNode();
                ArrayNode arr = out.putArray("orders");
                for (JsonNode item : body.path("orders")) {
                    Answer a = create(x, item, true);
                    try {
                        JsonNode j = x.mapper.readTree(a.body());
                        if (a.status() >= 300) arr.addObject().putNull("order_id").set("error", j.path("error")); // the ErrorResponse itself
                        else arr.add(j);
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return new Answer(201, out.toString());
            }
            if ("DELETE".equals(method) && path.equals("/portfolio/events/orders/batched")) {
                ObjectNode out = x.mapper.createObjectNode();
                ArrayNode arr = out.putArray("orders");
                for (JsonNode item : body.path("orders")) {
                    FakeOrder o = x.orders.get(item.path("order_id").asText());
                    if (o == null) {
                        ObjectNode e = arr.addObject().put("order_id", item.path("order_id").asText()).put("reduced_by", "0.00");
                        e.putObject("error").put("code", "not_found").put("message", "order not found");
                    } else {
                        long r = x.cancel(o);
                        arr.addObject().put("order_id", o.orderId).put("client_order_id", o.clientOrderId).put("reduced_by", FakeKalshiExchange.fp(r))
                                .put("ts_ms", System.currentTimeMillis());
                    }
                }
                return ok(out);
            }
            if (seg.length >= 4 && seg[0].equals("portfolio") && seg[1].equals("events") && seg[2].equals("orders")) {
                FakeOrder o = x.orders.get(seg[3]);
                if (o == null) return notFound(x, "order " + seg[3]);
                if ("DELETE".equals(method) && seg.length == 4) {
                    if (!q.containsKey("market_ticker")) {
                        return new Answer(400, x.error("invalid_parameters", "market_ticker required on this fake (sharded routing)", ""));
                    }
                    long r = x.cancel(o);
                    return ok(x.mapper.createObjectNode().put("order_id", o.orderId).put("client_order_id", o.clientOrderId)
                            .put("reduced_by", FakeKalshiExchange.fp(r)).put("ts_ms", System.currentTimeMillis()));
                }
                if ("POST".equals(method) && seg.length == 5 && seg[4].equals("decrease")) {
                    boolean by = body.hasNonNull("reduce_by");
                    boolean to = body.hasNonNull("reduce_to");
                    if (by == to) return new Answer(400, x.error("invalid_parameters", "exactly one of reduce_by and reduce_to", ""));
                    if (!"resting".equals(o.status)) return new Answer(400, x.error("order_not_resting", "order is not resting", ""));
                    long amount = by ? FakeKalshiExchange.hundredths(body.path("reduce_by").asText())
                            : o.remaining - FakeKalshiExchange.hundredths(body.path("reduce_to").asText());
                    x.reduce(o, Math.max(0, amount));
                    x.ws.publishUserOrder(o);
                    return ok(x.mapper.createObjectNode().put("order_id", o.orderId).put("client_order_id", o.clientOrderId)
                            .put("remaining_count", FakeKalshiExchange.fp(o.remaining)).put("ts_ms", System.currentTimeMillis()));
                }
                if ("POST".equals(method) && seg.length == 5 && seg[4].equals("amend")) {
                    if (!"resting".equals(o.status)) return new Answer(400, x.error("order_not_resting", "order is not resting", ""));
                    // AmendOrderV2Request {ticker, side, price, count, …}: count is the new TOTAL (already filled + desired remaining)
                    for (String f : List.of("ticker", "side", "price", "count")) {
                        if (body.path(f).asText("").isEmpty()) return new Answer(400, x.error("invalid_parameters", f + " is required", ""));
                    }
                    if (!body.path("ticker").asText().equals(o.ticker) || !body.path("side").asText().equals(o.bid ? "bid" : "ask")) {
                        return new Answer(400, x.error("invalid_parameters", "ticker and side must match the order", ""));
                    }
                    long newPrice = FakeKalshiExchange.micros(body.path("price").asText());
                    if (newPrice <= 0 || newPrice >= FakeKalshiExchange.ONE || !onLadder(x.markets.get(o.ticker), newPrice)) {
                        return new Answer(400, x.error("invalid_parameters", "invalid parameters", "price must be a multiple of the market tick size"));
                    }
                    long newTotal = FakeKalshiExchange.hundredths(body.path("count").asText());
                    if (newTotal <= o.filled) return new Answer(400, x.error("invalid_parameters", "count must exceed the filled count", ""));
                    x.cancel(o);
                    String cid = body.path("updated_client_order_id").asText(o.clientOrderId);
                    x.orders.remove(o.orderId);
                    FakeOrder n = x.submit(o.ticker, cid, o.bid, newPrice, newTotal - o.filled, "good_till_canceled", false, o.orderGroupId,
                            o.selfTradePrevention);
                    // keep the exchange order id stable across the amend
                    x.orders.remove(n.orderId);
                    FakeOrder same = new FakeOrder(o.orderId, cid, n.ticker, n.bid, n.yesPrice, o.filled + n.initial);
                    same.filled = o.filled + n.filled;
                    same.remaining = n.remaining;
                    same.status = n.status;
                    same.costUnits = o.costUnits + n.costUnits;
                    same.feeUnits = o.feeUnits + n.feeUnits;
                    same.createdMs = o.createdMs;
                    same.orderGroupId = o.orderGroupId;
                    same.selfTradePrevention = o.selfTradePrevention;
                    x.orders.put(same.orderId, same);
                    replaceInBook(x, n, same);
                    return ok(x.mapper.createObjectNode().put("order_id", same.orderId).put("client_order_id", cid)
                            .put("remaining_count", FakeKalshiExchange.fp(same.remaining)).put("fill_count", FakeKalshiExchange.fp(same.filled))
                            .put("ts_ms", System.currentTimeMillis()));
                }
            }
            return notFound(x, method + " " + path);
        }
    }

    private static void replaceInBook(FakeKalshiExchange x, FakeOrder old, FakeOrder replacement) {
        for (Side s : Side.values()) {
            for (FakeKalshiExchange.FakeBook.Level l : x.fakeBook(old.ticker).side(s).values()) {
                if (l.orders.remove(old)) {
                    l.orders.addLast(replacement);
                    return;
                }
            }
        }
    }

    private static final Set<String> TIF = Set.of("good_till_canceled", "immediate_or_cancel", "fill_or_kill");

    private static Answer create(FakeKalshiExchange x, JsonNode b, boolean batch) {
        String ticker = b.path("ticker").asText("");
        if (!x.markets.containsKey(ticker)) return notFound(x, "market " + ticker);
        String cid = b.path("client_order_id").asText("");
        if (cid.isEmpty()) return new Answer(400, x.error("invalid_parameters", "client_order_id is required", ""));
        for (FakeOrder o : x.orders.values()) {
            if (o.clientOrderId.equals(cid)) return new Answer(409, x.error("order_already_exists", "duplicate client_order_id", cid));
        }
        String side = b.path("side").asText("");
        if (!side.equals("bid") && !side.equals("ask")) return new Answer(400, x.error("invalid_parameters", "side must be bid or ask", side));
        String tif = b.path("time_in_force").asText("");
        if (!TIF.contains(tif)) return new Answer(400, x.error("invalid_parameters", "invalid time_in_force", tif));
        if (!b.has("self_trade_prevention_type")) return new Answer(400, x.error("invalid_parameters", "self_trade_prevention_type is required", ""));
        String stp = b.path("self_trade_prevention_type").asText("");
        if (!stp.equals("taker_at_cross") && !stp.equals("maker")) {
            return new Answer(400, x.error("invalid_parameters", "invalid self_trade_prevention_type", stp));
        }
        long price = FakeKalshiExchange.micros(b.path("price").asText("0"));
        JsonNode m = x.markets.get(ticker);
        if (price <= 0 || price >= FakeKalshiExchange.ONE || !onLadder(m, price)) {
            return new Answer(400, x.error("invalid_parameters", "invalid parameters", "price must be a multiple of the market tick size"));
        }
        // a paused market: the exchange answers 409 trading_is_paused (the same status as a duplicate client_order_id)
        if ("inactive".equals(m.path("status").asText())) return new Answer(409, x.error("trading_is_paused", "trading is paused", ticker));
        if (!"active".equals(m.path("status").asText())) return new Answer(400, x.error("market_closed", "market is not open", ticker));
        long count = FakeKalshiExchange.hundredths(b.path("count").asText("0"));
        if (count <= 0) return new Answer(400, x.error("invalid_parameters", "count must be positive", ""));
        if (count % 100 != 0 && !m.path("fractional_trading_enabled").asBoolean(false)) {
            return new Answer(400, x.error("invalid_parameters", "invalid parameters", "fractional contracts are not enabled on " + ticker));
        }
        String group = b.path("order_group_id").asText("");
        if (!group.isEmpty()) {
            Answer refused = FakeOrderGroups.refusal(x, group);
            if (refused != null) return refused;
        }
        FakeOrder o = x.submit(ticker, cid, side.equals("bid"), price, count, tif, b.path("post_only").asBoolean(false), group.isEmpty() ? null : group,
                stp);
        FakeOrderGroups.enforceLimits(x);
        ObjectNode r = x.mapper.createObjectNode().put("order_id", o.orderId).put("client_order_id", o.clientOrderId)
                .put("fill_count", FakeKalshiExchange.fp(o.filled)).put("remaining_count", FakeKalshiExchange.fp(o.remaining));
        if (o.filled > 0) {
            long avgMicros = o.costUnits / o.filled;
            long yesAvg = o.bid ? avgMicros : FakeKalshiExchange.ONE - avgMicros;
            r.put("average_fill_price", FakeKalshiExchange.px(yesAvg));
            r.put("average_fee_paid", Dollars.ofUnits(o.feeUnits * 100 / o.filled).ceilTo(Dollars.BASIS_CENT).toBigDecimal().setScale(4).toPlainString());
        }
        r.put("ts_ms", System.currentTimeMillis());
        return new Answer(201, r.toString());
    }

    private static boolean onLadder(JsonNode m, long price) {
        JsonNode ranges = m.path("price_ranges");
        if (!ranges.isArray() || ranges.isEmpty()) return price % 10_000 == 0;
        for (JsonNode r : ranges) {
            long s = FakeKalshiExchange.micros(r.path("start").asText());
            long e = FakeKalshiExchange.micros(r.path("end").asText());
            long step = FakeKalshiExchange.micros(r.path("step").asText());
            if (price >= s && price < e) return (price - s) % step == 0;
        }
        return false;
    }

    private static ObjectNode withTop(FakeKalshiExchange x, ObjectNode m) {
        ObjectNode c = m.deepCopy();
        FakeKalshiExchange.FakeBook b = x.fakeBook(m.path("ticker").asText());
        long yb = b.bestBid(Side.YES);
        long nb = b.bestBid(Side.NO);
        if (yb > 0 || nb > 0) {
            c.put("yes_bid_dollars", FakeKalshiExchange.px(yb)).put("no_bid_dollars", FakeKalshiExchange.px(nb))
                    .put("yes_ask_dollars", FakeKalshiExchange.px(nb == 0 ? 0 : FakeKalshiExchange.ONE - nb))
                    .put("no_ask_dollars", FakeKalshiExchange.px(yb == 0 ? 0 : FakeKalshiExchange.ONE - yb));
        }
        return c;
    }

    private static Answer markets(FakeKalshiExchange x, Map<String, String> q) {
        List<JsonNode> ms = new ArrayList<>();
        for (ObjectNode m : x.markets.values()) ms.add(withTop(x, m));
        String status = q.get("status");
        String wanted = status == null ? null : switch (status) {
            case "open" -> "active";
            case "unopened" -> "initialized";
            case "paused" -> "inactive";
            default -> status;
        };
        if (status != null && !Set.of("open", "unopened", "paused", "closed", "settled").contains(status)) {
            throw new IllegalArgumentException("status must be one of unopened, open, paused, closed, settled");
        }
        Set<String> tickers = q.containsKey("tickers") ? Set.of(q.get("tickers").split(",")) : null;
        return page(x, "markets", ms, q, m -> (wanted == null || wanted.equals(m.path("status").asText())
                || ("settled".equals(status) && Set.of("determined", "finalized", "settled").contains(m.path("status").asText())))
                && (!q.containsKey("series_ticker") || m.path("event_ticker").asText().startsWith(q.get("series_ticker") + "-"))
                && (!q.containsKey("event_ticker") || q.get("event_ticker").equals(m.path("event_ticker").asText()))
                && (tickers == null || tickers.contains(m.path("ticker").asText()))
                && (!"exclude".equals(q.get("mve_filter")) || !m.path("ticker").asText().startsWith("KXMVE")));
    }

    private static Answer events(FakeKalshiExchange x, Map<String, String> q) {
        java.util.Map<String, ObjectNode> events = new java.util.LinkedHashMap<>();
        for (ObjectNode m : x.markets.values()) {
            String e = m.path("event_ticker").asText();
            String s = e.contains("-") ? e.substring(0, e.indexOf('-')) : e;
            events.computeIfAbsent(e, k -> x.mapper.createObjectNode().put("event_ticker", k).put("series_ticker", s)
                    .put("title", m.path("title").asText()).put("sub_title", ""));
        }
        return page(x, "events", new ArrayList<>(events.values()), q,
                e -> !q.containsKey("series_ticker") || q.get("series_ticker").equals(e.path("series_ticker").asText()));
    }

    /** Cursor pagination: the cursor is the offset of the next page; empty when done. */
    private static Answer page(FakeKalshiExchange x, String field, List<? extends JsonNode> all, Map<String, String> q, Predicate<JsonNode> filter) {
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode n : all) if (filter.test(n)) matching.add(n);
        int limit = q.containsKey("limit") ? Integer.parseInt(q.get("limit")) : 100;
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("limit must be within [1, 1000]");
        int offset = q.containsKey("cursor") && !q.get("cursor").isEmpty() ? Integer.parseInt(q.get("cursor").substring(1)) : 0;
        ObjectNode o = x.mapper.createObjectNode();
        ArrayNode a = o.putArray(field);
        int end = Math.min(matching.size(), offset + limit);
        for (int i = offset; i < end; i++) a.add(matching.get(i));
        o.put("cursor", end < matching.size() ? "c" + end : "");
        return ok(o);
    }

    private static Answer ok(JsonNode n) {
        return new Answer(200, n.toString());
    }

    private static Answer notFound(FakeKalshiExchange x, String what) {
        return new Answer(404, x.error("not_found", "not found", what));
    }
}
