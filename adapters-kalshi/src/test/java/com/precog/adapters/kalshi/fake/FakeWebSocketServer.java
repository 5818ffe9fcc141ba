package com.precog.adapters.kalshi.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.kalshi.RequestSigner;
import com.precog.domain.market.Side;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;

/** The fake exchange's WebSocket side: authenticated upgrade, subscriptions, per-sid sequenced book frames, faults. */
public final class FakeWebSocketServer extends WebSocketServer {
    private final FakeKalshiExchange x;
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicInteger nextSid = new AtomicInteger(1);
    private final AtomicLong framesSent = new AtomicLong();
    private final AtomicLong rejectedUpgrades = new AtomicLong();
    private final AtomicInteger connections = new AtomicInteger();
    // faults (guarded by x.lock)
    private int dropDeltas;
    private int duplicateDeltas;
    private boolean reorderNext;
    private String heldFrame;
    private WebSocket heldConn;
    private int malformedFrames;
    private boolean namesUnknownMarket = true;
    private boolean getSnapshot = true;
    private boolean oneBookSubscription = false;

    static final class Sub {
        final int sid;
        final String channel;
        final Set<String> tickers = new LinkedHashSet<>();
        final boolean yesScale;
        long seq;

        Sub(int sid, String channel, boolean yesScale) {
            this.sid = sid;
            this.channel = channel;
            this.yesScale = yesScale;
        }
    }

    FakeWebSocketServer(FakeKalshiExchange x) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.x = x;
        setReuseAddr(true);
        setConnectionLostTimeout(10);
    }

    void startAndWait() {
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("fake WebSocket server did not start");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void shutdown() {
        try {
            stop(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket conn, Draft draft, ClientHandshake request) throws InvalidDataException {
        ServerHandshakeBuilder b = super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
        String path = request.getResourceDescriptor();
        int q = path.indexOf('?');
        if (q >= 0) path = path.substring(0, q);
        if (!FakeKalshiExchange.WS_PATH.equals(path)
                || !x.verifyUpgrade(request.getFieldValue(RequestSigner.HEADER_KEY), request.getFieldValue(RequestSigner.HEADER_TIMESTAMP),
                request.getFieldValue(RequestSigner.HEADER_SIGNATURE))) {
            rejectedUpgrades.incrementAndGet();
            throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "401 authentication required");
        }
        return b;
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        conn.setAttachment(new LinkedHashMap<Integer, Sub>());
        connections.incrementAndGet();
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        connections.decrementAndGet();
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // connection-level errors end that connection only
    }

    @SuppressWarnings("unchecked")
    private static Map<Integer, Sub> subs(WebSocket conn) {
        Map<Integer, Sub> m = conn.getAttachment();
        return m == null ? Map.of() : m;
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        synchronized (x.lock) {
            JsonNode cmd;
            try {
                cmd = x.mapper.readTree(message);
            } catch (Exception e) {
                send(conn, error(0, 1, "Unable to process message"));
                return;
            }
            int id = cmd.path("id").asInt(0);
            JsonNode p = cmd.path("params");
            switch (cmd.path("cmd").asText("")) {
                case "subscribe" -> subscribe(conn, id, p);
                case "unsubscribe" -> {
                    for (JsonNode s : p.path("sids")) {
                        Sub sub = subs(conn).remove(s.asInt());
                        if (sub == null) {
                            send(conn, error(id, 7, "Unknown subscription ID"));
                        } else {
                            send(conn, x.mapper.createObjectNode().put("id", id).put("sid", sub.sid).put("seq", ++sub.seq).put("type", "unsubscribed").toString());
                        }
                    }
                }
                case "update_subscription" -> update(conn, id, p);
                case "list_subscriptions" -> {
                    ObjectNode r = x.mapper.createObjectNode().put("id", id).put("type", "ok");
                    ArrayNode a = r.putArray("msg");
                    subs(conn).values().forEach(s -> a.addObject().put("channel", s.channel).put("sid", s.sid));
                    send(conn, r.toString());
                }
                default -> send(conn, error(id, 5, "Unknown command"));
            }
        }
    }

    private void subscribe(WebSocket conn, int id, JsonNode p) {
        JsonNode channels = p.path("channels");
        if (!channels.isArray() || channels.isEmpty()) {
            send(conn, error(id, 3, "Channels required"));
            return;
        }
        List<String> tickers = new ArrayList<>();
        if (p.has("market_ticker")) tickers.add(p.path("market_ticker").asText());
        p.path("market_tickers").forEach(t -> tickers.add(t.asText()));
        for (JsonNode c : channels) {
            String ch = c.asText();
            if (!Set.of("orderbook_delta", "ticker", "trade", "fill", "user_orders", "market_positions", "market_lifecycle_v2", "order_group_updates").contains(ch)) {
                send(conn, error(id, 8, "Unknown channel name"));
                continue;
            }
            if (ch.equals("orderbook_delta") && tickers.isEmpty()) {
                send(conn, error(id, 14, "Market Ticker required"));
                continue;
            }
            if (oneBookSubscription && ch.equals("orderbook_delta") && subs(conn).values().stream().anyMatch(x -> x.channel.equals(ch))) {
                send(conn, error(id, 6, "Already subscribed"));
                continue;
            }
            for (String t : tickers) {
                if (ch.equals("orderbook_delta") && !x.markets.containsKey(t)) {
                    // the whole command fails; the asyncapi example names the market
                    ObjectNode e = x.mapper.createObjectNode().put("id", id).put("type", "error");
                    ObjectNode m = e.putObject("msg").put("code", 16).put("msg", "Market not found");
                    if (namesUnknownMarket) m.put("market_ticker", t);
                    send(conn, e.toString());
                    return;
                }
            }
            Sub s = new Sub(nextSid.getAndIncrement(), ch, p.path("use_yes_price").asBoolean(false));
            s.tickers.addAll(tickers);
            subs(conn).put(s.sid, s);
            send(conn, x.mapper.createObjectNode().put("id", id).put("type", "subscribed").set("msg",
                    x.mapper.createObjectNode().put("channel", ch).put("sid", s.sid)).toString());
            if (ch.equals("orderbook_delta")) for (String t : tickers) sendSnapshot(conn, s, t);
        }
    }

    private void update(WebSocket conn, int id, JsonNode p) {
        int sid = p.has("sid") ? p.path("sid").asInt() : p.path("sids").path(0).asInt(-1);
        Sub s = subs(conn).get(sid);
        if (s == null) {
            send(conn, error(id, 7, "Unknown subscription ID"));
            return;
        }
        List<String> tickers = new ArrayList<>();
        p.path("market_tickers").forEach(t -> tickers.add(t.asText()));
        switch (p.path("action").asText("")) {
            case "get_snapshot" -> {
                if (!getSnapshot) { // a server of the asyncapi.yaml schema: actions add_markets and delete_markets only
                    send(conn, error(id, 13, "Unsupported action"));
                    return;
                }
                for (String t : tickers) if (s.tickers.contains(t)) sendSnapshot(conn, s, t);
            }
            case "add_markets" -> {
                for (String t : tickers) {
                    if (s.tickers.add(t) && s.channel.equals("orderbook_delta")) sendSnapshot(conn, s, t);
                }
            }
            case "delete_markets" -> s.tickers.removeAll(tickers);
            default -> {
                send(conn, error(id, 13, "Unsupported action"));
                return;
            }
        }
        ObjectNode r = x.mapper.createObjectNode().put("id", id).put("sid", s.sid).put("seq", ++s.seq).put("type", "ok");
        ArrayNode a = r.putObject("msg").putArray("market_tickers");
        s.tickers.forEach(a::add);
        send(conn, r.toString());
    }

    private void sendSnapshot(WebSocket conn, Sub s, String ticker) {
        FakeKalshiExchange.FakeBook b = x.fakeBook(ticker);
        ObjectNode f = x.mapper.createObjectNode().put("type", "orderbook_snapshot").put("sid", s.sid).put("seq", ++s.seq);
        ObjectNode msg = f.putObject("msg").put("market_ticker", ticker).put("market_id", x.markets.get(ticker).path("market_id").asText());
        if (!b.yes.isEmpty()) msg.set("yes_dollars_fp", b.levels(x.mapper, Side.YES, false));
        if (!b.no.isEmpty()) msg.set("no_dollars_fp", b.levels(x.mapper, Side.NO, s.yesScale));
        send(conn, f.toString());
    }

    private String error(int id, int code, String msg) {
        ObjectNode e = x.mapper.createObjectNode().put("id", id).put("type", "error");
        e.putObject("msg").put("code", code).put("msg", msg);
        return e.toString();
    }

    private void send(WebSocket conn, String frame) {
        if (!conn.isOpen()) return;
        try {
            conn.send(frame);
            framesSent.incrementAndGet();
        } catch (org.java_websocket.exceptions.WebsocketNotConnectedException closedMeanwhile) {
            // the client closed between the check and the send: it misses the frame, as it would on a real server
        }
    }

    // ---------------------------------------------------------------- publishing (called under x.lock)

    void publishDelta(String ticker, Side side, long priceMicros, long deltaHundredths, String clientOrderId) {
        for (WebSocket conn : getConnections()) {
            for (Sub s : subs(conn).values()) {
                if (!s.channel.equals("orderbook_delta") || !s.tickers.contains(ticker)) continue;
                long wirePrice = side == Side.NO && s.yesScale ? FakeKalshiExchange.ONE - priceMicros : priceMicros;
                StringBuilder sb = new StringBuilder(256);
                sb.append("{\"type\":\"orderbook_delta\",\"sid\":").append(s.sid).append(",\"seq\":").append(++s.seq)
                        .append(",\"msg\":{\"market_ticker\":\"").append(ticker).append("\",\"market_id\":\"")
                        .append(x.markets.get(ticker).path("market_id").asText()).append("\",\"price_dollars\":\"")
                        .append(FakeKalshiExchange.px(wirePrice)).append("\",\"delta_fp\":\"").append(deltaHundredths < 0 ? "-" : "")
                        .append(FakeKalshiExchange.fp(Math.abs(deltaHundredths))).append("\",\"side\":\"").append(side.wireName())
                        .append("\",\"ts\":\"").append(Instant.now()).append("\",\"ts_ms\":").append(System.currentTimeMillis());
                if (clientOrderId != null) sb.append(",\"client_order_id\":\"").append(clientOrderId).append('"');
                sb.append("}}");
                emitWithFaults(conn, sb.toString());
            }
        }
    }

    private void emitWithFaults(WebSocket conn, String frame) {
        if (malformedFrames > 0) {
            malformedFrames--;
            send(conn, "{\"type\":\"orderbook_delta\",\"sid\":");
        }
        if (dropDeltas > 0) {
            dropDeltas--;
            return;
        }
        if (reorderNext && heldFrame == null) {
            heldFrame = frame;
            heldConn = conn;
            reorderNext = false;
            return;
        }
        send(conn, frame);
        if (duplicateDeltas > 0) {
            duplicateDeltas--;
            send(conn, frame);
        }
        if (heldFrame != null && heldConn == conn) {
            send(conn, heldFrame);
            heldFrame = null;
            heldConn = null;
        }
    }

    void publishFill(ObjectNode fill) {
        publishPrivate("fill", "fill", fill, fill.path("market_ticker").asText());
    }

    void publishTrade(ObjectNode trade) {
        ObjectNode m = trade.deepCopy();
        m.put("market_ticker", trade.path("ticker").asText()).put("ts_ms", System.currentTimeMillis());
        publishPrivate("trade", "trade", m, m.path("market_ticker").asText());
    }

    void publishUserOrder(FakeKalshiExchange.FakeOrder o) {
        ObjectNode m = o.toJson(x.mapper);
        m.put("created_ts_ms", o.createdMs).put("last_updated_ts_ms", System.currentTimeMillis());
        publishPrivate("user_orders", "user_order", m, o.ticker);
    }

    void publishLifecycle(ObjectNode msg) {
        publishPrivate("market_lifecycle_v2", "market_lifecycle_v2", msg, msg.path("market_ticker").asText());
    }

    /** An {@code order_group_updates} frame (created, triggered, reset, deleted, limit_updated) to every subscriber. */
    void publishOrderGroupUpdate(ObjectNode msg) {
        publishPrivate("order_group_updates", "order_group_updates", msg, "");
    }

    private void publishPrivate(String channel, String type, ObjectNode msg, String ticker) {
        for (WebSocket conn : getConnections()) {
            for (Sub s : subs(conn).values()) {
                if (!s.channel.equals(channel) || (!s.tickers.isEmpty() && !s.tickers.contains(ticker))) continue;
                ObjectNode f = x.mapper.createObjectNode().put("type", type).put("sid", s.sid);
                if (channel.equals("order_group_updates")) f.put("seq", ++s.seq); // this channel's frames are sequenced (asyncapi)
                f.set("msg", msg);
                send(conn, f.toString());
            }
        }
    }

    // ---------------------------------------------------------------- fault controls (public, thread-safe)

    /** The next {@code n} orderbook delta frames are not sent (their seq numbers are still used: a gap). */
    public void dropNextDeltas(int n) {
        synchronized (x.lock) {
            dropDeltas += n;
        }
    }

    /** The next {@code n} delta frames are sent twice. */
    public void duplicateNextDeltas(int n) {
        synchronized (x.lock) {
            duplicateDeltas += n;
        }
    }

    /** The next delta frame is held back and sent after the one that follows it. */
    public void reorderNextDelta() {
        synchronized (x.lock) {
            reorderNext = true;
        }
    }

    /** Sends {@code n} truncated JSON frames before the next deltas. */
    public void malformedBeforeNextDeltas(int n) {
        synchronized (x.lock) {
            malformedFrames += n;
        }
    }

    /** Whether error 16 (market not found) names the market ({@code market_ticker}, as in the asyncapi example); true at start. */
    public void namesUnknownMarket(boolean names) {
        synchronized (x.lock) {
            namesUnknownMarket = names;
        }
    }

    /**
     * Whether {@code update_subscription} takes the action {@code get_snapshot} (true at start); false answers it
     * with error 13 as a server of the asyncapi.yaml schema would (its actions: add_markets, delete_markets).
     */
    public void supportsGetSnapshot(boolean supported) {
        synchronized (x.lock) {
            getSnapshot = supported;
        }
    }

    /**
     * Whether a second {@code orderbook_delta} subscribe on one connection is refused with error 6 (already subscribed),
     * so that more markets must join the first one with {@code update_subscription add_markets}; false at start.
     */
    public void oneBookSubscriptionPerConnection(boolean one) {
        synchronized (x.lock) {
            oneBookSubscription = one;
        }
    }

    /** Sends a raw text frame to every client. */
    public void broadcastRaw(String frame) {
        synchronized (x.lock) {
            for (WebSocket c : getConnections()) send(c, frame);
        }
    }

    /** Ends every orderbook subscription with error 25 (slow consumer). */
    public void overflowOrderbookSubscriptions() {
        synchronized (x.lock) {
            for (WebSocket c : getConnections()) {
                subs(c).values().removeIf(s -> {
                    if (!s.channel.equals("orderbook_delta")) return false;
                    send(c, error(0, 25, "Subscription buffer overflow"));
                    return true;
                });
            }
        }
    }

    /** Drops every client connection abruptly. */
    public void disconnectAll() {
        for (WebSocket c : getConnections()) c.closeConnection(CloseFrame.ABNORMAL_CLOSE, "fake disconnect");
    }

    public int openConnections() {
        return connections.get();
    }

    public long rejectedUpgrades() {
        return rejectedUpgrades.get();
    }

    public long framesSent() {
        return framesSent.get();
    }

    /** Subscriptions to {@code channel} over all open connections. */
    public long subscriptions(String channel) {
        synchronized (x.lock) {
            return getConnections().stream().flatMap(c -> subs(c).values().stream()).filter(s -> s.channel.equals(channel)).count();
        }
    }
}
