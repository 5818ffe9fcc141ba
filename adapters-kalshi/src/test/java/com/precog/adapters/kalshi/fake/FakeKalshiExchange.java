package com.precog.adapters.kalshi.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.kalshi.RateTier;
import com.precog.adapters.kalshi.RequestSigner;
import com.precog.adapters.kalshi.TokenBucket;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Price;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback Kalshi exchange for tests (and manual runs via {@link #main}): REST under
 * {@code /trade-api/v2} and WebSocket under {@code /trade-api/ws/v2}. It verifies RSA-PSS
 * signatures, enforces the read/write token buckets of a tier, serves markets and books seeded from
 * {@code shared/data/kalshi}, matches V2 orders (limit, IOC, FOK, post-only, partial fills)
 * against its book, keeps fills/positions/balance, emits sequenced orderbook deltas, fills and
 * user orders, and injects faults (HTTP status, delays, process-then-fail, dropped/duplicated/
 * reordered/malformed frames, disconnects, error 25).
 *
 * <pre>{@code
 * try (FakeKalshiExchange fake = FakeKalshiExchange.start()) {
 *     Path key = fake.writeTestKey(tempDir);            // PKCS#8 PEM of the registered test key
 *     KalshiSettings s = KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl()).withCredentials(fake.testKeyId(), key);
 * }
 * }</pre>
 */
public final class FakeKalshiExchange implements AutoCloseable {
    static final String REST_BASE = "/trade-api/v2";
    static final String WS_PATH = "/trade-api/ws/v2";
    static final long ONE = Price.ONE_DOLLAR_MICROS;

    final Object lock = new Object();
    final ObjectMapper mapper = new ObjectMapper();
    private final HttpServer http;
    private final ExecutorService httpExecutor;
    final FakeWebSocketServer ws;
    final ObjectNode exchangeStatus = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("exchange_active", true)
            .put("trading_active", true).put("intra_exchange_transfers_active", true).putNull("exchange_estimated_resume_time");

    /** The WebSocket side (fault controls: dropped, duplicated, reordered, malformed frames, disconnects, error 25). */
    public FakeWebSocketServer webSocket() {
        return ws;
    }
    private final RateTier tier;
    private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket[]> buckets = new ConcurrentHashMap<>();
    final Map<String, ObjectNode> markets = new LinkedHashMap<>();
    /** Markets moved to the historical database ({@code GET /historical/markets/{ticker}} only). */
    final Map<String, ObjectNode> archivedMarkets = new LinkedHashMap<>();
    final Map<String, ObjectNode> series = new LinkedHashMap<>();
    final Map<String, FakeBook> books = new HashMap<>();
    final Map<String, FakeOrder> orders = new LinkedHashMap<>();
    final List<ObjectNode> fills = new ArrayList<>();
    final List<ObjectNode> trades = new ArrayList<>();
    final Map<String, Long> positions = new LinkedHashMap<>(); // ticker -> signed hundredths (+YES)
    final Map<String, Long> positionCostUnits = new HashMap<>();
    final List<ObjectNode> settlements = new ArrayList<>();
    final Map<String, FakeOrderGroups.Group> orderGroups = new LinkedHashMap<>();
    long balanceUnits = Dollars.of(10_000).units();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final Deque<RawAnswer> rawAnswers = new ArrayDeque<>();
    final AtomicLong restRequests = new AtomicLong();
    final AtomicLong rejected429 = new AtomicLong();
    final AtomicLong rejected401 = new AtomicLong();
    final AtomicLong tokensSpent = new AtomicLong();
    private final List<long[]> accepted = new ArrayList<>();
    private final long startNanos = System.nanoTime();
    private final FeeSchedule fees = FeeSchedule.standard();

    /** One injected REST fault, applied to the next request whose path contains {@code pathPart}. */
    public record Fault(Kind kind, String pathPart, int status, Duration delay) {
        public enum Kind {
            /** Answer {@code status} without processing. */
            STATUS,
            /** Process the request, then answer {@code status} (an ambiguous failure for the client). */
            PROCESS_THEN_STATUS,
            /** Wait {@code delay}, then process and answer normally (times out a client with a shorter timeout). */
            DELAY,
            /** Answer 200 with malformed JSON. */
            MALFORMED,
            /** Process, send the status, headers and half the body, wait {@code delay}, then the rest (a stalled transfer). */
            STALLED_BODY
        }
    }

    /**
     * One verbatim answer (status, headers, body as given: HTML, empty, non-JSON, Kalshi's nested
     * {@code {"error": {...}}}) for the next request whose path contains {@code pathPart}.
     *
     * @param process whether the request is processed first (the exchange acted, then answered oddly)
     */
    public record RawAnswer(String pathPart, boolean process, int status, String contentType, String body, Map<String, String> headers) {
        public RawAnswer {
            headers = Map.copyOf(headers);
        }

        /** An unprocessed JSON answer. */
        public static RawAnswer json(String pathPart, int status, String body) {
            return new RawAnswer(pathPart, false, status, "application/json", body, Map.of());
        }
    }

    /** The next request whose path contains {@code a.pathPart()} gets {@code a} verbatim. */
    public void answerNext(RawAnswer a) {
        synchronized (rawAnswers) {
            rawAnswers.addLast(a);
        }
    }

    private RawAnswer takeRawAnswer(String path) {
        synchronized (rawAnswers) {
            for (Iterator<RawAnswer> it = rawAnswers.iterator(); it.hasNext(); ) {
                RawAnswer a = it.next();
                if (path.contains(a.pathPart())) {
                    it.remove();
                    return a;
                }
            }
            return null;
        }
    }

    private FakeKalshiExchange(RateTier tier) throws IOException {
        this.tier = tier;
        this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        this.httpExecutor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "fake-kalshi-http");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(httpExecutor);
        http.createContext("/", this::handle);
        this.ws = new FakeWebSocketServer(this);
    }

    /** Starts on ephemeral loopback ports, Basic tier, seeded from the shared samples (or a built-in market). */
    public static FakeKalshiExchange start() {
        return start(RateTier.BASIC);
    }

    public static FakeKalshiExchange start(RateTier tier) {
        try {
            FakeKalshiExchange f = new FakeKalshiExchange(tier);
            f.registerKey(TestKey.KEY_ID, TestKey.publicKey());
            f.seed();
            f.http.start();
            f.ws.startAndWait();
            return f;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Manual runs: prints the URLs and the test key, serves until killed. */
    public static void main(String[] args) throws Exception {
        FakeKalshiExchange f = start();
        Path key = f.writeTestKey(Files.createTempDirectory("fake-kalshi"));
        System.out.println("KALSHI_API_BASE_URL=" + f.restBaseUrl());
        System.out.println("KALSHI_WS_URL=" + f.wsUrl());
        System.out.println("KALSHI_API_KEY_ID=" + f.testKeyId());
        System.out.println("KALSHI_PRIVATE_KEY_PATH=" + key);
        Thread.currentThread().join();
    }

    public URI restBaseUrl() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + REST_BASE);
    }

    public URI wsUrl() {
        return URI.create("ws://127.0.0.1:" + ws.getPort() + WS_PATH);
    }

    /** Key id of the throwaway test key registered at start. */
    public String testKeyId() {
        return TestKey.KEY_ID;
    }

    /** Writes the test key (PKCS#8 PEM, mode 600) into {@code dir} and returns its path. */
    public Path writeTestKey(Path dir) {
        return TestKey.write(dir, false);
    }

    public void registerKey(String keyId, PublicKey key) {
        keys.put(keyId, key);
    }

    @Override
    public void close() {
        http.stop(0);
        httpExecutor.shutdownNow();
        ws.shutdown();
    }

    // ---------------------------------------------------------------- seeding and test controls

    private void seed() {
        Optional<Path> data = SharedData.find();
        try {
            if (data.isPresent() && Files.exists(data.get().resolve("kalshi/rest_get_markets.json"))) {
                JsonNode ms = mapper.readTree(data.get().resolve("kalshi/rest_get_markets.json").toFile());
                for (JsonNode m : ms.path("markets")) addMarket((ObjectNode) m.deepCopy());
                JsonNode ob = mapper.readTree(data.get().resolve("kalshi/rest_get_market_orderbook.json").toFile()).path("orderbook_fp");
                String first = markets.keySet().iterator().next();
                FakeBook b = books.get(first);
                for (JsonNode l : ob.path("yes_dollars")) b.level(Side.YES, micros(l.get(0).asText())).anonymous += hundredths(l.get(1).asText());
                for (JsonNode l : ob.path("no_dollars")) b.level(Side.NO, micros(l.get(0).asText())).anonymous += hundredths(l.get(1).asText());
                JsonNode s = mapper.readTree(data.get().resolve("kalshi/rest_get_series.json").toFile()).path("series");
                series.put(s.path("ticker").asText(), (ObjectNode) s.deepCopy());
                JsonNode st = mapper.readTree(data.get().resolve("kalshi/rest_get_settlements.json").toFile()).path("settlements");
                for (JsonNode x : st) settlements.add((ObjectNode) x.deepCopy());
                return;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ObjectNode m = mapper.createObjectNode();
        m.put("ticker", "KXFED-27APR-T4.25").put("event_ticker", "KXFED-27APR").put("status", "active").put("title", "Fed above 4.25%")
                .put("close_time", "2027-04-28T17:55:00Z").put("price_level_structure", "linear_cent");
        m.putArray("price_ranges").addObject().put("start", "0.0000").put("end", "1.0000").put("step", "0.0100");
        addMarket(m);
        FakeBook b = books.get("KXFED-27APR-T4.25");
        b.level(Side.YES, 270_000).anonymous = 3154;
        b.level(Side.NO, 720_000).anonymous = 2000;
    }

    /** Adds (or replaces) a market from its REST JSON; its book starts empty. */
    public void addMarket(ObjectNode market) {
        synchronized (lock) {
            String t = market.path("ticker").asText();
            if (!market.has("market_id")) market.put("market_id", UUID.nameUUIDFromBytes(t.getBytes(StandardCharsets.UTF_8)).toString());
            markets.put(t, market);
            books.computeIfAbsent(t, FakeBook::new);
        }
    }

    /** Adds (or replaces) a series from its REST JSON ({@code GET /series/{ticker}} then serves it). */
    public void addSeries(ObjectNode seriesJson) {
        synchronized (lock) {
            series.put(seriesJson.path("ticker").asText(), seriesJson);
        }
    }

    /** Sets the market's {@code fractional_trading_enabled}: without it, an order for a fractional count is refused (400). */
    public void setFractionalTrading(String ticker, boolean enabled) {
        synchronized (lock) {
            markets.get(ticker).put("fractional_trading_enabled", enabled);
        }
    }

    /** Adds {@code count} copies of a generated open market in {@code seriesTicker} (for pagination tests). */
    public void addGeneratedMarkets(String seriesTicker, int count) {
        for (int i = 0; i < count; i++) {
            ObjectNode m = mapper.createObjectNode();
            m.put("ticker", seriesTicker + "-GEN-T" + i).put("event_ticker", seriesTicker + "-GEN").put("status", "active")
                    .put("title", "generated " + i).put("close_time", "2027-01-01T00:00:00Z").put("yes_bid_dollars", "0.4100")
                    .put("yes_ask_dollars", "0.4300").put("last_price_dollars", "0.4200");
            m.putArray("price_ranges").addObject().put("start", "0.0000").put("end", "1.0000").put("step", "0.0100");
            addMarket(m);
        }
    }

    // ---------------------------------------------------------------- market lifecycle (REST status + market_lifecycle_v2)

    /** Pauses trading (REST status {@code inactive}; lifecycle {@code deactivated}, {@code is_deactivated: true}). */
    public void pauseMarket(String ticker) {
        lifecycle(ticker, "inactive", "deactivated", m -> m.put("is_deactivated", true));
    }

    /** Resumes trading (REST status {@code active}; lifecycle {@code activated}, {@code is_deactivated: false}). */
    public void resumeMarket(String ticker) {
        lifecycle(ticker, "active", "activated", m -> m.put("is_deactivated", false));
    }

    /** Moves the scheduled close (REST {@code close_time}; lifecycle {@code close_date_updated} with {@code close_ts}); the status is unchanged. */
    public void updateCloseTime(String ticker, Instant close) {
        synchronized (lock) {
            market(ticker).put("close_time", close.toString());
        }
        lifecycle(ticker, null, "close_date_updated", m -> m.put("close_ts", close.getEpochSecond()));
    }

    /**
     * Closes the market now as the exchange does when its close time comes: REST status
     * {@code closed}, resting orders canceled, and (the channel has no "closed" event) a
     * {@code close_date_updated} with {@code close_ts} = now.
     */
    public void closeMarket(String ticker) {
        long now = Instant.now().getEpochSecond();
        synchronized (lock) {
            market(ticker).put("close_time", Instant.ofEpochSecond(now).toString());
            cancelAllIn(ticker);
        }
        lifecycle(ticker, "closed", "close_date_updated", m -> m.put("close_ts", now));
    }

    /** Determines the outcome: REST status {@code determined} with {@code result}; lifecycle {@code determined}. */
    public void determineMarket(String ticker, String result, String settlementValueDollars) {
        long now = Instant.now().getEpochSecond();
        synchronized (lock) {
            market(ticker).put("result", result).put("settlement_value_dollars", settlementValueDollars);
            cancelAllIn(ticker);
        }
        lifecycle(ticker, "determined", "determined", m -> m.put("result", result).put("determination_ts", now)
                .put("settlement_value", settlementValueDollars));
    }

    /**
     * Determines the outcome without a word on the stream (REST status {@code determined} and
     * {@code result} only): what a client sees of a market determined while it was down or its
     * WebSocket was reconnecting. Resting orders in the market are canceled.
     */
    public void determineMarketUnannounced(String ticker, String result, String settlementValueDollars) {
        synchronized (lock) {
            market(ticker).put("status", "determined").put("result", result).put("settlement_value_dollars", settlementValueDollars);
            cancelAllIn(ticker);
        }
    }

    /**
     * Pays out a determined market: the position is closed at the settlement value (YES holders get
     * {@code settlement_value} per contract, NO holders 1 − it), the cash is credited, a
     * {@code /portfolio/settlements} entry is added; REST status {@code finalized}; lifecycle
     * {@code settled} with {@code settled_ts}.
     */
    public void settleMarket(String ticker) {
        Instant now = Instant.now();
        synchronized (lock) {
            ObjectNode m = market(ticker);
            String result = m.path("result").asText("");
            if (result.isEmpty()) throw new IllegalStateException(ticker + " is not determined");
            long yesValue = micros(m.path("settlement_value_dollars").asText(result.equals("yes") ? "1" : "0"));
            long held = positions.getOrDefault(ticker, 0L); // + YES, − NO, hundredths
            long yes = Math.max(held, 0);
            long no = Math.max(-held, 0);
            // hundredths of a contract × micro-dollars = 1e-8 dollars (Dollars units)
            long revenueUnits = yes * yesValue + no * (ONE - yesValue);
            balanceUnits += revenueUnits;
            long cost = positionCostUnits.getOrDefault(ticker, 0L);
            positions.remove(ticker);
            positionCostUnits.remove(ticker);
            ObjectNode st = mapper.createObjectNode().put("ticker", ticker).put("event_ticker", m.path("event_ticker").asText())
                    .put("market_result", result).put("yes_count_fp", fp(yes))
                    .put("yes_total_cost_dollars", dollarString(yes > 0 ? cost : 0))
                    .put("no_count_fp", fp(no))
                    .put("no_total_cost_dollars", dollarString(no > 0 ? cost : 0))
                    .put("revenue", Math.floorDiv(revenueUnits, Dollars.CENT.units())).put("value", yesValue / 10_000)
                    .put("settled_time", now.toString()).put("fee_cost", "0.0000");
            settlements.add(st);
        }
        lifecycle(ticker, "finalized", "settled", m -> m.put("settled_ts", now.getEpochSecond()));
    }

    /** Sends a raw {@code market_lifecycle_v2} msg (for schema and unknown-event tests). */
    public void publishLifecycle(ObjectNode msg) {
        synchronized (lock) {
            ws.publishLifecycle(msg);
        }
    }

    /** Exact dollars with at least 4 decimals ("8.1000"). */
    private static String dollarString(long units) {
        java.math.BigDecimal d = Dollars.ofUnits(units).toBigDecimal().stripTrailingZeros();
        return d.setScale(Math.max(4, d.scale())).toPlainString();
    }

    private ObjectNode market(String ticker) {
        ObjectNode m = markets.get(ticker);
        if (m == null) throw new IllegalArgumentException("no market " + ticker);
        return m;
    }

    private void cancelAllIn(String ticker) {
        for (FakeOrder o : List.copyOf(orders.values())) if (o.ticker.equals(ticker)) cancel(o);
    }

    private void lifecycle(String ticker, String restStatus, String eventType, java.util.function.Consumer<ObjectNode> fields) {
        synchronized (lock) {
            ObjectNode m = market(ticker);
            if (restStatus != null) m.put("status", restStatus);
            ObjectNode msg = mapper.createObjectNode().put("market_ticker", ticker).put("event_type", eventType);
            fields.accept(msg);
            ws.publishLifecycle(msg);
        }
    }

    public List<String> marketTickers() {
        synchronized (lock) {
            return List.copyOf(markets.keySet());
        }
    }

    /** Sets a level of anonymous liquidity (NO in NO-leg price) and publishes the delta. */
    public void setAnonymousLevel(String ticker, Side side, long priceMicros, long hundredths) {
        synchronized (lock) {
            FakeBook.Level l = fakeBook(ticker).level(side, priceMicros);
            long delta = hundredths - l.anonymous;
            l.anonymous = hundredths;
            fakeBook(ticker).cleanup(side, priceMicros);
            if (delta != 0) ws.publishDelta(ticker, side, priceMicros, delta, null);
        }
    }

    /** Changes anonymous liquidity at a level by {@code deltaHundredths} (clamped at 0) and publishes the delta. */
    public void changeAnonymousLevel(String ticker, Side side, long priceMicros, long deltaHundredths) {
        synchronized (lock) {
            FakeBook.Level l = fakeBook(ticker).level(side, priceMicros);
            long next = Math.max(0, l.anonymous + deltaHundredths);
            setAnonymousLevel(ticker, side, priceMicros, next);
        }
    }

    /** Removes the anonymous liquidity of one side (our own resting orders stay) and publishes the deltas. */
    public void clearAnonymous(String ticker, Side side) {
        synchronized (lock) {
            for (Long price : List.copyOf(fakeBook(ticker).side(side).keySet())) setAnonymousLevel(ticker, side, price, 0);
        }
    }

    /**
     * Another trader's immediate-or-cancel order: buys YES ({@code buyYes}) or sells YES at
     * {@code yesPriceMicros} or better, taking liquidity — our resting orders included, which fill
     * as makers. The other trader's own order, fills, position and cash are not kept (the REST views
     * are ours); the WebSocket still publishes the book deltas, our fills and the public trade.
     * Returns the quantity it traded.
     */
    public long anonymousTaker(String ticker, boolean buyYes, long yesPriceMicros, long hundredths) {
        synchronized (lock) {
            FakeOrder o = submit(ticker, "anon-" + UUID.randomUUID(), buyYes, yesPriceMicros, hundredths, "immediate_or_cancel", false);
            orders.remove(o.orderId);
            fills.removeIf(f -> f.path("order_id").asText().equals(o.orderId));
            balanceUnits += o.costUnits + o.feeUnits; // its position was never this account's (execute skips "anon-" orders)
            return o.filled;
        }
    }

    /** Whether an order group exists and is triggered (its orders canceled, new ones refused). */
    public boolean orderGroupTriggered(String orderGroupId) {
        synchronized (lock) {
            FakeOrderGroups.Group g = orderGroups.get(orderGroupId);
            if (g == null) throw new IllegalArgumentException("unknown order group '" + orderGroupId + "'");
            return g.triggered;
        }
    }

    /** The order group an order (by client order id) was placed in, if any. */
    public Optional<String> orderGroupOf(String clientOrderId) {
        synchronized (lock) {
            return orders.values().stream().filter(o -> o.clientOrderId.equals(clientOrderId)).findFirst().map(o -> o.orderGroupId);
        }
    }

    /**
     * What {@code GET /exchange/status} answers: under maintenance ({@code exchangeActive} false) or
     * outside trading hours ({@code tradingActive} false), with an estimated resume time or null.
     */
    public void setExchangeStatus(boolean exchangeActive, boolean tradingActive, Instant estimatedResume) {
        synchronized (lock) {
            exchangeStatus.put("exchange_active", exchangeActive).put("trading_active", tradingActive);
            if (estimatedResume == null) exchangeStatus.putNull("exchange_estimated_resume_time");
            else exchangeStatus.put("exchange_estimated_resume_time", estimatedResume.toString());
        }
    }

    /**
     * Archives a market as Kalshi does some time after it settled: {@code /markets/{ticker}} then
     * answers 404 and only {@code /historical/markets/{ticker}} knows it.
     */
    public void archiveMarket(String ticker) {
        synchronized (lock) {
            ObjectNode m = markets.remove(ticker);
            if (m == null) throw new IllegalArgumentException("no market " + ticker);
            archivedMarkets.put(ticker, m);
        }
    }

    /** The ids of the order groups that exist. */
    public List<String> orderGroupIds() {
        synchronized (lock) {
            return List.copyOf(orderGroups.keySet());
        }
    }

    /** Triggers a group as its contracts cap would (cancels its resting orders, refuses new ones, sends {@code triggered}). */
    public void triggerOrderGroup(String orderGroupId) {
        synchronized (lock) {
            FakeOrderGroups.Group g = orderGroups.get(orderGroupId);
            if (g == null) throw new IllegalArgumentException("unknown order group '" + orderGroupId + "'");
            FakeOrderGroups.trigger(this, g);
        }
    }

    public int orderGroupCount() {
        synchronized (lock) {
            return orderGroups.size();
        }
    }

    /** The exchange's current book of a market as a domain {@link OrderBook} (NO bids in NO-leg prices). */
    public OrderBook orderBook(String ticker) {
        synchronized (lock) {
            return fakeBook(ticker).toOrderBook();
        }
    }

    FakeBook fakeBook(String ticker) {
        FakeBook b = books.get(ticker);
        if (b == null) throw new IllegalArgumentException("unknown market '" + ticker + "'");
        return b;
    }

    public void injectFault(Fault f) {
        synchronized (faults) {
            faults.addLast(f);
        }
    }

    /** The next {@code n} requests whose path contains {@code pathPart} get {@code status} (not processed). */
    public void failNext(int n, String pathPart, int status) {
        for (int i = 0; i < n; i++) injectFault(new Fault(Fault.Kind.STATUS, pathPart, status, Duration.ZERO));
    }

    /** The next request on {@code pathPart} is processed but answered with {@code status}. */
    public void processThenFail(String pathPart, int status) {
        injectFault(new Fault(Fault.Kind.PROCESS_THEN_STATUS, pathPart, status, Duration.ZERO));
    }

    /** The next request on {@code pathPart} is delayed by {@code delay} before being processed. */
    public void delayNext(String pathPart, Duration delay) {
        injectFault(new Fault(Fault.Kind.DELAY, pathPart, 200, delay));
    }

    /** The next request on {@code pathPart} is processed and answered, but its body stalls {@code delay} halfway. */
    public void stallNextBody(String pathPart, Duration delay) {
        injectFault(new Fault(Fault.Kind.STALLED_BODY, pathPart, 200, delay));
    }

    public void malformedNext(String pathPart) {
        injectFault(new Fault(Fault.Kind.MALFORMED, pathPart, 200, Duration.ZERO));
    }

    public long restRequests() {
        return restRequests.get();
    }

    public long rejected429() {
        return rejected429.get();
    }

    public long rejected401() {
        return rejected401.get();
    }

    /** Tokens actually charged (accepted requests only). */
    public long tokensSpent() {
        return tokensSpent.get();
    }

    /**
     * Tokens per second actually admitted by one bucket (write or read) between the first and the
     * last request it admitted after {@code fromNanos} ({@link System#nanoTime()}): the first
     * request's cost is excluded, so evenly spaced requests at the full rate give exactly the rate.
     */
    public double admittedTokensPerSecond(boolean write, long fromNanos) {
        synchronized (accepted) {
            long first = -1;
            long last = -1;
            long tokens = 0;
            for (long[] a : accepted) {
                if (a[0] < fromNanos || (a[2] == 1) != write) continue;
                if (first < 0) {
                    first = a[0];
                } else {
                    tokens += a[1];
                    last = a[0];
                }
            }
            return last <= first ? 0 : tokens / ((last - first) / 1e9);
        }
    }

    /** Tokens left now in a key's read or write bucket (the capacity if the key has not been seen). */
    public long availableTokens(String keyId, boolean write) {
        TokenBucket[] b = buckets.get(keyId);
        if (b == null) return write ? tier.writeCapacity() : tier.readCapacity();
        return b[write ? 1 : 0].available();
    }

    public RateTier tier() {
        return tier;
    }

    /** Orders created on this exchange with this client order id (0 or 1 unless the client double-submitted). */
    public long ordersWithClientId(String clientOrderId) {
        synchronized (lock) {
            return orders.values().stream().filter(o -> o.clientOrderId.equals(clientOrderId)).count();
        }
    }

    /** The client order id of every order created on this exchange, in creation order (duplicates kept). */
    public List<String> clientOrderIds() {
        synchronized (lock) {
            return orders.values().stream().map(o -> o.clientOrderId).toList();
        }
    }

    /** Fills of orders with one of these client order ids. */
    public long fillCountOf(java.util.Collection<String> clientOrderIds) {
        synchronized (lock) {
            Map<String, String> clientByOrder = new HashMap<>();
            orders.values().forEach(o -> clientByOrder.put(o.orderId, o.clientOrderId));
            return fills.stream().filter(f -> clientOrderIds.contains(clientByOrder.get(f.path("order_id").asText()))).count();
        }
    }

    /** Net position per market in hundredths of a contract (+ YES, - NO), zero positions omitted. */
    public Map<String, Long> netPositions() {
        synchronized (lock) {
            Map<String, Long> out = new java.util.TreeMap<>();
            positions.forEach((t, h) -> {
                if (h != 0) out.put(t, h);
            });
            return out;
        }
    }

    public int orderCount() {
        synchronized (lock) {
            return orders.size();
        }
    }

    // ---------------------------------------------------------------- HTTP

    private Fault takeFault(String path) {
        synchronized (faults) {
            for (Iterator<Fault> it = faults.iterator(); it.hasNext(); ) {
                Fault f = it.next();
                if (path.contains(f.pathPart())) {
                    it.remove();
                    return f;
                }
            }
            return null;
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            restRequests.incrementAndGet();
            String method = ex.getRequestMethod();
            String rawPath = ex.getRequestURI().getRawPath();
            String query = ex.getRequestURI().getRawQuery();
            byte[] body = ex.getRequestBody().readAllBytes();
            if (!rawPath.startsWith(REST_BASE + "/")) {
                respond(ex, 404, error("not_found", "no such path", rawPath));
                return;
            }
            String path = rawPath.substring(REST_BASE.length());
            // auth
            String keyId = ex.getRequestHeaders().getFirst(RequestSigner.HEADER_KEY);
            String ts = ex.getRequestHeaders().getFirst(RequestSigner.HEADER_TIMESTAMP);
            String sig = ex.getRequestHeaders().getFirst(RequestSigner.HEADER_SIGNATURE);
            boolean signed = keyId != null || ts != null || sig != null;
            if (signed && !verify(keyId, ts, sig, method, rawPath)) {
                rejected401.incrementAndGet();
                respond(ex, 401, error("authentication_error", "invalid signature or key", ""));
                return;
            }
            boolean needsAuth = path.startsWith("/portfolio") || path.startsWith("/account");
            if (needsAuth && !signed) {
                rejected401.incrementAndGet();
                respond(ex, 401, error("authentication_required", "authentication required", ""));
                return;
            }
            // rate limit
            boolean write = isWrite(method, path);
            int cost = cost(method, path, body);
            TokenBucket bucket = buckets.computeIfAbsent(signed ? keyId : "anonymous", k -> new TokenBucket[] {
                    TokenBucket.of(tier.readCapacity(), tier.readPerSecond()), TokenBucket.of(tier.writeCapacity(), tier.writePerSecond())})[write ? 1 : 0];
            if (cost > bucket.capacity() || !bucket.tryAcquire(cost)) {
                rejected429.incrementAndGet();
                respond(ex, 429, "{\"error\": \"too many requests\"}");
                return;
            }
            tokensSpent.addAndGet(cost);
            synchronized (accepted) {
                accepted.add(new long[] {System.nanoTime(), cost, write ? 1 : 0});
            }
            RawAnswer raw = takeRawAnswer(path);
            if (raw != null && !raw.process()) {
                respondRaw(ex, raw);
                return;
            }
            Fault fault = raw != null ? null : takeFault(path);
            if (fault != null && fault.kind() == Fault.Kind.STATUS) {
                respond(ex, fault.status(), error(fault.status() == 429 ? "too_many_requests" : "service_unavailable", "injected fault", ""));
                return;
            }
            if (fault != null && fault.kind() == Fault.Kind.DELAY) {
                try {
                    Thread.sleep(fault.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (fault != null && fault.kind() == Fault.Kind.MALFORMED) {
                respond(ex, 200, "{\"markets\": [ {\"ticker\": ");
                return;
            }
            Answer a;
            try {
                a = FakeRestRoutes.route(this, method, path, query == null ? Map.of() : parseQuery(query),
                        body.length == 0 ? mapper.createObjectNode() : mapper.readTree(body));
            } catch (IllegalArgumentException e) {
                a = new Answer(400, error("invalid_parameters", "invalid parameters", e.getMessage()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                a = new Answer(400, error("bad_request", "malformed JSON body", ""));
            }
            if (raw != null) {
                respondRaw(ex, raw);
                return;
            }
            if (fault != null && fault.kind() == Fault.Kind.PROCESS_THEN_STATUS) {
                respond(ex, fault.status(), error("internal_error", "injected fault after processing", ""));
                return;
            }
            if (fault != null && fault.kind() == Fault.Kind.STALLED_BODY) {
                respondStalled(ex, a.status(), a.body(), fault.delay());
                return;
            }
            respond(ex, a.status(), a.body());
        } catch (RuntimeException e) {
            try {
                respond(ex, 500, error("internal_error", e.toString(), ""));
            } catch (IOException ignored) {
                // client gone
            }
        }
    }

    record Answer(int status, String body) {}

    private boolean verify(String keyId, String ts, String sig, String method, String rawPath) {
        if (keyId == null || ts == null || sig == null) return false;
        PublicKey key = keys.get(keyId);
        if (key == null) return false;
        long t;
        try {
            t = Long.parseLong(ts);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(System.currentTimeMillis() - t) > 30_000) return false;
        return RequestSigner.verify(key, ts + method + rawPath, sig);
    }

    boolean verifyUpgrade(String keyId, String ts, String sig) {
        return verify(keyId, ts, sig, "GET", WS_PATH);
    }

    static boolean isWrite(String method, String path) {
        return (path.startsWith("/portfolio/events/orders") || path.startsWith("/portfolio/order_groups")) && !"GET".equals(method);
    }

    int cost(String method, String path, byte[] body) {
        if ("GET".equals(method) && path.matches("/portfolio/orders/[^/]+")) return RateTier.GET_ORDER_COST;
        if (path.equals("/portfolio/events/orders/batched")) {
            int n = 1;
            try {
                n = Math.max(1, mapper.readTree(body).path("orders").size());
            } catch (IOException e) {
                // cost of one
            }
            return ("DELETE".equals(method) ? RateTier.CANCEL_COST : RateTier.DEFAULT_COST) * n;
        }
        if ("DELETE".equals(method) && path.startsWith("/portfolio/events/orders/")) return RateTier.CANCEL_COST;
        return RateTier.DEFAULT_COST;
    }

    private static Map<String, String> parseQuery(String q) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String kv : q.split("&")) {
            int eq = kv.indexOf('=');
            String k = java.net.URLDecoder.decode(eq < 0 ? kv : kv.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : java.net.URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
            out.merge(k, v, (a, b) -> a + "," + b);
        }
        return out;
    }

    /** An error body as the exchange sends it: nested under {@code error} (openapi.yaml's ErrorResponse is its inner object). */
    String error(String code, String message, String details) {
        ObjectNode body = mapper.createObjectNode();
        body.putObject("error").put("code", code).put("message", message).put("details", details).put("service", "exchange");
        return body.toString();
    }

    private static void respondRaw(HttpExchange ex, RawAnswer a) throws IOException {
        byte[] b = a.body().getBytes(StandardCharsets.UTF_8);
        if (!a.contentType().isEmpty()) ex.getResponseHeaders().set("Content-Type", a.contentType());
        a.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        ex.sendResponseHeaders(a.status(), b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(b);
            }
        }
    }

    private static void respondStalled(HttpExchange ex, int status, String body, Duration stall) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(b, 0, b.length / 2);
            os.flush();
            Thread.sleep(stall.toMillis());
            os.write(b, b.length / 2, b.length - b.length / 2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up on the stalled body
        }
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(b);
            }
        }
    }

    // ---------------------------------------------------------------- matching engine (called under lock)

    static long micros(String dollars) {
        return Dollars.parse(dollars).units() / 100;
    }

    static long hundredths(String count) {
        return Contracts.parse(count).hundredths();
    }

    /** Micro-dollars as a wire dollar string with at least 4 decimals. */
    public static String px(long micros) {
        String s = Dollars.ofMicros(micros).toBigDecimal().toPlainString();
        java.math.BigDecimal d = new java.math.BigDecimal(s);
        return d.setScale(Math.max(4, d.scale())).toPlainString();
    }

    /** Hundredths as a wire count string ("10.00"). */
    public static String fp(long hundredths) {
        return Contracts.ofHundredths(hundredths).toString();
    }

    /**
     * Submits an order: {@code bid} buys YES at {@code yesPrice} or better (hits NO bids ≥ 1 − p),
     * {@code ask} sells YES (hits YES bids ≥ p). Returns the order after matching.
     */
    FakeOrder submit(String ticker, String clientOrderId, boolean bid, long yesPrice, long count, String tif, boolean postOnly) {
        return submit(ticker, clientOrderId, bid, yesPrice, count, tif, postOnly, null);
    }

    /** {@link #submit} of an order that joins {@code orderGroupId} (null: none) before it matches. */
    FakeOrder submit(String ticker, String clientOrderId, boolean bid, long yesPrice, long count, String tif, boolean postOnly, String orderGroupId) {
        return submit(ticker, clientOrderId, bid, yesPrice, count, tif, postOnly, orderGroupId, null);
    }

    /**
     * {@link #submit} with the account's self-trade prevention: when the order would trade against one
     * of the account's own resting orders, {@code taker_at_cross} cancels the rest of the incoming
     * order there, {@code maker} cancels the resting order and matching goes on (as Kalshi does).
     * {@code null}: an order of another member (anonymous takers), which may trade with ours.
     */
    FakeOrder submit(String ticker, String clientOrderId, boolean bid, long yesPrice, long count, String tif, boolean postOnly, String orderGroupId,
                     String selfTradePrevention) {
        FakeBook b = fakeBook(ticker);
        FakeOrder o = new FakeOrder(UUID.randomUUID().toString(), clientOrderId, ticker, bid, yesPrice, count);
        o.orderGroupId = orderGroupId;
        o.selfTradePrevention = selfTradePrevention;
        o.createdMs = System.currentTimeMillis();
        orders.put(o.orderId, o);
        Side opp = bid ? Side.NO : Side.YES;
        long oppLimit = bid ? ONE - yesPrice : yesPrice; // opposite-side bid prices >= this cross
        boolean crosses = b.bestBid(opp) >= oppLimit && b.bestBid(opp) > 0;
        if (postOnly && crosses) {
            o.status = "canceled";
            o.remaining = 0;
            ws.publishUserOrder(o);
            return o;
        }
        if ("fill_or_kill".equals(tif) && b.available(opp, oppLimit) < count) {
            o.status = "canceled";
            o.remaining = 0;
            ws.publishUserOrder(o);
            return o;
        }
        NavigableMap<Long, FakeBook.Level> oppLevels = b.side(opp).descendingMap();
        boolean selfCross = false;
        for (Iterator<Map.Entry<Long, FakeBook.Level>> it = oppLevels.entrySet().iterator(); it.hasNext() && o.remaining > 0 && !selfCross; ) {
            Map.Entry<Long, FakeBook.Level> e = it.next();
            long levelPrice = e.getKey();
            if (levelPrice < oppLimit) break;
            FakeBook.Level lvl = e.getValue();
            long tradeYes = bid ? ONE - levelPrice : levelPrice; // the resting order's price
            long before = lvl.total();
            long take = Math.min(o.remaining, lvl.anonymous);
            if (take > 0) {
                lvl.anonymous -= take;
                execute(o, take, tradeYes, true);
            }
            while (o.remaining > 0 && !lvl.orders.isEmpty()) {
                FakeOrder maker = lvl.orders.peekFirst();
                if (o.selfTradePrevention != null && maker.selfTradePrevention != null) { // both the account's own
                    if ("maker".equals(o.selfTradePrevention)) {
                        maker.remaining = 0;
                        maker.status = "canceled";
                        lvl.orders.pollFirst();
                        ws.publishUserOrder(maker);
                        continue;
                    }
                    selfCross = true; // taker_at_cross: the incoming order's rest is canceled here
                    break;
                }
                long q = Math.min(o.remaining, maker.remaining);
                execute(o, q, tradeYes, true);
                execute(maker, q, tradeYes, false);
                if (maker.remaining == 0) {
                    maker.status = "executed";
                    lvl.orders.pollFirst();
                }
                ws.publishUserOrder(maker);
            }
            long change = lvl.total() - before;
            if (lvl.total() == 0) it.remove();
            if (change != 0) ws.publishDelta(ticker, opp, levelPrice, change, null);
        }
        if (selfCross) {
            o.remaining = 0;
            o.status = "canceled";
        }
        if (o.remaining > 0) {
            if ("good_till_canceled".equals(tif)) {
                Side own = bid ? Side.YES : Side.NO;
                long ownPrice = bid ? yesPrice : ONE - yesPrice;
                b.level(own, ownPrice).orders.addLast(o);
                ws.publishDelta(ticker, own, ownPrice, o.remaining, o.clientOrderId);
            } else {
                o.remaining = 0;
                o.status = o.filled > 0 ? "executed" : "canceled";
                if (o.filled > 0 && o.filled < o.initial) o.status = "canceled";
            }
        }
        if (o.remaining == 0 && o.filled == o.initial) o.status = "executed";
        ws.publishUserOrder(o);
        return o;
    }

    private void execute(FakeOrder o, long q, long tradeYesPrice, boolean taker) {
        o.remaining -= q;
        o.filled += q;
        FakeOrderGroups.noteFill(this, o, q);
        // the order's own side: bid = YES buyer at tradeYes; ask = buys NO at 1 - tradeYes
        long sidePrice = o.bid ? tradeYesPrice : ONE - tradeYesPrice;
        long costUnits = Contracts.ofHundredths(q).times(Price.ofMicros(sidePrice)).units();
        long feeUnits = taker ? fees.takerFee(Price.ofMicros(sidePrice), Contracts.ofHundredths(q)).units() : 0;
        o.costUnits += costUnits;
        o.feeUnits += feeUnits;
        balanceUnits -= costUnits + feeUnits;
        long signed = o.bid ? q : -q;
        // Kalshi's market_exposure is the cost of the position held now: a fill on the other side closes part of it (the
        // closed share of its cost goes) and may open the other side at this fill's price; before, every fill added up
        long before = positions.getOrDefault(o.ticker, 0L);
        long heldCost = positionCostUnits.getOrDefault(o.ticker, 0L);
        if (o.clientOrderId.startsWith("anon-")) {
            signed = 0; // another trader's order (anonymousTaker): not this account's position
        } else if (before == 0 || Long.signum(before) == Long.signum(signed)) {
            heldCost += costUnits;
        } else {
            long closed = Math.min(Math.abs(before), q);
            heldCost -= Math.multiplyExact(heldCost, closed) / Math.abs(before);
            long opened = q - closed;
            if (opened > 0) heldCost = Math.multiplyExact(costUnits, opened) / q;
        }
        if (signed != 0) {
            positions.merge(o.ticker, signed, Long::sum);
            positionCostUnits.put(o.ticker, heldCost);
        }
        ObjectNode f = mapper.createObjectNode();
        String fillId = UUID.randomUUID().toString();
        f.put("fill_id", fillId).put("trade_id", fillId).put("order_id", o.orderId).put("ticker", o.ticker).put("market_ticker", o.ticker)
                .put("side", o.bid ? "yes" : "no").put("action", "buy").put("outcome_side", o.bid ? "yes" : "no")
                .put("book_side", o.bid ? "bid" : "ask").put("count_fp", fp(q)).put("yes_price_dollars", px(tradeYesPrice))
                .put("no_price_dollars", px(ONE - tradeYesPrice)).put("is_taker", taker)
                .put("fee_cost", Dollars.ofUnits(feeUnits).toBigDecimal().setScale(4, java.math.RoundingMode.UNNECESSARY).toPlainString())
                .put("created_time", Instant.now().toString()).put("ts", Instant.now().getEpochSecond()).put("subaccount_number", 0);
        fills.add(f);
        if (taker) {
            ObjectNode t = mapper.createObjectNode();
            t.put("trade_id", fillId).put("ticker", o.ticker).put("count_fp", fp(q)).put("yes_price_dollars", px(tradeYesPrice))
                    .put("no_price_dollars", px(ONE - tradeYesPrice)).put("taker_side", o.bid ? "yes" : "no")
                    .put("taker_outcome_side", o.bid ? "yes" : "no").put("taker_book_side", o.bid ? "bid" : "ask")
                    .put("is_block_trade", false).put("created_time", Instant.now().toString());
            trades.add(t);
            ws.publishTrade(t);
        }
        ObjectNode wsFill = f.deepCopy();
        wsFill.put("client_order_id", o.clientOrderId).put("ts_ms", System.currentTimeMillis());
        ws.publishFill(wsFill);
    }

    /** Removes the remaining quantity of a resting order from the book; returns the quantity removed. */
    long cancel(FakeOrder o) {
        if (!"resting".equals(o.status)) return 0;
        long removed = reduce(o, o.remaining);
        o.status = "canceled";
        ws.publishUserOrder(o);
        return removed;
    }

    long reduce(FakeOrder o, long by) {
        long q = Math.min(by, o.remaining);
        if (q <= 0) return 0;
        FakeBook b = fakeBook(o.ticker);
        Side own = o.bid ? Side.YES : Side.NO;
        long ownPrice = o.bid ? o.yesPrice : ONE - o.yesPrice;
        o.remaining -= q;
        if (o.remaining == 0) {
            b.level(own, ownPrice).orders.remove(o);
            if (!"executed".equals(o.status)) o.status = "canceled";
        }
        b.cleanup(own, ownPrice);
        ws.publishDelta(o.ticker, own, ownPrice, -q, o.clientOrderId);
        return q;
    }

    /** Resting order of the book. */
    static final class FakeOrder {
        final String orderId;
        final String clientOrderId;
        final String ticker;
        final boolean bid;
        long yesPrice;
        long initial;
        long remaining;
        long filled;
        long costUnits;
        long feeUnits;
        long createdMs;
        String orderGroupId;
        /** The account's orders carry their self-trade prevention type; other members' orders null. */
        String selfTradePrevention;
        String status = "resting";

        FakeOrder(String orderId, String clientOrderId, String ticker, boolean bid, long yesPrice, long count) {
            this.orderId = orderId;
            this.clientOrderId = clientOrderId;
            this.ticker = ticker;
            this.bid = bid;
            this.yesPrice = yesPrice;
            this.initial = count;
            this.remaining = count;
        }

        ObjectNode toJson(ObjectMapper m) {
            ObjectNode o = m.createObjectNode();
            o.put("order_id", orderId).put("user_id", "fake-user").put("client_order_id", clientOrderId).put("ticker", ticker)
                    .put("side", bid ? "yes" : "no").put("action", "buy").put("outcome_side", bid ? "yes" : "no")
                    .put("book_side", bid ? "bid" : "ask").put("type", "limit").put("status", status)
                    .put("yes_price_dollars", px(yesPrice)).put("no_price_dollars", px(ONE - yesPrice))
                    .put("fill_count_fp", fp(filled)).put("remaining_count_fp", fp(remaining)).put("initial_count_fp", fp(initial))
                    .put("taker_fill_cost_dollars", Dollars.ofUnits(costUnits).toBigDecimal().setScale(Math.max(4, Dollars.ofUnits(costUnits).toBigDecimal().scale())).toPlainString())
                    .put("maker_fill_cost_dollars", "0.0000")
                    .put("taker_fees_dollars", Dollars.ofUnits(feeUnits).toBigDecimal().setScale(Math.max(4, Dollars.ofUnits(feeUnits).toBigDecimal().scale())).toPlainString())
                    .put("maker_fees_dollars", "0.0000").putNull("expiration_time")
                    .put("created_time", Instant.ofEpochMilli(createdMs).toString()).put("last_update_time", Instant.now().toString())
                    .put("self_trade_prevention_type", selfTradePrevention).put("order_group_id", orderGroupId).put("cancel_order_on_pause", false)
                    .put("subaccount_number", 0).put("exchange_index", 0);
            return o;
        }
    }

    /** One market's book: anonymous liquidity plus resting orders per level; NO in NO-leg prices. */
    static final class FakeBook {
        final String ticker;
        final TreeMap<Long, Level> yes = new TreeMap<>();
        final TreeMap<Long, Level> no = new TreeMap<>();

        FakeBook(String ticker) {
            this.ticker = ticker;
        }

        static final class Level {
            long anonymous;
            final ArrayDeque<FakeOrder> orders = new ArrayDeque<>();

            long total() {
                long t = anonymous;
                for (FakeOrder o : orders) t += o.remaining;
                return t;
            }
        }

        TreeMap<Long, Level> side(Side s) {
            return s == Side.YES ? yes : no;
        }

        Level level(Side s, long price) {
            if (price <= 0 || price >= ONE) throw new IllegalArgumentException("price out of range: " + price);
            return side(s).computeIfAbsent(price, p -> new Level());
        }

        void cleanup(Side s, long price) {
            Level l = side(s).get(price);
            if (l != null && l.total() == 0) side(s).remove(price);
        }

        long bestBid(Side s) {
            TreeMap<Long, Level> m = side(s);
            return m.isEmpty() ? 0 : m.lastKey();
        }

        long available(Side s, long minPrice) {
            long t = 0;
            for (Level l : side(s).tailMap(minPrice, true).values()) t += l.total();
            return t;
        }

        OrderBook toOrderBook() {
            OrderBook b = new OrderBook(ticker);
            yes.forEach((p, l) -> b.setLevel(Side.YES, p, l.total()));
            no.forEach((p, l) -> b.setLevel(Side.NO, p, l.total()));
            return b;
        }

        ArrayNode levels(ObjectMapper m, Side s, boolean yesScale) {
            ArrayNode a = m.createArrayNode();
            TreeMap<Long, Level> src = side(s);
            if (yesScale && s == Side.NO) {
                for (Map.Entry<Long, Level> e : src.descendingMap().entrySet()) a.addArray().add(px(ONE - e.getKey())).add(fp(e.getValue().total()));
            } else {
                for (Map.Entry<Long, Level> e : src.entrySet()) a.addArray().add(px(e.getKey())).add(fp(e.getValue().total()));
            }
            return a;
        }
    }

    /** The throwaway RSA key of {@code auth_test_vectors.json} (never a real credential). */
    public static final class TestKey {
        public static final String KEY_ID = "a952bcbe-ec3b-4b5b-b8f9-11dae589608c";

        private TestKey() {}

        static JsonNode vectors() {
            try {
                return new ObjectMapper().readTree(SharedData.kalshiText("auth_test_vectors.json"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        public static PublicKey publicKey() {
            String pem = vectors().path("public_key_pem").asText();
            String b64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            try {
                return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(b64)));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        public static String pem(boolean pkcs1) {
            return vectors().path(pkcs1 ? "private_key_pem_pkcs1" : "private_key_pem_pkcs8").asText();
        }

        /** Writes the key PEM with mode 600 (POSIX) into {@code dir}. */
        public static Path write(Path dir, boolean pkcs1) {
            try {
                Path p = dir.resolve(pkcs1 ? "kalshi-test-pkcs1.pem" : "kalshi-test-pkcs8.pem");
                Files.writeString(p, pem(pkcs1));
                try {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // non-POSIX file system
                }
                return p;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
