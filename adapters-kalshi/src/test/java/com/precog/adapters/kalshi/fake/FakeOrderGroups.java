package com.precog.adapters.kalshi.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.kalshi.fake.FakeKalshiExchange.Answer;
import com.precog.adapters.kalshi.fake.FakeKalshiExchange.FakeOrder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;

/**
 * Order groups of the fake exchange (called under the exchange lock): create with a contracts
 * limit over a rolling 15 s window, trigger (cancel every resting order of the group, refuse new
 * ones), reset, update the limit, delete (cancels its resting orders), get and list. Matched
 * contracts of group orders accumulate in the window; past the limit the group triggers itself.
 */
final class FakeOrderGroups {
    static final long WINDOW_MS = 15_000;

    private FakeOrderGroups() {}

    static final class Group {
        final String id;
        long limitHundredths;
        boolean triggered;
        final Deque<long[]> window = new ArrayDeque<>(); // {wall ms, hundredths}

        Group(String id, long limitHundredths) {
            this.id = id;
            this.limitHundredths = limitHundredths;
        }

        long volume(long nowMs) {
            while (!window.isEmpty() && window.peekFirst()[0] < nowMs - WINDOW_MS) window.pollFirst();
            long v = 0;
            for (long[] e : window) v += e[1];
            return v;
        }
    }

    static Answer route(FakeKalshiExchange x, String method, String path, JsonNode body) {
        String[] seg = path.substring(1).split("/"); // portfolio, order_groups, [id|create], [action]
        if (seg.length == 2 && "GET".equals(method)) {
            ObjectNode o = x.mapper.createObjectNode();
            ArrayNode a = o.putArray("order_groups");
            for (Group g : x.orderGroups.values()) {
                a.addObject().put("id", g.id).put("contracts_limit", g.limitHundredths / 100).put("contracts_limit_fp", FakeKalshiExchange.fp(g.limitHundredths))
                        .put("is_auto_cancel_enabled", !g.triggered);
            }
            return new Answer(200, o.toString());
        }
        if (seg.length == 3 && seg[2].equals("create") && "POST".equals(method)) {
            long limit = limitOf(body);
            if (limit < 100 || limit > 1_000_000_00L) return new Answer(400, x.error("invalid_parameters", "contracts_limit must be within [1, 1000000]", ""));
            Group g = new Group(UUID.randomUUID().toString(), limit);
            x.orderGroups.put(g.id, g);
            publish(x, "created", g, true);
            return new Answer(201, x.mapper.createObjectNode().put("order_group_id", g.id).toString());
        }
        if (seg.length < 3) return new Answer(404, x.error("not_found", "not found", path));
        Group g = x.orderGroups.get(seg[2]);
        if (g == null) return new Answer(404, x.error("not_found", "order group not found", seg[2]));
        if (seg.length == 3 && "GET".equals(method)) {
            ObjectNode o = x.mapper.createObjectNode().put("is_auto_cancel_enabled", !g.triggered);
            ArrayNode a = o.putArray("orders");
            for (FakeOrder order : x.orders.values()) if (g.id.equals(order.orderGroupId)) a.add(order.orderId);
            return new Answer(200, o.toString());
        }
        if (seg.length == 3 && "DELETE".equals(method)) {
            cancelResting(x, g);
            x.orderGroups.remove(g.id);
            publish(x, "deleted", g, false);
            return new Answer(200, "{}");
        }
        if (seg.length == 4 && "PUT".equals(method)) {
            switch (seg[3]) {
                case "trigger" -> trigger(x, g);
                case "reset" -> {
                    g.triggered = false;
                    g.window.clear();
                    publish(x, "reset", g, false);
                }
                case "limit" -> {
                    long limit = limitOf(body);
                    if (limit < 100 || limit > 1_000_000_00L) return new Answer(400, x.error("invalid_parameters", "contracts_limit must be within [1, 1000000]", ""));
                    g.limitHundredths = limit;
                    publish(x, "limit_updated", g, true);
                    if (g.volume(System.currentTimeMillis()) > limit) trigger(x, g);
                }
                default -> {
                    return new Answer(404, x.error("not_found", "not found", path));
                }
            }
            return new Answer(200, "{}");
        }
        return new Answer(404, x.error("not_found", "not found", method + " " + path));
    }

    private static long limitOf(JsonNode body) {
        if (body.hasNonNull("contracts_limit_fp")) return FakeKalshiExchange.hundredths(body.path("contracts_limit_fp").asText());
        return body.path("contracts_limit").asLong(0) * 100;
    }

    /** Why an order naming {@code groupId} is refused, or null when it may be placed. */
    static Answer refusal(FakeKalshiExchange x, String groupId) {
        Group g = x.orderGroups.get(groupId);
        if (g == null) return new Answer(404, x.error("not_found", "order group not found", groupId));
        if (g.triggered) return new Answer(400, x.error("order_group_triggered", "the order group is triggered; reset it to place orders", groupId));
        return null;
    }

    static void noteFill(FakeKalshiExchange x, FakeOrder o, long hundredths) {
        Group g = o.orderGroupId == null ? null : x.orderGroups.get(o.orderGroupId);
        if (g != null) g.window.addLast(new long[] {System.currentTimeMillis(), hundredths});
    }

    /** Triggers every group whose rolling volume exceeds its limit. */
    static void enforceLimits(FakeKalshiExchange x) {
        long now = System.currentTimeMillis();
        for (Group g : x.orderGroups.values()) if (!g.triggered && g.volume(now) > g.limitHundredths) trigger(x, g);
    }

    static void trigger(FakeKalshiExchange x, Group g) {
        g.triggered = true;
        cancelResting(x, g);
        publish(x, "triggered", g, false);
    }

    /** The {@code order_group_updates} frame of an event (the limit only for created and limit_updated, as Kalshi sends it). */
    private static void publish(FakeKalshiExchange x, String event, Group g, boolean withLimit) {
        ObjectNode msg = x.mapper.createObjectNode().put("event_type", event).put("order_group_id", g.id);
        if (withLimit) msg.put("contracts_limit_fp", FakeKalshiExchange.fp(g.limitHundredths));
        x.ws.publishOrderGroupUpdate(msg);
    }

    private static void cancelResting(FakeKalshiExchange x, Group g) {
        for (FakeOrder o : x.orders.values()) if (g.id.equals(o.orderGroupId)) x.cancel(o);
    }
}
