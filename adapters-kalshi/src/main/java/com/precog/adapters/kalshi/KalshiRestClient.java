package com.precog.adapters.kalshi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.kalshi.KalshiModels.Balance;
import com.precog.adapters.kalshi.KalshiModels.BatchItem;
import com.precog.adapters.kalshi.KalshiModels.Event;
import com.precog.adapters.kalshi.KalshiModels.ExchangeStatus;
import com.precog.adapters.kalshi.KalshiModels.MarketQuote;
import com.precog.adapters.kalshi.KalshiModels.OrderAck;
import com.precog.adapters.kalshi.KalshiModels.Position;
import com.precog.adapters.kalshi.KalshiModels.Series;
import com.precog.adapters.kalshi.KalshiModels.Settlement;
import com.precog.adapters.kalshi.KalshiModels.Trade;
import com.precog.domain.market.Market;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.MarketOutcome;
import com.precog.domain.market.Side;
import com.precog.domain.market.TickLadder;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.OrderState;
import com.precog.domain.order.OrderStatus;
import com.precog.domain.order.TimeInForce;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Typed Kalshi Trade API v2 REST client: every documented endpoint Precog uses, answers parsed
 * from the fixed-point strings into exact domain values. Lists follow the cursor to the end.
 * Order entry uses only the V2 endpoints under {@code /portfolio/events/orders}. Thread-safe.
 */
public final class KalshiRestClient {
    static final int PAGE_LIMIT = 1000;
    private static final int MAX_PAGES = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(KalshiRestClient.class);
    /** Keys of what is logged once per process: unknown statuses, unreadable foreign orders, inexact fee multipliers. */
    private static final Set<String> LOGGED_ONCE = ConcurrentHashMap.newKeySet();
    private static final Set<String> APPROXIMATED_FEE_TYPES = ConcurrentHashMap.newKeySet();
    private final KalshiHttp http;
    private final FeeSchedule generalFees;
    private volatile String entryOrderGroupId;

    KalshiRestClient(KalshiHttp http) {
        this(http, FeeSchedule.withMakerFees());
    }

    KalshiRestClient(KalshiHttp http, FeeSchedule generalFees) {
        this.http = Objects.requireNonNull(http, "http");
        this.generalFees = Objects.requireNonNull(generalFees, "generalFees");
    }

    /** The General Trading Fees coefficients series schedules are built from. */
    FeeSchedule generalFees() {
        return generalFees;
    }

    /** True when requests are signed (portfolio and order endpoints need it). */
    public boolean authenticated() {
        return http.authenticated();
    }

    /** 429 answers received (and retried) so far. */
    public long rateLimitedCount() {
        return http.rateLimitedCount();
    }

    /** HTTP attempts made so far. */
    public long requestCount() {
        return http.requestCount();
    }

    // ---------------------------------------------------------------- market data

    public ExchangeStatus exchangeStatus() {
        JsonNode j = http.get("/exchange/status", Map.of(), RateTier.DEFAULT_COST);
        return new ExchangeStatus(j.path("exchange_active").asBoolean(false), j.path("trading_active").asBoolean(false),
                Wire.instant(j, "exchange_estimated_resume_time"));
    }

    public List<Series> series(String category) {
        Map<String, String> q = new LinkedHashMap<>();
        if (category != null && !category.isBlank()) q.put("category", category);
        JsonNode j = http.get("/series", q, RateTier.DEFAULT_COST);
        List<Series> out = new ArrayList<>();
        JsonNode arr = j.path("series");
        if (arr.isArray()) arr.forEach(s -> out.add(toSeries(s, generalFees)));
        else if (arr.isObject()) out.add(toSeries(arr, generalFees));
        return out;
    }

    public Series seriesByTicker(String seriesTicker) {
        JsonNode j = http.get("/series/" + pathSegment(seriesTicker, "seriesTicker"), Map.of(), RateTier.DEFAULT_COST);
        return toSeries(j.path("series"), generalFees);
    }

    public List<Event> events(String seriesTicker, String status) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("limit", "200");
        if (seriesTicker != null && !seriesTicker.isBlank()) q.put("series_ticker", seriesTicker);
        if (status != null && !status.isBlank()) q.put("status", status);
        List<Event> out = new ArrayList<>();
        paginate("/events", q, "events", e -> out.add(new Event(Wire.text(e, "event_ticker"), Wire.text(e, "series_ticker"),
                Wire.text(e, "title"), Wire.text(e, "sub_title"))));
        return out;
    }

    /** Markets (multivariate combos excluded), following the cursor to the end. Null filters are omitted. */
    public List<MarketQuote> markets(String seriesTicker, String status, String eventTicker, Function<String, FeeSchedule> feesBySeries) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("limit", Integer.toString(PAGE_LIMIT));
        q.put("mve_filter", "exclude");
        if (seriesTicker != null && !seriesTicker.isBlank()) q.put("series_ticker", seriesTicker);
        if (status != null && !status.isBlank()) q.put("status", status);
        if (eventTicker != null && !eventTicker.isBlank()) q.put("event_ticker", eventTicker);
        List<MarketQuote> out = new ArrayList<>();
        paginate("/markets", q, "markets", m -> out.add(toMarketQuote(m, feesBySeries)));
        return out;
    }

    public List<MarketQuote> markets(String seriesTicker, String status) {
        return markets(seriesTicker, status, null, s -> FeeSchedule.standard());
    }

    public MarketQuote market(String ticker, Function<String, FeeSchedule> feesBySeries) {
        JsonNode j = http.get("/markets/" + pathSegment(ticker, "ticker"), Map.of(), RateTier.DEFAULT_COST);
        return toMarketQuote(j.path("market"), feesBySeries);
    }

    public MarketQuote market(String ticker) {
        return market(ticker, s -> FeeSchedule.standard());
    }

    /**
     * How a determined market resolved, from {@code GET /markets/{ticker}}: its {@code result} and
     * {@code settlement_value_dollars} ({@link KalshiModels#outcome}) once the status is {@code determined},
     * {@code amended}, {@code finalized} or {@code settled}. Empty while the market is open or closed and
     * while the result is disputed. A market Kalshi has archived (settled before the historical cutoff,
     * e.g. while the daemon was down for long: {@code /markets/{ticker}} answers 404) is read from
     * {@code GET /historical/markets/{ticker}}.
     *
     * @throws KalshiApiException 404 when neither knows the market
     */
    public Optional<MarketOutcome> marketOutcome(String ticker) {
        String path = pathSegment(ticker, "ticker");
        JsonNode m;
        try {
            m = http.get("/markets/" + path, Map.of(), RateTier.DEFAULT_COST).path("market");
        } catch (KalshiApiException e) {
            if (e.status() != 404) throw e;
            try {
                m = http.get("/historical/markets/" + path, Map.of(), RateTier.DEFAULT_COST).path("market");
            } catch (KalshiApiException archived) {
                if (archived.status() == 404) throw e; // unknown in both: the live answer
                throw archived;
            }
        }
        String status = Wire.text(m, "status").toLowerCase(Locale.ROOT);
        if (!List.of("determined", "amended", "finalized", "settled").contains(status)) return Optional.empty();
        String value = Wire.text(m, "settlement_value_dollars");
        return KalshiModels.outcome(Wire.text(m, "result"), value.isEmpty() ? Optional.empty() : Optional.of(Dollars.parse(value)));
    }

    /** The book (all levels); YES and NO bids, NO in NO-leg prices, best bid last. */
    public OrderBook orderbook(String ticker) {
        JsonNode j = http.get("/markets/" + pathSegment(ticker, "ticker") + "/orderbook", Map.of("depth", "0"), RateTier.DEFAULT_COST);
        JsonNode ob = j.path("orderbook_fp");
        OrderBook book = new OrderBook(ticker);
        fillSide(book, Side.YES, ob.path("yes_dollars"));
        fillSide(book, Side.NO, ob.path("no_dollars"));
        return book;
    }

    private static void fillSide(OrderBook book, Side side, JsonNode levels) {
        if (!levels.isArray()) return;
        for (JsonNode lvl : levels) {
            long price = Dollars.parse(lvl.path(0).asText()).units() / 100;
            long qty = Contracts.parse(lvl.path(1).asText()).hundredths();
            book.setLevel(side, price, qty);
        }
    }

    public List<Trade> trades(String ticker, int limit) {
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("limit must be within [1, 1000], was " + limit);
        Map<String, String> q = new LinkedHashMap<>();
        q.put("limit", Integer.toString(limit));
        if (ticker != null && !ticker.isBlank()) q.put("ticker", ticker);
        JsonNode j = http.get("/markets/trades", q, RateTier.DEFAULT_COST);
        List<Trade> out = new ArrayList<>();
        for (JsonNode t : j.path("trades")) {
            String taker = Wire.text(t, "taker_outcome_side").isEmpty() ? Wire.text(t, "taker_side") : Wire.text(t, "taker_outcome_side");
            out.add(new Trade(Wire.text(t, "trade_id"), Wire.text(t, "ticker"), Wire.requiredPrice(t, "yes_price_dollars"),
                    Wire.contracts(t, "count_fp"), taker.isEmpty() ? Side.YES : Side.parse(taker),
                    Wire.instant(t, "created_time").orElse(Instant.EPOCH)));
        }
        return out;
    }

    // ---------------------------------------------------------------- portfolio

    public Balance balance() {
        JsonNode j = http.get("/portfolio/balance", Map.of(), RateTier.DEFAULT_COST);
        Dollars balance = Wire.text(j, "balance_dollars").isEmpty() ? Dollars.ofCents(j.path("balance").asLong()) : Wire.dollars(j, "balance_dollars");
        Optional<Instant> updated = j.has("updated_ts") ? Optional.of(Instant.ofEpochSecond(j.path("updated_ts").asLong())) : Optional.empty();
        return new Balance(balance, Dollars.ofCents(j.path("portfolio_value").asLong()), updated);
    }

    public List<Position> positions() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("limit", Integer.toString(PAGE_LIMIT));
        List<Position> out = new ArrayList<>();
        paginate("/portfolio/positions", q, "market_positions", p -> {
            long signed = Wire.signedHundredths(p, "position_fp");
            out.add(new Position(Wire.text(p, "ticker"), signed < 0 ? Side.NO : Side.YES, Contracts.ofHundredths(Math.abs(signed)),
                    Wire.dollars(p, "market_exposure_dollars"), Wire.dollars(p, "total_traded_dollars"),
                    Wire.dollars(p, "realized_pnl_dollars"), Wire.dollars(p, "fees_paid_dollars")));
        });
        return out;
    }

    /** Orders, optionally filtered by ticker and status ({@code resting|canceled|executed}). */
    public List<OrderState> orders(String ticker, String status) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("limit", Integer.toString(PAGE_LIMIT));
        if (ticker != null && !ticker.isBlank()) q.put("ticker", ticker);
        if (status != null && !status.isBlank()) q.put("status", status);
        List<OrderState> out = new ArrayList<>();
        paginate("/portfolio/orders", q, "orders", o -> {
            try {
                out.add(toOrderState(o));
            } catch (IllegalArgumentException unreadable) {
                // an order Precog never sends (e.g. placed by hand at $1, a shape we do not know) must not hide the others;
                // one of ours that cannot be read fails the list, as before: lookups must not take it for missing
                if (ownClientId(Wire.text(o, "client_order_id")).isPresent()) throw unreadable;
                if (LOGGED_ONCE.add("unreadable-order:" + Wire.text(o, "order_id")))
                    LOG.warn("Kalshi order {} (not placed by Precog) skipped: {}", Wire.text(o, "order_id"), unreadable.getMessage());
            }
        });
        return out;
    }

    /** One order by exchange id; empty on 404. */
    public Optional<OrderState> order(String orderId) {
        try {
            JsonNode j = http.get("/portfolio/orders/" + pathSegment(orderId, "orderId"), Map.of(), RateTier.GET_ORDER_COST);
            return Optional.of(toOrderState(j.path("order")));
        } catch (KalshiApiException e) {
            if (e.status() == 404) return Optional.empty();
            throw e;
        }
    }

    /** Fills since {@code minTs} (inclusive, null = all), oldest first; {@code clientIds} maps an exchange order id to our id. */
    public List<Fill> fills(Instant minTs, Function<String, Optional<ClientOrderId>> clientIds) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("limit", Integer.toString(PAGE_LIMIT));
        if (minTs != null) q.put("min_ts", Long.toString(minTs.getEpochSecond()));
        List<Fill> out = new ArrayList<>();
        paginate("/portfolio/fills", q, "fills", f -> {
            Fill fill = toFill(f, clientIds);
            if (minTs == null || !fill.time().isBefore(minTs)) out.add(fill);
        });
        out.sort((a, b) -> a.time().compareTo(b.time()));
        return out;
    }

    public List<Settlement> settlements() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("limit", Integer.toString(PAGE_LIMIT));
        List<Settlement> out = new ArrayList<>();
        paginate("/portfolio/settlements", q, "settlements", s -> out.add(new Settlement(Wire.text(s, "ticker"), Wire.text(s, "event_ticker"),
                Wire.text(s, "market_result"), Wire.contracts(s, "yes_count_fp"), Wire.dollars(s, "yes_total_cost_dollars"),
                Wire.contracts(s, "no_count_fp"), Wire.dollars(s, "no_total_cost_dollars"), Dollars.ofCents(s.path("revenue").asLong()),
                Wire.dollars(s, "fee_cost"), Wire.instant(s, "settled_time").orElse(Instant.EPOCH),
                s.path("value").isIntegralNumber() ? Optional.of(Dollars.ofCents(s.path("value").asLong())) : Optional.empty())));
        return out;
    }

    // ---------------------------------------------------------------- V2 order entry

    /** Book side on the YES leg and YES price for a Precog order (KALSHI_API.md §3.4 mapping). */
    static String bookSide(Side side, OrderAction action) {
        boolean bid = (side == Side.YES) == (action == OrderAction.BUY);
        return bid ? "bid" : "ask";
    }

    static Price yesPrice(Side side, Price sidePrice) {
        return side.toYesPrice(sidePrice);
    }

    static String timeInForce(TimeInForce tif) {
        return switch (tif) {
            case GOOD_TILL_CANCELED -> "good_till_canceled";
            case IMMEDIATE_OR_CANCEL -> "immediate_or_cancel";
            case FILL_OR_KILL -> "fill_or_kill";
        };
    }

    ObjectNode createBody(OrderRequest r) {
        ObjectNode b = http.mapper.createObjectNode();
        b.put("ticker", r.marketTicker());
        b.put("client_order_id", r.clientOrderId().value());
        b.put("side", bookSide(r.side(), r.action()));
        b.put("count", r.count().toString());
        b.put("price", yesPrice(r.side(), r.limitPrice()).toString());
        b.put("time_in_force", timeInForce(r.timeInForce()));
        b.put("self_trade_prevention_type", "taker_at_cross");
        b.put("post_only", r.postOnly());
        b.put("reduce_only", r.reduceOnly());
        b.put("cancel_order_on_pause", false);
        String group = entryOrderGroupId;
        if (group != null && !r.reduceOnly()) b.put("order_group_id", group); // exits (reduce-only) stay outside: a trip never blocks flattening
        return b;
    }

    // ---------------------------------------------------------------- order groups (write bucket)

    /**
     * Every later order that is not reduce-only (the entries) joins this order group, so
     * triggering the group cancels them at the exchange; {@code null} stops attaching.
     */
    public void useEntryOrderGroup(String orderGroupId) {
        this.entryOrderGroupId = orderGroupId == null ? null : requireText(orderGroupId, "orderGroupId");
    }

    /** The order group entries join, if any. */
    public Optional<String> entryOrderGroup() {
        return Optional.ofNullable(entryOrderGroupId);
    }

    /** {@code POST /portfolio/order_groups/create}: a group capped at {@code contractsLimit} matched contracts per rolling 15 s; returns its id. */
    public String createOrderGroup(long contractsLimit) {
        if (contractsLimit < 1 || contractsLimit > 1_000_000) throw new IllegalArgumentException("contractsLimit must be within [1, 1000000], was " + contractsLimit);
        ObjectNode b = http.mapper.createObjectNode();
        b.put("contracts_limit", contractsLimit);
        b.put("contracts_limit_fp", contractsLimit + ".00");
        String id = Wire.text(http.write("POST", "/portfolio/order_groups/create", Map.of(), b, RateTier.DEFAULT_COST), "order_group_id");
        if (id.isEmpty()) throw new KalshiApiException(200, "malformed_response", "order group create answered without order_group_id", "");
        return id;
    }

    /** {@code PUT /portfolio/order_groups/{id}/trigger}: cancels every resting order of the group and refuses new ones until reset. */
    public void triggerOrderGroup(String orderGroupId) {
        http.write("PUT", "/portfolio/order_groups/" + pathSegment(orderGroupId, "orderGroupId") + "/trigger", Map.of(), http.mapper.createObjectNode(),
                RateTier.DEFAULT_COST);
    }

    /** {@code PUT /portfolio/order_groups/{id}/reset}: clears the triggered state and the rolling volume. */
    public void resetOrderGroup(String orderGroupId) {
        http.write("PUT", "/portfolio/order_groups/" + pathSegment(orderGroupId, "orderGroupId") + "/reset", Map.of(), http.mapper.createObjectNode(),
                RateTier.DEFAULT_COST);
    }

    /** {@code PUT /portfolio/order_groups/{id}/limit}: a new rolling 15 s contracts limit (below the current volume triggers the group). */
    public void updateOrderGroupLimit(String orderGroupId, long contractsLimit) {
        if (contractsLimit < 1 || contractsLimit > 1_000_000) throw new IllegalArgumentException("contractsLimit must be within [1, 1000000], was " + contractsLimit);
        ObjectNode b = http.mapper.createObjectNode();
        b.put("contracts_limit", contractsLimit);
        b.put("contracts_limit_fp", contractsLimit + ".00");
        http.write("PUT", "/portfolio/order_groups/" + pathSegment(orderGroupId, "orderGroupId") + "/limit", Map.of(), b, RateTier.DEFAULT_COST);
    }

    /** {@code DELETE /portfolio/order_groups/{id}}: removes the group and cancels its resting orders. */
    public void deleteOrderGroup(String orderGroupId) {
        http.write("DELETE", "/portfolio/order_groups/" + pathSegment(orderGroupId, "orderGroupId"), Map.of(), null, RateTier.DEFAULT_COST);
    }

    /** {@code GET /portfolio/order_groups/{id}}: the exchange order ids in the group. */
    public List<String> orderGroupOrders(String orderGroupId) {
        JsonNode j = http.get("/portfolio/order_groups/" + pathSegment(orderGroupId, "orderGroupId"), Map.of(), RateTier.DEFAULT_COST);
        List<String> out = new ArrayList<>();
        j.path("orders").forEach(o -> out.add(o.isTextual() ? o.asText() : Wire.text(o, "order_id")));
        return out;
    }

    /**
     * {@code POST /portfolio/events/orders}; client_order_id always set.
     *
     * @throws KalshiApiException with a 2xx status ({@code malformed_response}) when the exchange accepted the
     *         request but its answer cannot be read or names no order: the order may well exist
     */
    public OrderAck createOrder(OrderRequest r) {
        OrderAck ack = toAck(http.write("POST", "/portfolio/events/orders", Map.of(), createBody(r), RateTier.DEFAULT_COST));
        if (ack.orderId().isEmpty()) {
            throw new KalshiApiException(200, "malformed_response", "order create for " + r.clientOrderId() + " answered without order_id", "");
        }
        return ack;
    }

    /** {@code POST /portfolio/events/orders/batched}: per-item ack or error, in request order. */
    public List<BatchItem> batchCreate(List<OrderRequest> requests) {
        if (requests.isEmpty()) throw new IllegalArgumentException("requests must not be empty");
        ObjectNode body = http.mapper.createObjectNode();
        ArrayNode arr = body.putArray("orders");
        requests.forEach(r -> arr.add(createBody(r)));
        JsonNode j = http.write("POST", "/portfolio/events/orders/batched", Map.of(), body, RateTier.DEFAULT_COST * requests.size());
        return batchItems(j);
    }

    /** {@code DELETE /portfolio/events/orders/{id}?market_ticker=} (market_ticker routes sharded markets). */
    public OrderAck cancelOrder(String orderId, String marketTicker) {
        return toAck(http.write("DELETE", "/portfolio/events/orders/" + pathSegment(orderId, "orderId"),
                Map.of("market_ticker", requireText(marketTicker, "marketTicker")), null, RateTier.CANCEL_COST));
    }

    /** {@code DELETE /portfolio/events/orders/batched}; entries are order id → market ticker. */
    public List<BatchItem> batchCancel(Map<String, String> orderIdToTicker) {
        if (orderIdToTicker.isEmpty()) throw new IllegalArgumentException("orders must not be empty");
        ObjectNode body = http.mapper.createObjectNode();
        ArrayNode arr = body.putArray("orders");
        orderIdToTicker.forEach((id, t) -> arr.addObject().put("order_id", id).put("market_ticker", t));
        JsonNode j = http.write("DELETE", "/portfolio/events/orders/batched", Map.of(), body, RateTier.CANCEL_COST * orderIdToTicker.size());
        return batchItems(j);
    }

    /** {@code POST …/{id}/amend}: {@code newTotalCount} = already filled + desired remaining. */
    public OrderAck amendOrder(String orderId, String marketTicker, Side side, OrderAction action, Price sidePrice, Contracts newTotalCount,
                               ClientOrderId clientOrderId) {
        ObjectNode b = http.mapper.createObjectNode();
        b.put("ticker", requireText(marketTicker, "marketTicker"));
        b.put("side", bookSide(side, action));
        b.put("price", yesPrice(side, sidePrice).toString());
        b.put("count", newTotalCount.toString());
        b.put("client_order_id", clientOrderId.value());
        // no updated_client_order_id: the order keeps its id (the field, optional, renames it; the same id again could be
        // refused as a duplicate, and the journal finds the order by that id)
        return toAck(http.write("POST", "/portfolio/events/orders/" + pathSegment(orderId, "orderId") + "/amend", Map.of(), b, RateTier.DEFAULT_COST));
    }

    /** {@code POST …/{id}/decrease} with {@code reduce_by} and {@code market_ticker}. */
    public OrderAck decreaseOrder(String orderId, String marketTicker, Contracts reduceBy) {
        if (!reduceBy.isPositive()) throw new IllegalArgumentException("reduceBy must be positive, was " + reduceBy);
        ObjectNode b = http.mapper.createObjectNode();
        b.put("reduce_by", reduceBy.toString());
        b.put("market_ticker", requireText(marketTicker, "marketTicker"));
        return toAck(http.write("POST", "/portfolio/events/orders/" + pathSegment(orderId, "orderId") + "/decrease", Map.of(), b, RateTier.DEFAULT_COST));
    }

    // ---------------------------------------------------------------- mapping

    private void paginate(String path, Map<String, String> query, String arrayField, java.util.function.Consumer<JsonNode> each) {
        Map<String, String> q = new LinkedHashMap<>(query);
        Set<String> seen = new java.util.HashSet<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode j = http.get(path, q, RateTier.DEFAULT_COST);
            JsonNode arr = j.path(arrayField);
            if (arr.isArray()) arr.forEach(each);
            String cursor = Wire.text(j, "cursor"); // absent, null and "" all end the list
            if (cursor.isEmpty()) return;
            if (!seen.add(cursor)) { // a cursor that does not advance would re-read the same pages until MAX_PAGES
                throw new KalshiApiException(200, "pagination_loop", path + " returned cursor '" + cursor + "' a second time", "");
            }
            q.put("cursor", cursor);
        }
        throw new KalshiApiException(200, "pagination_runaway", path + " returned more than " + MAX_PAGES + " pages", "");
    }

    private List<BatchItem> batchItems(JsonNode j) {
        List<BatchItem> out = new ArrayList<>();
        for (JsonNode item : j.path("orders")) {
            JsonNode err = item.get("error");
            if (err != null && !err.isNull()) {
                out.add(new BatchItem(Optional.empty(), Optional.of(KalshiHttp.apiError(400, err.path("error").isObject() ? err : item))));
            } else {
                out.add(new BatchItem(Optional.of(toAck(item)), Optional.empty()));
            }
        }
        return out;
    }

    static OrderAck toAck(JsonNode j) {
        Optional<Dollars> fee = Wire.text(j, "average_fee_paid").isEmpty() ? Optional.empty() : Optional.of(Wire.dollars(j, "average_fee_paid"));
        return new OrderAck(Wire.text(j, "order_id"), Wire.text(j, "client_order_id"), Wire.contracts(j, "fill_count"),
                Wire.contracts(j, "remaining_count"), Wire.price(j, "average_fill_price"), fee, Wire.contracts(j, "reduced_by"),
                j.path("ts_ms").asLong(0));
    }

    static Series toSeries(JsonNode s) {
        return toSeries(s, FeeSchedule.withMakerFees());
    }

    /**
     * A series with its fee schedule: the General Trading Fees coefficients {@code general} — its maker
     * coefficient only when {@code fee_type} is {@code quadratic_with_maker_fees}, else maker 0 — times
     * the series' {@code fee_multiplier}.
     */
    static Series toSeries(JsonNode s, FeeSchedule general) {
        String feeType = Wire.text(s, "fee_type");
        if (!feeType.isEmpty() && !feeType.equals("quadratic") && !feeType.equals("quadratic_with_maker_fees") && APPROXIMATED_FEE_TYPES.add(feeType)) {
            // 'flat' follows Kalshi's Specific Trading Fees Table, which the API does not state
            LOG.warn("series fee_type '{}' (e.g. {}) is priced as the quadratic taker fee times fee_multiplier: an approximation, "
                    + "check Kalshi's fee schedule before trading it", feeType, Wire.text(s, "ticker"));
        }
        FeeSchedule base = "quadratic_with_maker_fees".equals(feeType) ? general : general.withoutMakerFee();
        FeeSchedule fees = scaled(base, s.path("fee_multiplier"));
        return new Series(Wire.text(s, "ticker"), Wire.text(s, "title"), Wire.text(s, "category"), Wire.text(s, "frequency"), feeType, fees);
    }

    /**
     * The series' {@code fee_multiplier} applied to both coefficients (exact decimal product); absent or null means 1.
     * A product with more than the coefficient's 6 places is rounded up (logged once per multiplier): a fee estimated
     * high never makes an edge look better than it is, nor paper cash richer; Kalshi's observed multipliers are 1.
     *
     * @throws IllegalArgumentException if the multiplier is not a non-negative number
     */
    static FeeSchedule scaled(FeeSchedule base, JsonNode multiplier) {
        if (multiplier.isMissingNode() || multiplier.isNull()) return base;
        BigDecimal m;
        try {
            m = new BigDecimal(multiplier.asText());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fee_multiplier '" + multiplier.asText() + "' is not a number");
        }
        if (m.signum() < 0) throw new IllegalArgumentException("fee_multiplier must not be negative, was " + m.toPlainString());
        if (m.compareTo(BigDecimal.ONE) == 0) return base;
        return new FeeSchedule(times(base.takerCoefficientMillionths(), m), times(base.makerCoefficientMillionths(), m));
    }

    private static long times(long millionths, BigDecimal m) {
        BigDecimal exact = BigDecimal.valueOf(millionths).multiply(m);
        BigDecimal up = exact.setScale(0, RoundingMode.CEILING);
        if (up.compareTo(exact) != 0 && LOGGED_ONCE.add("fee_multiplier:" + m.toPlainString()))
            LOG.warn("fee_multiplier {} gives a fee coefficient beyond 6 decimal places: rounded up to the next millionth (fees estimated slightly high, never low)",
                    m.toPlainString());
        return up.longValueExact();
    }

    /**
     * Kalshi's market {@code status} as a {@link MarketStatus}. A status this client does not know (one
     * Kalshi adds later) reads as PAUSED — neither tradable nor settled — and is logged once, so one
     * odd market does not fail a whole listing.
     */
    static MarketStatus marketStatus(String wire) {
        return switch (wire.toLowerCase(Locale.ROOT)) {
            case "initialized", "unopened" -> MarketStatus.UNOPENED;
            case "active", "open" -> MarketStatus.OPEN;
            case "inactive", "paused" -> MarketStatus.PAUSED;
            case "closed" -> MarketStatus.CLOSED;
            case "determined", "disputed", "amended", "finalized", "settled" -> MarketStatus.SETTLED;
            default -> {
                if (LOGGED_ONCE.add(wire)) LOG.warn("unknown Kalshi market status '{}': such markets are taken as paused (not traded)", wire);
                yield MarketStatus.PAUSED;
            }
        };
    }

    static String seriesOf(JsonNode m) {
        String s = Wire.text(m, "series_ticker");
        if (!s.isEmpty()) return s;
        String event = Wire.text(m, "event_ticker");
        int dash = event.indexOf('-');
        return dash > 0 ? event.substring(0, dash) : event;
    }

    static TickLadder ladder(JsonNode m) {
        JsonNode ranges = m.path("price_ranges");
        if (ranges.isArray() && !ranges.isEmpty()) {
            List<TickLadder.Range> rs = new ArrayList<>();
            for (JsonNode r : ranges) rs.add(TickLadder.Range.of(r.path("start").asText(), r.path("end").asText(), r.path("step").asText()));
            return TickLadder.of(rs);
        }
        return switch (Wire.text(m, "price_level_structure")) {
            case "tapered_deci_cent" -> TickLadder.tapered();
            case "deci_cent" -> TickLadder.uniform(1_000);
            case "center_centi_edge_centi_cent" -> TickLadder.uniform(100);
            default -> TickLadder.cent();
        };
    }

    static MarketQuote toMarketQuote(JsonNode m, Function<String, FeeSchedule> feesBySeries) {
        String series = seriesOf(m);
        String rawStatus = Wire.text(m, "status");
        Market market = new Market(Wire.text(m, "ticker"), Wire.text(m, "event_ticker"), series, Wire.text(m, "title"),
                Wire.text(m, "yes_sub_title"), marketStatus(rawStatus), Wire.instant(m, "close_time").orElse(Instant.EPOCH), ladder(m),
                feesBySeries.apply(series), m.path("fractional_trading_enabled").asBoolean(false), // absent: whole contracts only
                Wire.instant(m, "expected_expiration_time").orElse(null));
        return new MarketQuote(market, Wire.micros(m, "yes_bid_dollars"), Wire.micros(m, "yes_ask_dollars"), Wire.micros(m, "no_bid_dollars"),
                Wire.micros(m, "no_ask_dollars"), Wire.micros(m, "last_price_dollars"), Wire.contracts(m, "volume_fp"),
                Wire.contracts(m, "open_interest_fp"), rawStatus, Wire.text(m, "market_type"));
    }

    /**
     * Kalshi's order {@code status}. A status this client does not know (one Kalshi adds later) is
     * judged by the counts — open while anything remains, filled when all of it filled, else
     * canceled — and logged once, so one odd order does not fail a whole order list.
     */
    static OrderStatus orderStatus(String wire, Contracts filled, Contracts remaining, Contracts initial) {
        return switch (wire.toLowerCase(Locale.ROOT)) {
            case "resting", "pending" -> OrderStatus.RESTING;
            case "executed" -> OrderStatus.FILLED;
            case "canceled", "cancelled" -> OrderStatus.CANCELED;
            default -> {
                if (LOGGED_ONCE.add("order:" + wire)) LOG.warn("unknown Kalshi order status '{}': such orders are judged by their counts", wire);
                yield remaining.isPositive() ? OrderStatus.RESTING
                        : filled.isPositive() && filled.compareTo(initial) >= 0 ? OrderStatus.FILLED : OrderStatus.CANCELED;
            }
        };
    }

    /** Side and action of an order: legacy {@code side}/{@code action} when present, else YES bid = buy YES, ask = sell YES. */
    static Side orderSide(JsonNode o) {
        String s = Wire.text(o, "side");
        if (s.equals("yes") || s.equals("no")) return Side.parse(s);
        return Side.YES;
    }

    static OrderAction orderAction(JsonNode o) {
        String a = Wire.text(o, "action");
        if (a.equals("buy") || a.equals("sell")) return OrderAction.parse(a);
        return "ask".equals(Wire.text(o, "book_side")) || "ask".equals(Wire.text(o, "side")) ? OrderAction.SELL : OrderAction.BUY;
    }

    static OrderState toOrderState(JsonNode o) {
        Side side = orderSide(o);
        OrderAction action = orderAction(o);
        Price yes = Wire.requiredPrice(o, "yes_price_dollars");
        Price limit = side.priceFromYes(yes);
        Contracts filled = Wire.contracts(o, "fill_count_fp");
        Contracts remaining = Wire.contracts(o, "remaining_count_fp");
        Contracts initial = Wire.contracts(o, "initial_count_fp");
        if (initial.compareTo(filled.plus(remaining)) < 0) initial = filled.plus(remaining);
        OrderStatus status = orderStatus(Wire.text(o, "status"), filled, remaining, initial);
        if (status == OrderStatus.CANCELED && remaining.isPositive()) remaining = Contracts.ZERO;
        Dollars cost = Wire.dollars(o, "taker_fill_cost_dollars").plus(Wire.dollars(o, "maker_fill_cost_dollars"));
        Optional<Price> avg = Optional.empty();
        if (filled.isPositive() && cost.isPositive()) {
            long micros = (cost.units() + filled.hundredths() / 2) / filled.hundredths(); // units(1e-8) / hundredths(1e-2) = micros, half up
            if (micros > 0 && micros < Price.ONE_DOLLAR_MICROS) avg = Optional.of(Price.ofMicros(micros));
        }
        Dollars fees = Wire.dollars(o, "taker_fees_dollars").plus(Wire.dollars(o, "maker_fees_dollars"));
        ClientOrderId id = ownClientId(Wire.text(o, "client_order_id")).orElseGet(() -> exchangeClientId(Wire.text(o, "order_id")));
        // the exact value of the fills (Kalshi's fill cost totals), so a sale across price levels is booked exactly
        Dollars value = filled.isPositive() && cost.isPositive() ? cost : avg.map(filled::times).orElse(Dollars.ZERO);
        return new OrderState(id, Wire.text(o, "order_id"), Wire.text(o, "ticker"), side, action, limit, initial, filled, remaining,
                status, avg, fees, "", value);
    }

    /**
     * The client order id as a {@link ClientOrderId}; empty when there is none or when it is one
     * Precog never sends (Kalshi takes any string, so an order placed by hand or by another tool may
     * carry e.g. {@code "web:order.1"}): such an order is not ours and goes by its stand-in.
     */
    static Optional<ClientOrderId> ownClientId(String cid) {
        try {
            return cid.isEmpty() ? Optional.empty() : Optional.of(ClientOrderId.of(cid));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    /** Stand-in client id for an order or fill the exchange reports without one: {@code x-<order id>}. */
    static ClientOrderId exchangeClientId(String orderId) {
        String clean = orderId.replaceAll("[^A-Za-z0-9_-]", "");
        if (clean.isEmpty()) clean = "unknown";
        String v = "x-" + clean;
        return ClientOrderId.of(v.length() > 64 ? v.substring(0, 64) : v);
    }

    /**
     * A fill's direction. Kalshi states it twice (docs "order direction"): the legacy pair {@code side} + {@code action}
     * (deprecated) and {@code outcome_side} ({@code book_side}: bid ≡ yes, ask ≡ no), the outcome the fill made us long.
     * They are never mixed: a sale of YES is legacy (sell, yes) and outcome_side {@code no}, so "sell" with "no" would
     * reverse it. The legacy pair when both halves are there, else a purchase of the outcome side.
     */
    static Fill toFill(JsonNode f, Function<String, Optional<ClientOrderId>> clientIds) {
        String legacySide = Wire.text(f, "side");
        String legacyAction = Wire.text(f, "action");
        Side side;
        OrderAction action;
        if ((legacySide.equals("yes") || legacySide.equals("no")) && (legacyAction.equals("buy") || legacyAction.equals("sell"))) {
            side = Side.parse(legacySide);
            action = OrderAction.parse(legacyAction);
        } else {
            String outcome = Wire.text(f, "outcome_side");
            String book = Wire.text(f, "book_side");
            side = outcome.equals("yes") || outcome.equals("no") ? Side.parse(outcome)
                    : book.equals("ask") ? Side.NO : book.equals("bid") ? Side.YES
                    : legacySide.equals("no") ? Side.NO : Side.YES;
            action = OrderAction.BUY;
        }
        Price price = side == Side.YES ? Wire.requiredPrice(f, "yes_price_dollars")
                : Wire.price(f, "no_price_dollars").orElseGet(() -> Wire.requiredPrice(f, "yes_price_dollars").complement());
        String orderId = Wire.text(f, "order_id");
        ClientOrderId id = ownClientId(Wire.text(f, "client_order_id")).or(() -> clientIds.apply(orderId)).orElseGet(() -> exchangeClientId(orderId));
        String fillId = Wire.text(f, "fill_id").isEmpty() ? Wire.text(f, "trade_id") : Wire.text(f, "fill_id");
        String ticker = Wire.text(f, "market_ticker").isEmpty() ? Wire.text(f, "ticker") : Wire.text(f, "market_ticker");
        Instant time = Wire.instant(f, "created_time").orElseGet(() -> Instant.ofEpochSecond(f.path("ts").asLong()));
        return new Fill(fillId, id, orderId, ticker, side, action, price, Wire.contracts(f, "count_fp"),
                f.path("is_taker").asBoolean(true) ? Liquidity.TAKER : Liquidity.MAKER, Wire.dollars(f, "fee_cost"), time);
    }

    private static String requireText(String s, String name) {
        if (s == null || s.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
        return s;
    }

    private static String pathSegment(String s, String name) {
        return URLEncoder.encode(requireText(s, name), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
