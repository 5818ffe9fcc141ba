package com.precog.runner.cli.trading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.persistence.Database;
import com.precog.adapters.persistence.PersistenceAdapters;
import com.precog.application.port.out.OrderJournal;
import com.precog.application.port.out.OrderRecord;
import com.precog.application.port.out.TradeRecord;
import com.precog.application.service.trading.PaperBroker;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.OrderState;
import com.precog.domain.order.TimeInForce;
import com.precog.domain.strategy.Attribution;
import com.precog.domain.strategy.StrategyKey;
import com.precog.runner.cli.db.SharedDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precog trade execute --paper}: one manual order filled by the paper broker against a
 * real order book (a Kalshi {@code GET /markets/{ticker}/orderbook} response saved to a file,
 * {@code orderbook_fp} shape). The order and its fills are recorded (tagged {@code paper},
 * attributed to {@code manual@v1.0}) in the file-backed journal under {@code $PRECOG_HOME/trading}.
 */
@Command(name = "trade", mixinStandardHelpOptions = true, description = "Manual orders.", subcommands = TradeCommand.Execute.class)
final class TradeCommand implements java.util.concurrent.Callable<Integer> {
    static final StrategyKey MANUAL = StrategyKey.of("manual", "v1.0");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return com.precog.runner.cli.CommandGroups.missingSubcommand(spec);
    }

    @Command(name = "execute", mixinStandardHelpOptions = true, description = "Places one limit order with the paper broker against a recorded book.")
    static final class Execute implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--paper", description = "required: simulate the fill (demo and live orders go through 'precog run --mode demo|live')")
        boolean paper;

        @Option(names = "--market", required = true, description = "market ticker")
        String market;

        @Option(names = "--side", required = true, description = "yes or no")
        String side;

        @Option(names = "--action", defaultValue = "buy", description = "buy or sell (default ${DEFAULT-VALUE})")
        String action;

        @Option(names = "--count", required = true, description = "contracts, e.g. 10 or 2.50")
        String count;

        @Option(names = "--price", required = true, description = "limit price of the side, e.g. 0.65")
        String price;

        @Option(names = "--book", required = true, description = "order book JSON file (Kalshi orderbook_fp response)")
        Path book;

        @Option(names = "--tif", defaultValue = "ioc", description = "gtc, ioc or fok (default ${DEFAULT-VALUE})")
        String tif;

        @Option(names = "--maker-fees", description = "series fee type quadratic_with_maker_fees (maker fee fees.maker_coefficient, "
                + "0.0175 by default) instead of standard (taker fee only)")
        boolean makerFees;

        @Option(names = "--config-dir", paramLabel = "DIR", description = "YAML directory whose trading.yaml fees.* coefficients price the "
                + "fills (default: $PRECOG_CONFIG_DIR or ./config; none there: Kalshi's published 0.07 / 0.0175)")
        Path configDir;

        @Option(names = "--json", description = "print one JSON object")
        boolean json;

        @Override
        public Integer call() throws IOException {
            if (!paper) {
                throw new IllegalArgumentException("trade execute needs --paper (demo and live orders go through 'precog run --mode demo|live')");
            }
            OrderBook ob = readBook(market, book);
            TimeInForce timeInForce = switch (tif.trim().toLowerCase(Locale.ROOT)) {
                case "gtc" -> TimeInForce.GOOD_TILL_CANCELED;
                case "ioc" -> TimeInForce.IMMEDIATE_OR_CANCEL;
                case "fok" -> TimeInForce.FILL_OR_KILL;
                default -> throw new IllegalArgumentException("--tif must be gtc, ioc or fok, was '" + tif + "'");
            };
            Clock clock = Clock.systemUTC();
            FeeSchedule general = ConfiguredFees.general(configDir);
            FeeSchedule fees = makerFees ? general : general.withoutMakerFee();
            PaperBroker broker = new PaperBroker(ExecutionEnvironment.PAPER, t -> t.equals(market) ? Optional.of(ob) : Optional.empty(),
                    t -> t.equals(market) ? fees : null, clock);
            OrderAction act = OrderAction.parse(action);
            OrderRequest request = new OrderRequest(ClientOrderId.of("pp-manual-" + clock.millis()), market, Side.parse(side), act,
                    Contracts.parse(count), Price.parse(price), timeInForce, false, act == OrderAction.SELL && timeInForce != TimeInForce.GOOD_TILL_CANCELED);
            Attribution attribution = new Attribution(MANUAL, "manual", ExecutionEnvironment.PAPER);
            Instant now = clock.instant();
            OrderState state;
            List<Fill> fills;
            // the same orders/trades tables the daemon journals into (embedded PostgreSQL or PRECOG_DB_URL)
            try (Database db = SharedDatabase.open()) { // a running daemon's too
                OrderJournal journal = new PersistenceAdapters(db, clock).orderJournal();
                journal.recordOrder(new OrderRecord(request, attribution, now, Dollars.ZERO, Probability.HALF));
                state = broker.place(request);
                fills = broker.fillsOf(request.clientOrderId());
                for (Fill f : fills) journal.recordTrade(new TradeRecord(f, attribution, now));
            }

            ObjectNode n = TradingJson.MAPPER.createObjectNode();
            n.put("environment", "paper");
            n.put("client_order_id", state.clientOrderId().value());
            n.put("exchange_order_id", state.exchangeOrderId());
            n.put("market", market);
            n.put("status", state.status().name().toLowerCase(Locale.ROOT));
            n.put("requested", state.requested().toString());
            n.put("filled", state.filled().toString());
            n.put("remaining", state.remaining().toString());
            n.put("average_price", state.averageFillPrice().map(Price::toString).orElse(null));
            n.put("fees", state.feesPaid().toString());
            n.put("reject_reason", state.rejectReason());
            ArrayNode arr = n.putArray("fills");
            fills.forEach(f -> arr.add(TradingJson.trade(new TradeRecord(f, attribution, now))));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(n.toString());
            } else {
                out.printf("paper %s %s: %s, %s of %s filled (avg %s, fees %s)%s%n", state.clientOrderId(), market, n.path("status").asText(),
                        state.filled(), state.requested(), n.path("average_price").asText("-"), state.feesPaid(),
                        state.rejectReason().isEmpty() ? "" : " — " + state.rejectReason());
                for (Fill f : fills) out.printf("  fill %s x%s @ %s %s fee %s%n", f.fillId(), f.count(), f.price(), f.liquidity(), f.fee());
            }
            out.flush();
            return 0;
        }
    }

    /** Reads {@code {"orderbook_fp": {"yes_dollars": [["0.78","100.00"], …], "no_dollars": […]}}} into a book. */
    static OrderBook readBook(String ticker, Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("--book file '" + file + "' does not exist");
        JsonNode root;
        try {
            root = TradingJson.MAPPER.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            // bad input, not a failure: one line (Jackson's message spans two, the second a source location)
            throw new IllegalArgumentException("--book file '" + file + "' is not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) throw new IllegalArgumentException("--book file '" + file + "' is not a JSON object");
        JsonNode fp = root.path("orderbook_fp");
        if (fp.isMissingNode()) throw new IllegalArgumentException("--book file '" + file + "' has no orderbook_fp object");
        OrderBook b = new OrderBook(ticker);
        levels(b, Side.YES, fp.path("yes_dollars"), file);
        levels(b, Side.NO, fp.path("no_dollars"), file);
        return b;
    }

    private static void levels(OrderBook b, Side side, JsonNode arr, Path file) {
        for (JsonNode level : arr) {
            if (!level.isArray() || level.size() != 2) throw new IllegalArgumentException("--book file '" + file + "': a level must be [price, count]");
            b.setLevel(side, Price.parse(level.get(0).asText()).micros(), Contracts.parse(level.get(1).asText()).hundredths());
        }
    }
}
