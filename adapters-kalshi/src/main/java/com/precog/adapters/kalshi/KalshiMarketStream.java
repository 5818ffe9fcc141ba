package com.precog.adapters.kalshi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.application.port.out.CurrentBooks;
import com.precog.application.port.out.MarketDataFeed;
import com.precog.domain.market.BookTop;
import com.precog.domain.market.OrderBook;
import com.precog.domain.order.Fill;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ServerHandshake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link MarketDataFeed} over Kalshi's WebSocket: authenticated upgrade (re-signed on every
 * reconnect), {@code orderbook_delta} with {@code use_yes_price: true}, per-sid sequence healing
 * via {@code update_subscription get_snapshot}, reconnect with exponential backoff and jitter,
 * resubscription, REST polling of the books while the stream is down, and error 25 (slow
 * consumer) answered by resubscribing. {@code market_lifecycle_v2} is always followed and feeds
 * {@link KalshiMarketLifecycle}. Other channels (ticker, trade, fill, user_orders,
 * market_positions, order_group_updates) can be added and are delivered to frame listeners. Bad
 * frames are counted and dropped. Pings are answered by the WebSocket library.
 */
public final class KalshiMarketStream implements MarketDataFeed, CurrentBooks {
    private static final Logger LOG = LoggerFactory.getLogger(KalshiMarketStream.class);
    public static final Set<String> CHANNELS = Set.of("orderbook_delta", "ticker", "trade", "fill", "user_orders", "market_positions",
            "market_lifecycle_v2", "order_group_updates");

    /** Receives every non-book frame ({@code type} is the frame's type, e.g. {@code fill}, {@code user_order}, {@code ticker}). */
    public interface FrameListener {
        void onFrame(String type, JsonNode frame);
    }

    /** Counters for monitoring and tests. */
    public record Stats(long fastFrames, long jsonFrames, long badFrames, long gaps, long duplicates, long divergences, long snapshots,
                        long connects, long slowConsumerErrors, long restPolls) {}

    private final KalshiSettings settings;
    private final Optional<RequestSigner> signer;
    private final KalshiRestClient rest;
    private final KalshiMarketLifecycle lifecycle;
    private final Duration pollInterval;
    private final Duration reconnectBase;
    private final ObjectMapper mapper = new ObjectMapper();
    private final LocalBooks books;
    private final ScheduledExecutorService scheduler;
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final Map<Integer, Pending> pending = new ConcurrentHashMap<>();
    private final Map<Long, String> channelBySid = new ConcurrentHashMap<>();
    private final Set<String> extraChannels = ConcurrentHashMap.newKeySet();
    private final Set<String> requestedOnConnection = ConcurrentHashMap.newKeySet();
    private final List<Consumer<Fill>> fillListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong connects = new AtomicLong();
    private final AtomicLong restPolls = new AtomicLong();
    private volatile Connection connection;
    private volatile boolean connected;
    private volatile boolean closed;
    /** Since when the stream is down after a failed or lost connection (null while connected or never tried). */
    private volatile Instant downSince;
    private int attempts;

    /** A command awaiting its answer: a subscribe ({@code orderbook_delta}, {@code extra}) or a {@code get_snapshot} on {@code sid}. */
    private record Pending(String channel, long sid, List<String> tickers) {}

    KalshiMarketStream(KalshiSettings settings, Optional<RequestSigner> signer, KalshiRestClient rest, KalshiMarketLifecycle lifecycle,
                       Duration pollInterval, Duration reconnectBase) {
        this.settings = settings;
        this.signer = signer;
        this.rest = rest;
        this.lifecycle = lifecycle;
        extraChannels.add("market_lifecycle_v2"); // always followed: statuses and results feed the catalog and the gateway
        this.pollInterval = pollInterval;
        this.reconnectBase = reconnectBase;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kalshi-stream");
            t.setDaemon(true);
            return t;
        });
        this.books = new LocalBooks(new LocalBooks.Control() {
            @Override
            public void requestSnapshots(long sid, List<String> tickers) {
                ObjectNode params = mapper.createObjectNode();
                params.putArray("sids").add(sid);
                ArrayNode t = params.putArray("market_tickers");
                tickers.forEach(t::add);
                params.put("action", "get_snapshot");
                int id = nextId.getAndIncrement();
                pending.put(id, new Pending("get_snapshot", sid, List.copyOf(tickers)));
                send(id, "update_subscription", params);
            }

            @Override
            public void resubscribeAll() {
                for (Map.Entry<Long, String> e : channelBySid.entrySet()) {
                    if (e.getValue().equals("orderbook_delta")) {
                        ObjectNode p = mapper.createObjectNode();
                        p.putArray("sids").add(e.getKey());
                        send("unsubscribe", p);
                    }
                }
                channelBySid.values().removeIf("orderbook_delta"::equals);
                requestedOnConnection.clear();
                subscribeBooks(books.tracked());
            }
        });
        books.addJsonListener((type, frame) -> onControlFrame(type, frame));
        scheduler.scheduleWithFixedDelay(this::pollWhileDown, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Opens the connection (without credentials the feed only polls REST). */
    public KalshiMarketStream start() {
        scheduler.execute(this::connect);
        return this;
    }

    public boolean isConnected() {
        return connected;
    }

    /** The stream is down (cannot connect, or lost and not back yet): its books come from REST polls meanwhile. */
    @Override
    public Optional<String> degradation() {
        Instant since = downSince;
        if (since == null || closed || connected) return Optional.empty();
        return Optional.of("Kalshi WebSocket down since " + since.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                + ", books polled over REST every " + pollInterval.toMillis() + " ms");
    }

    public Stats stats() {
        return new Stats(books.fastFrames(), books.jsonFrames.get(), books.badFrames.get(), books.gaps.get(), books.duplicates.get(),
                books.divergences.get(), books.snapshots.get(), connects.get(), books.slowConsumerErrors.get(), restPolls.get());
    }

    /** Deltas that reached the books as decoded text instead of UTF-8 bytes (0 when {@link Utf8FrameDraft} does its job). */
    long textDeltas() {
        return books.textDeltas.get();
    }

    /** Adds channels such as {@code fill}, {@code user_orders}, {@code ticker} (all markets); kept across reconnects. */
    public void subscribeChannels(Collection<String> channels) {
        for (String c : channels) {
            if (!CHANNELS.contains(c) || c.equals("orderbook_delta")) throw new IllegalArgumentException("unsupported channel '" + c + "'");
        }
        List<String> fresh = channels.stream().filter(extraChannels::add).toList();
        if (connected && !fresh.isEmpty()) subscribeExtra(fresh);
    }

    public void addFrameListener(FrameListener l) {
        books.addJsonListener(l::onFrame);
    }

    /** Fills from the {@code fill} channel (subscribe to it first), mapped to domain fills. */
    public void addFillListener(Consumer<Fill> l) {
        fillListeners.add(l);
    }

    @Override
    public void addListener(BookListener listener) {
        books.addListener(listener);
    }

    @Override
    public void subscribe(Collection<String> tickers) {
        Set<String> fresh = new LinkedHashSet<>(tickers);
        fresh.removeAll(books.tracked());
        if (fresh.isEmpty()) return;
        books.track(fresh);
        if (connected) subscribeBooks(fresh);
        else if (signer.isEmpty()) scheduler.execute(this::pollNow);
    }

    @Override
    public void unsubscribe(Collection<String> tickers) {
        books.untrack(tickers);
        requestedOnConnection.removeAll(tickers);
        if (!connected) return;
        for (Map.Entry<Long, String> e : channelBySid.entrySet()) {
            if (!e.getValue().equals("orderbook_delta")) continue;
            ObjectNode p = mapper.createObjectNode();
            p.putArray("sids").add(e.getKey());
            ArrayNode t = p.putArray("market_tickers");
            tickers.forEach(t::add);
            p.put("action", "delete_markets");
            send("update_subscription", p);
        }
    }

    @Override
    public Optional<BookTop> top(String ticker) {
        return books.top(ticker);
    }

    @Override
    public Optional<OrderBook> book(String ticker) {
        return books.copy(ticker);
    }

    @Override
    public Optional<Instant> pricesAsOf(String ticker) {
        long at = books.currentAsOf(ticker);
        return at < 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(at));
    }

    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
        Connection c = connection;
        if (c != null) c.close();
    }

    // ---------------------------------------------------------------- connection

    private void connect() {
        if (closed || signer.isEmpty()) return;
        URI uri = settings.wsUrl();
        RequestSigner.Headers h = signer.get().headersFor("GET", uri.getRawPath()); // fresh signature on every (re)connect
        Map<String, String> headers = new HashMap<>();
        headers.put(RequestSigner.HEADER_KEY, h.keyId());
        headers.put(RequestSigner.HEADER_TIMESTAMP, h.timestampMs());
        headers.put(RequestSigner.HEADER_SIGNATURE, h.signature());
        Connection[] self = new Connection[1];
        // text frames reach the books as UTF-8 bytes; a frame of a replaced connection is dropped like onMessage drops it
        Utf8FrameDraft draft = new Utf8FrameDraft((a, off, len) -> connection != self[0] || books.onFrameUtf8(a, off, len));
        Connection c = new Connection(uri, draft, headers);
        self[0] = c;
        connection = c;
        c.connect();
    }

    private void scheduleReconnect() {
        if (closed) return;
        long base = reconnectBase.toMillis();
        long delay = Math.min(30_000L, base << Math.min(attempts, 10));
        delay = delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1);
        attempts++;
        try {
            scheduler.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing
        }
    }

    private final class Connection extends WebSocketClient {
        Connection(URI uri, Draft_6455 draft, Map<String, String> headers) {
            super(uri, draft, headers, (int) settings.requestTimeout().toMillis());
            setConnectionLostTimeout(30);
            setDaemon(true);
        }

        @Override
        public void onOpen(ServerHandshake handshake) {
            if (connection != this) return;
            connects.incrementAndGet();
            if (downSince != null) LOG.info("Kalshi WebSocket connected after {} attempt(s); books stream again", attempts + 1);
            downSince = null;
            attempts = 0;
            pending.clear();
            channelBySid.clear();
            requestedOnConnection.clear();
            connected = true;
            if (!books.tracked().isEmpty()) subscribeBooks(books.tracked());
            if (!extraChannels.isEmpty()) subscribeExtra(List.copyOf(extraChannels));
        }

        @Override
        public void onMessage(String message) {
            if (connection != this) return;
            books.onFrame(message);
        }

        @Override
        public void onClose(int code, String reason, boolean remote) {
            if (connection != this) return;
            boolean was = connected;
            connected = false;
            books.resetAll();
            if (!closed) {
                if (was) {
                    LOG.warn("Kalshi WebSocket closed (code {}); reconnecting with backoff, polling REST meanwhile", code);
                } else if (downSince == null) { // never connected yet: said once, not on every attempt of the backoff
                    LOG.warn("Kalshi WebSocket {} cannot connect ({}); retrying with backoff, books polled over REST meanwhile", getURI(),
                            reason == null || reason.isBlank() ? "code " + code : reason);
                }
                if (downSince == null) downSince = Instant.now();
                scheduleReconnect();
            }
        }

        @Override
        public void onError(Exception ex) {
            LOG.debug("Kalshi WebSocket error: {}", ex.toString());
        }
    }

    // ---------------------------------------------------------------- commands

    private void send(String cmd, ObjectNode params) {
        send(nextId.getAndIncrement(), cmd, params);
    }

    private void send(int id, String cmd, ObjectNode params) {
        Connection c = connection;
        if (c == null || !connected) return;
        ObjectNode o = mapper.createObjectNode().put("id", id).put("cmd", cmd);
        o.set("params", params);
        try {
            c.send(o.toString());
        } catch (RuntimeException e) {
            LOG.debug("Kalshi WebSocket send failed: {}", e.toString());
        }
    }

    private synchronized void subscribeBooks(Collection<String> tickers) {
        List<String> list = new ArrayList<>();
        for (String t : tickers) if (requestedOnConnection.add(t)) list.add(t); // never twice on one connection
        if (list.isEmpty()) return;
        int id = nextId.getAndIncrement();
        pending.put(id, new Pending("orderbook_delta", -1, list));
        ObjectNode p = mapper.createObjectNode();
        p.putArray("channels").add("orderbook_delta");
        ArrayNode t = p.putArray("market_tickers");
        list.forEach(t::add);
        p.put("use_yes_price", true);
        send(id, "subscribe", p);
    }

    private void subscribeExtra(List<String> channels) {
        int id = nextId.getAndIncrement();
        pending.put(id, new Pending("extra", -1, List.of()));
        ObjectNode p = mapper.createObjectNode();
        ArrayNode c = p.putArray("channels");
        channels.forEach(c::add);
        send(id, "subscribe", p);
    }

    private void onControlFrame(String type, JsonNode frame) {
        switch (type) {
            case "subscribed" -> {
                long sid = frame.path("msg").path("sid").asLong(-1);
                String channel = frame.path("msg").path("channel").asText("");
                channelBySid.put(sid, channel);
                int id = frame.path("id").asInt(-1);
                Pending p = pending.get(id);
                if (p != null && channel.equals("orderbook_delta")) {
                    pending.remove(id);
                    books.assign(sid, p.tickers());
                }
            }
            case "ok" -> {
                int id = frame.path("id").asInt(-1);
                Pending p = pending.get(id);
                if (p != null && p.channel().equals("get_snapshot")) pending.remove(id);
                if (p != null && p.channel().equals("add_markets")) {
                    pending.remove(id);
                    books.assign(p.sid(), p.tickers());
                }
            }
            case "market_lifecycle_v2" -> lifecycle.onLifecycle(frame.path("msg")); // a frame breaking the schema counts as bad
            case "fill" -> {
                if (fillListeners.isEmpty()) return;
                Fill f = KalshiRestClient.toFill(frame.path("msg"), id -> Optional.empty());
                fillListeners.forEach(l -> l.accept(f));
            }
            case "error" -> {
                JsonNode msg = frame.path("msg");
                LOG.warn("Kalshi WebSocket error frame: code {} {}", msg.path("code").asInt(), msg.path("msg").asText());
                Pending p = pending.remove(frame.path("id").asInt(-1));
                if (p != null && p.channel().equals("orderbook_delta")) bookSubscriptionRefused(p.tickers(), msg.path("code").asInt(), Wire.text(msg, "market_ticker"));
                if (p != null && p.channel().equals("get_snapshot")) snapshotRefused(p.sid(), p.tickers());
                if (p != null && p.channel().equals("add_markets")) {
                    int code = msg.path("code").asInt();
                    bookSubscriptionRefused(p.tickers(), code == 6 ? -1 : code, ""); // never add_markets again for a 6 on add_markets
                }
            }
            default -> { }
        }
    }

    /**
     * The exchange refused a {@code get_snapshot} (asyncapi.yaml's {@code update_subscription} knows only
     * {@code add_markets} and {@code delete_markets}; or the sid is gone): those books would stay hidden for the
     * life of the connection. They leave that subscription (which is ended when nothing is left on it) and are
     * subscribed anew, which starts with a snapshot.
     */
    private void snapshotRefused(long sid, List<String> tickers) {
        Set<String> tracked = books.tracked();
        List<String> again = tickers.stream().filter(tracked::contains).toList();
        if (again.isEmpty()) return;
        ObjectNode p = mapper.createObjectNode();
        p.putArray("sids").add(sid);
        if (books.release(sid, again)) {
            channelBySid.remove(sid);
            send("unsubscribe", p);
        } else {
            ArrayNode t = p.putArray("market_tickers");
            again.forEach(t::add);
            p.put("action", "delete_markets");
            send("update_subscription", p);
        }
        requestedOnConnection.removeAll(again);
        subscribeBooks(again);
    }

    /**
     * The exchange refused a book subscription: its markets get no snapshot, and while connected no
     * REST poll either, so each is asked for again. Error 16 (market not found) fails the whole
     * command over one market: the others are subscribed again without the one it names, or, when it
     * names none, each on its own so only the unknown one fails again (it stays without a book on
     * this connection). Error 6 (already subscribed: a server that takes one {@code orderbook_delta}
     * subscription per connection) adds the markets to the book subscription this connection has
     * ({@code update_subscription} {@code add_markets}, asyncapi.yaml), whose snapshots then follow on
     * that sid. Any other refusal is retried after a pause.
     */
    private void bookSubscriptionRefused(List<String> tickers, int code, String unknown) {
        Set<String> tracked = books.tracked();
        List<String> again = tickers.stream().filter(tracked::contains).toList();
        if (again.isEmpty()) return;
        if (code == 6) {
            long sid = channelBySid.entrySet().stream().filter(e -> e.getValue().equals("orderbook_delta")).mapToLong(Map.Entry::getKey)
                    .min().orElse(-1);
            if (sid >= 0) {
                int id = nextId.getAndIncrement();
                pending.put(id, new Pending("add_markets", sid, again));
                ObjectNode p = mapper.createObjectNode();
                p.putArray("sids").add(sid);
                ArrayNode t = p.putArray("market_tickers");
                again.forEach(t::add);
                p.put("action", "add_markets");
                send(id, "update_subscription", p);
                return;
            }
        }
        requestedOnConnection.removeAll(again);
        if (code == 16) {
            if (again.contains(unknown) || again.size() == 1) {
                String gone = again.contains(unknown) ? unknown : again.get(0);
                requestedOnConnection.add(gone); // not asked again on this connection
                LOG.warn("Kalshi does not know market {}: it has no order book feed", gone);
                List<String> rest = again.stream().filter(t -> !t.equals(gone)).toList();
                if (!rest.isEmpty()) subscribeBooks(rest);
            } else {
                for (String t : again) subscribeBooks(List.of(t));
            }
            return;
        }
        try {
            scheduler.schedule(() -> {
                if (connected) subscribeBooks(again.stream().filter(books.tracked()::contains).toList());
            }, Math.max(1_000L, reconnectBase.toMillis()), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing
        }
    }

    // ---------------------------------------------------------------- REST fallback

    private void pollWhileDown() {
        if (!connected && !closed) pollNow();
    }

    private void pollNow() {
        for (String t : books.tracked()) {
            if (connected || closed) return;
            try {
                books.setFromRest(rest.orderbook(t));
                restPolls.incrementAndGet();
            } catch (RuntimeException e) {
                LOG.debug("REST fallback poll of {} failed: {}", t, e.toString());
            }
        }
    }
}
