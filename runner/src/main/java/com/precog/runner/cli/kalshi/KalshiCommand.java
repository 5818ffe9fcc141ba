package com.precog.runner.cli.kalshi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.kalshi.KalshiAdapter;
import com.precog.adapters.kalshi.KalshiApiException;
import com.precog.adapters.kalshi.KalshiModels;
import com.precog.adapters.kalshi.KalshiSettings;
import com.precog.adapters.kalshi.KalshiTransportException;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.money.Dollars;
import com.precog.domain.order.OrderState;
import com.precog.runner.cli.ExitCodes;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/**
 * {@code precog kalshi …}: read-only queries against Kalshi (demo by default). Hosts and
 * credentials come from {@code KALSHI_ENV}, {@code KALSHI_API_BASE_URL}, {@code KALSHI_WS_URL},
 * {@code KALSHI_API_KEY_ID}, {@code KALSHI_PRIVATE_KEY_PATH}, {@code KALSHI_RATE_TIER} (or the
 * matching options). {@code --json} prints one JSON document on stdout with exact decimal strings.
 */
@Command(name = "kalshi", mixinStandardHelpOptions = true,
        description = "Query Kalshi: exchange status, series, markets, books, balance, positions, orders, fills, settlements.",
        subcommands = {KalshiCommand.Status.class, KalshiCommand.SeriesCmd.class, KalshiCommand.Markets.class, KalshiCommand.MarketCmd.class,
                KalshiCommand.Orderbook.class, KalshiCommand.BalanceCmd.class, KalshiCommand.Positions.class, KalshiCommand.Orders.class,
                KalshiCommand.Fills.class, KalshiCommand.Settlements.class})
public final class KalshiCommand implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--env", scope = ScopeType.INHERIT, defaultValue = "${env:KALSHI_ENV}", description = "demo (default) or prod")
    String env;
    @Option(names = "--api-base-url", scope = ScopeType.INHERIT, defaultValue = "${env:KALSHI_API_BASE_URL}", description = "REST base URL override")
    String baseUrl;
    @Option(names = "--ws-url", scope = ScopeType.INHERIT, defaultValue = "${env:KALSHI_WS_URL}", description = "WebSocket URL override")
    String wsUrl;
    @Option(names = "--key-id", scope = ScopeType.INHERIT, defaultValue = "${env:KALSHI_API_KEY_ID}", description = "API key id (default $KALSHI_API_KEY_ID)")
    String keyId;
    @Option(names = "--key-file", scope = ScopeType.INHERIT, defaultValue = "${env:KALSHI_PRIVATE_KEY_PATH}", description = "PEM private key (default $KALSHI_PRIVATE_KEY_PATH)")
    String keyFile;
    @Option(names = "--tier", scope = ScopeType.INHERIT, defaultValue = "${env:KALSHI_RATE_TIER}", description = "rate-limit tier (basic default)")
    String tier;
    @Option(names = "--json", scope = ScopeType.INHERIT, description = "print JSON only")
    boolean json;

    @Override
    public Integer call() {
        return com.precog.runner.cli.CommandGroups.missingSubcommand(spec);
    }

    KalshiSettings settings() {
        Map<String, String> m = new HashMap<>();
        put(m, "KALSHI_ENV", env);
        put(m, "KALSHI_API_BASE_URL", baseUrl);
        put(m, "KALSHI_WS_URL", wsUrl);
        put(m, "KALSHI_API_KEY_ID", keyId);
        put(m, "KALSHI_PRIVATE_KEY_PATH", keyFile);
        put(m, "KALSHI_RATE_TIER", tier);
        return KalshiSettings.fromEnvironment(m);
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) m.put(k, v);
    }

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Shared behaviour of the subcommands: build the adapter, run, map failures to exit codes. */
    abstract static class Base implements Callable<Integer> {
        @CommandLine.ParentCommand
        KalshiCommand parent;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        boolean needsCredentials() {
            return false;
        }

        abstract void execute(KalshiAdapter kalshi, PrintWriter out, boolean json) throws Exception;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            KalshiSettings s = parent.settings();
            if (needsCredentials() && !s.authenticated()) {
                err.println("precog: 'kalshi " + spec.name() + "' needs credentials: set KALSHI_API_KEY_ID and KALSHI_PRIVATE_KEY_PATH");
                return ExitCodes.BAD_INPUT;
            }
            KalshiAdapter kalshi = KalshiAdapter.create(s); // key problems surface here as IllegalArgumentException (exit 2)
            try {
                execute(kalshi, out, parent.json);
                out.flush();
                return ExitCodes.OK;
            } catch (KalshiApiException e) {
                err.println("precog: " + e.getMessage());
                return e.status() == 404 || e.status() == 400 ? ExitCodes.BAD_INPUT : ExitCodes.RUNTIME_FAILURE;
            } catch (KalshiTransportException e) {
                err.println("precog: " + e.getMessage());
                return ExitCodes.RUNTIME_FAILURE;
            }
        }

        static void print(PrintWriter out, ObjectNode doc) throws Exception {
            out.println(JSON.writeValueAsString(doc));
        }

        /** Prints {@code items} as one document {@code {"<name>": [...]}} with --json, else one text line each. */
        static <T> void rows(PrintWriter out, boolean json, String name, Iterable<T> items, Function<T, ObjectNode> toJson,
                Function<T, String> toLine) throws Exception {
            ObjectNode doc = JSON.createObjectNode();
            ArrayNode a = doc.putArray(name);
            for (T item : items) {
                if (json) a.add(toJson.apply(item));
                else out.println(toLine.apply(item));
            }
            if (json) print(out, doc);
        }
    }

    /** A subcommand that needs API credentials (exit 2 without them). */
    abstract static class Authenticated extends Base {
        @Override
        boolean needsCredentials() {
            return true;
        }
    }

    static String px(long micros) {
        java.math.BigDecimal d = Dollars.ofMicros(micros).toBigDecimal();
        return d.setScale(Math.max(4, d.scale())).toPlainString();
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Exchange and trading status.")
    static final class Status extends Base {
        @Override
        void execute(KalshiAdapter k, PrintWriter out, boolean json) throws Exception {
            KalshiModels.ExchangeStatus st = k.rest().exchangeStatus();
            if (json) {
                ObjectNode o = JSON.createObjectNode().put("exchange_active", st.exchangeActive()).put("trading_active", st.tradingActive());
                st.estimatedResumeTime().ifPresentOrElse(t -> o.put("estimated_resume_time", t.toString()), () -> o.putNull("estimated_resume_time"));
                print(out, o);
            } else {
                out.printf("exchange %s, trading %s%n", st.exchangeActive() ? "active" : "inactive", st.tradingActive() ? "active" : "inactive");
            }
        }
    }

    @Command(name = "series", mixinStandardHelpOptions = true, description = "List series (with fee type).")
    static final class SeriesCmd extends Base {
        @Option(names = "--category", description = "filter by category")
        String category;

        @Override
        void execute(KalshiAdapter k, PrintWriter out, boolean json) throws Exception {
            rows(out, json, "series", k.rest().series(category),
                    s -> JSON.createObjectNode().put("ticker", s.ticker()).put("title", s.title()).put("category", s.category())
                            .put("frequency", s.frequency()).put("fee_type", s.feeType()),
                    s -> String.format("%-20s %-12s %-10s %s", s.ticker(), s.category(), s.feeType(), s.title()));
        }
    }

    static ObjectNode marketJson(KalshiModels.MarketQuote q) {
        ObjectNode o = JSON.createObjectNode();
        o.put("ticker", q.market().ticker()).put("event_ticker", q.market().eventTicker()).put("series_ticker", q.market().seriesTicker())
                .put("title", q.market().title()).put("status", q.market().status().name().toLowerCase(java.util.Locale.ROOT))
                .put("market_type", q.marketType().isEmpty() ? "binary" : q.marketType())
                .put("close_time", q.market().closeTime().toString())
                .put("expected_expiration_time", q.market().expectedExpirationTime().toString())
                .put("yes_bid", px(q.yesBidMicros())).put("yes_ask", px(q.yesAskMicros())).put("no_bid", px(q.noBidMicros()))
                .put("no_ask", px(q.noAskMicros())).put("last_price", px(q.lastPriceMicros())).put("volume", q.volume().toString())
                .put("open_interest", q.openInterest().toString());
        ArrayNode ladder = o.putArray("price_ranges");
        q.market().ladder().ranges().forEach(r -> ladder.addObject().put("start", px(r.startMicros())).put("end", px(r.endMicros()))
                .put("step", px(r.stepMicros())));
        return o;
    }

    @Command(name = "markets", mixinStandardHelpOptions = true, description = "List markets (multivariate combos excluded), all pages.")
    static final class Markets extends Base {
        @Option(names = "--series", description = "series ticker, e.g. KXNFLGAME")
        String series;
        @Option(names = "--status", description = "unopened | open | paused | closed | settled")
        String status;
        @Option(names = "--event", description = "event ticker")
        String event;

        @Override
        void execute(KalshiAdapter k, PrintWriter out, boolean json) throws Exception {
            if (status != null && !List.of("unopened", "open", "paused", "closed", "settled").contains(status)) {
                throw new IllegalArgumentException("--status must be one of unopened, open, paused, closed, settled; was '" + status + "'");
            }
            List<KalshiModels.MarketQuote> ms = k.rest().markets(series, status, event, s -> com.precog.domain.money.FeeSchedule.standard());
            if (json) {
                ObjectNode doc = JSON.createObjectNode();
                ArrayNode a = doc.putArray("markets");
                ms.forEach(m -> a.add(marketJson(m)));
                print(out, doc);
            } else {
                out.printf("%-36s %-8s %8s %8s %8s  %s%n", "TICKER", "STATUS", "YES BID", "YES ASK", "LAST", "TITLE");
                for (KalshiModels.MarketQuote m : ms) {
                    out.printf("%-36s %-8s %8s %8s %8s  %s%n", m.market().ticker(), m.market().status().name().toLowerCase(java.util.Locale.ROOT),
                            px(m.yesBidMicros()), px(m.yesAskMicros()), px(m.lastPriceMicros()), m.market().title());
                }
                out.printf("%d markets%n", ms.size());
            }
        }
    }

    @Command(name = "market", mixinStandardHelpOptions = true, description = "One market.")
    static final class MarketCmd extends Base {
        @Parameters(index = "0", paramLabel = "TICKER")
        String ticker;

        @Override
        void execute(KalshiAdapter k, PrintWriter out, boolean json) throws Exception {
            KalshiModels.MarketQuote m = k.rest().market(ticker);
            if (json) {
                print(out, marketJson(m));
            } else {
                ObjectNode o = marketJson(m);
                o.fields().forEachRemaining(e -> out.printf("%-16s %s%n", e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue()));
            }
        }
    }

    @Command(name = "orderbook", mixinStandardHelpOptions = true, description = "A market's book: YES and NO bids (best first) and derived asks.")
    static final class Orderbook extends Base {
        @Parameters(index = "0", paramLabel = "TICKER")
        String ticker;

        @Override
        void execute(KalshiAdapter k, PrintWriter out, boolean json) throws Exception {
            OrderBook b = k.rest().orderbook(ticker);
            if (json) {
                ObjectNode doc = JSON.createObjectNode().put("ticker", ticker);
                for (Side s : Side.values()) {
                    ArrayNode a = doc.putArray(s.wireName() + "_bids");
                    for (int i = 0; i < b.depth(s); i++) {
                        a.addArray().add(px(b.levelPriceFromBest(s, i))).add(com.precog.domain.money.Contracts.ofHundredths(b.levelQuantityFromBest(s, i)).toString());
                    }
                }
                doc.put("yes_ask", px(b.bestAskMicros(Side.YES))).put("no_ask", px(b.bestAskMicros(Side.NO)))
                        .put("spread", b.spreadMicros() < 0 ? null : px(b.spreadMicros()));
                print(out, doc);
            } else {
                for (Side s : Side.values()) {
                    out.printf("%s bids:%n", s.wireName().toUpperCase(java.util.Locale.ROOT));
                    for (int i = 0; i < b.depth(s); i++) {
                        out.printf("  %s x %s%n", px(b.levelPriceFromBest(s, i)), com.precog.domain.money.Contracts.ofHundredths(b.levelQuantityFromBest(s, i)));
                    }
                }
                out.printf("yes ask %s, no ask %s%n", px(b.bestAskMicros(Side.YES)), px(b.bestAskMicros(Side.NO)));
            }
        }
    }

    @Command(name = "balance", mixinStandardHelpOptions = true, description = "Cash balance (exact).")
    static final class BalanceCmd extends Authenticated {
        @Override
        void execute(KalshiAdapter k, PrintWriter out, boolean json) throws Exception {
            KalshiModels.Balance b = k.rest().balance();
            if (json) {
                print(out, JSON.createObjectNode().put("balance", b.balance().toString()).put("portfolio_value", b.portfolioValue().toString()));
            } else {
                out.printf("balance $%s, portfolio value $%s%n", b.balance(), b.portfolioValue());
            }
        }
    }

    @Command(name = "positions", mixinStandardHelpOptions = true, description = "Open market positions.")
    static final class Positions extends Authenticated {
        @Override
        void execute(KalshiAdapter k, PrintWriter out, boolean json) throws Exception {
            rows(out, json, "positions", k.rest().positions(),
                    p -> JSON.createObjectNode().put("ticker", p.marketTicker()).put("side", p.side().wireName()).put("count", p.count().toString())
                            .put("exposure", p.exposure().toString()).put("total_traded", p.totalTraded().toString())
                            .put("realized_pnl", p.realizedPnl().toString()).put("fees_paid", p.feesPaid().toString()),
                    p -> String.format("%-36s %-3s %10s  exposure $%s  realized $%s  fees $%s", p.marketTicker(), p.side().wireName(), p.count(),
                            p.exposure(), p.realizedPnl(), p.feesPaid()));
        }
    }

    static ObjectNode orderJson(OrderState o) {
        ObjectNode n = JSON.createObjectNode().put("client_order_id", o.clientOrderId().value()).put("order_id", o.exchangeOrderId())
                .put("ticker", o.marketTicker()).put("side", o.side().wireName()).put("action", o.action().wireName())
                .put("limit_price", o.limitPrice().toString()).put("requested", o.requested().toString()).put("filled", o.filled().toString())
                .put("remaining", o.remaining().toString()).put("status", o.status().name().toLowerCase(java.util.Locale.ROOT))
                .put("fees_paid", o.feesPaid().toString());
        o.averageFillPrice().ifPresent(p -> n.put("average_fill_price", p.toString()));
        return n;
    }

    @Command(name = "orders", mixinStandardHelpOptions = true, description = "Orders (all, or --status resting|canceled|executed).")
    static final class Orders extends Authenticated {
        @Option(names = "--status", description = "resting | canceled | executed")
        String status;
        @Option(names = "--ticker", description = "market ticker")
        String ticker;

        @Override
        void execute(KalshiAdapter k, PrintWriter out, boolean json) throws Exception {
            if (status != null && !List.of("resting", "canceled", "executed").contains(status)) {
                throw new IllegalArgumentException("--status must be resting, canceled or executed; was '" + status + "'");
            }
            rows(out, json, "orders", k.rest().orders(ticker, status), KalshiCommand::orderJson,
                    o -> String.format("%-36s %-4s %-3s %s x %s filled %s  %s  %s", o.marketTicker(), o.action().wireName(), o.side().wireName(),
                            o.limitPrice(), o.requested(), o.filled(), o.status().name().toLowerCase(java.util.Locale.ROOT), o.clientOrderId()));
        }
    }

    @Command(name = "fills", mixinStandardHelpOptions = true, description = "Fills, oldest first.")
    static final class Fills extends Authenticated {
        @Option(names = "--since", description = "ISO instant, e.g. 2026-11-01T00:00:00Z")
        String since;

        @Override
        void execute(KalshiAdapter k, PrintWriter out, boolean json) throws Exception {
            Instant from;
            try {
                from = since == null ? null : Instant.parse(since);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("--since must be an ISO instant like 2026-11-01T00:00:00Z, was '" + since + "'");
            }
            rows(out, json, "fills", k.rest().fills(from, id -> java.util.Optional.empty()),
                    f -> JSON.createObjectNode().put("fill_id", f.fillId()).put("order_id", f.exchangeOrderId()).put("ticker", f.marketTicker())
                            .put("side", f.side().wireName()).put("action", f.action().wireName()).put("price", f.price().toString())
                            .put("count", f.count().toString()).put("liquidity", f.liquidity().name().toLowerCase(java.util.Locale.ROOT))
                            .put("fee", f.fee().toString()).put("time", f.time().toString()),
                    f -> String.format("%s %-36s %-4s %-3s %s x %s fee $%s", f.time(), f.marketTicker(), f.action().wireName(), f.side().wireName(),
                            f.price(), f.count(), f.fee()));
        }
    }

    @Command(name = "settlements", mixinStandardHelpOptions = true, description = "Settled markets.")
    static final class Settlements extends Authenticated {
        @Override
        void execute(KalshiAdapter k, PrintWriter out, boolean json) throws Exception {
            rows(out, json, "settlements", k.rest().settlements(),
                    s -> JSON.createObjectNode().put("ticker", s.marketTicker()).put("event_ticker", s.eventTicker()).put("result", s.result())
                            .put("yes_count", s.yesCount().toString()).put("yes_cost", s.yesCost().toString()).put("no_count", s.noCount().toString())
                            .put("no_cost", s.noCost().toString()).put("revenue", s.revenue().toString()).put("fee_cost", s.feeCost().toString())
                            .put("settled_time", s.settledTime().toString()),
                    s -> String.format("%s %-36s result %-6s revenue $%s fees $%s", s.settledTime(), s.marketTicker(), s.result(), s.revenue(),
                            s.feeCost()));
        }
    }
}
