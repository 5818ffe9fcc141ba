package com.precog.runner.daemon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.kalshi.fake.FakeKalshiExchange;
import com.precog.adapters.persistence.Database;
import com.precog.adapters.persistence.PersistenceAdapters;
import com.precog.adapters.persistence.TestDatabase;
import com.precog.application.config.EffectiveConfig;
import com.precog.application.port.out.OrderJournal;
import com.precog.application.port.out.OrderRecord;
import com.precog.application.port.out.Strategies;
import com.precog.application.port.out.TradeRecord;
import com.precog.application.service.session.LifecyclePoints;
import com.precog.domain.market.Side;
import com.precog.domain.money.Dollars;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.position.Position;
import com.precog.domain.strategy.StrategyConfig;
import com.precog.domain.strategy.StrategyKey;
import com.precog.domain.strategy.StrategyStatus;
import com.precog.domain.strategy.StrategyType;
import com.precog.domain.strategy.StrategyVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A live session's world for tests: the fake Kalshi exchange on loopback (real REST + WebSocket
 * protocol, signatures checked), a fresh PostgreSQL schema, a {@code PRECOG_HOME}, NFL game
 * markets with liquid books, an operator fair-value file that makes each market's YES worth 0.70
 * (asks at 0.55), and the pre-game strategy active.
 */
final class SessionFixture implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final FakeKalshiExchange exchange;
    private final Database database;
    /** When the session's database is the public schema of its own database, the CLI's view of it (PRECOG_DB_URL). */
    final Optional<com.precog.runner.cli.CliDatabase> cliDatabase;
    final Path home;
    final Path fairValues;
    final Map<String, String> env = new HashMap<>();
    final List<String> tickers;

    /**
     * @param markets      number of game markets
     * @param thinMarkets  how many of them have only 3 contracts at the ask (entries rest, then time out)
     */
    SessionFixture(Path dir, int markets, int thinMarkets) throws IOException {
        this(dir, markets, thinMarkets, false);
    }

    /** @param cliVisible put the session in a database of its own that {@code precog} commands can open ({@link #cliDatabase}) */
    SessionFixture(Path dir, int markets, int thinMarkets, boolean cliVisible) throws IOException {
        exchange = FakeKalshiExchange.start();
        if (cliVisible) {
            com.precog.runner.cli.CliDatabase cli = com.precog.runner.cli.CliDatabase.create();
            cliDatabase = Optional.of(cli);
            database = cli.open();
        } else {
            cliDatabase = Optional.empty();
            database = TestDatabase.freshSchema().database();
        }
        home = Files.createDirectories(dir.resolve("home"));
        Instant start = Instant.now().plus(Duration.ofHours(2));
        StringBuilder fv = new StringBuilder("market_ticker,yes_probability,confidence,game_start\n");
        java.util.ArrayList<String> ts = new java.util.ArrayList<>();
        for (int i = 0; i < markets; i++) {
            String event = "KXNFLGAME-27JAN0" + (i % 9 + 1) + "T" + (char) ('A' + i) + "AT" + (char) ('A' + i) + "H";
            String ticker = event + "-T" + (char) ('A' + i) + "H";
            addGameMarket(ticker, event, "test game " + i, i < thinMarkets ? 300 : 50_000);
            fv.append(ticker).append(",0.70,0.85,").append(start).append('\n');
            ts.add(ticker);
        }
        tickers = List.copyOf(ts);
        fairValues = dir.resolve("fair_values.csv");
        Files.writeString(fairValues, fv);
        Path keys = Files.createDirectories(dir.resolve("keys"));
        env.put("KALSHI_API_BASE_URL", exchange.restBaseUrl().toString());
        env.put("KALSHI_WS_URL", exchange.wsUrl().toString());
        env.put("KALSHI_API_KEY_ID", exchange.testKeyId());
        env.put("KALSHI_PRIVATE_KEY_PATH", exchange.writeTestKey(keys).toString());
        env.put("ESPN_BASE_URL", "http://127.0.0.1:9"); // nothing listens: the game feed fails fast, fair values drive the test
        Strategies strategies = adapters().strategies();
        StrategyKey key = StrategyKey.of("pre_game_entry", "1.0");
        strategies.create(StrategyVersion.draft(key, StrategyConfig.defaults(StrategyType.PRE_GAME_ENTRY), "test", Instant.now()));
        strategies.changeStatus(key, StrategyStatus.TESTING, Instant.now());
        strategies.changeStatus(key, StrategyStatus.ACTIVE, Instant.now());
    }

    /** Creates and activates {@code live_trading@1.0}: live trading on (the SPEC default is off), a 0.60 confidence minimum. */
    void activateLiveTrading() {
        StrategyKey live = StrategyKey.of("live_trading", "1.0");
        Strategies strategies = adapters().strategies();
        strategies.create(StrategyVersion.draft(live, new StrategyConfig(StrategyType.LIVE_TRADING,
                new com.precog.domain.strategy.EntryRules.Live(true, Dollars.of("0.10"), com.precog.domain.money.Probability.of("0.60"),
                        com.precog.domain.sizing.KellyFraction.DEFAULT, Duration.ofMinutes(5)), Map.of()),
                "test", Instant.now()));
        strategies.changeStatus(live, StrategyStatus.TESTING, Instant.now());
        strategies.changeStatus(live, StrategyStatus.ACTIVE, Instant.now());
    }

    /**
     * Lists an NFL game market at the fake exchange: YES bid 0.53 (200 contracts), YES ask 0.55 with
     * {@code askHundredths} offered, closing in two days.
     */
    void addGameMarket(String ticker, String eventTicker, String title, long askHundredths) {
        addMarket("KXNFLGAME", ticker, eventTicker, title, askHundredths);
    }

    /** {@link #addGameMarket} of another series (another league, or one no model covers). */
    void addMarket(String series, String ticker, String eventTicker, String title, long askHundredths) {
        ObjectNode m = JSON.createObjectNode();
        m.put("ticker", ticker).put("event_ticker", eventTicker).put("series_ticker", series).put("status", "active")
                .put("title", title).put("close_time", Instant.now().plus(Duration.ofDays(2)).toString())
                .put("volume_fp", "5000.00").put("open_interest_fp", "1000.00")
                .put("yes_bid_dollars", "0.5300").put("yes_ask_dollars", "0.5500").put("last_price_dollars", "0.5400");
        m.putArray("price_ranges").addObject().put("start", "0.0000").put("end", "1.0000").put("step", "0.0100");
        exchange.addMarket(m);
        exchange.setAnonymousLevel(ticker, Side.YES, 530_000, 20_000);
        exchange.setAnonymousLevel(ticker, Side.NO, 450_000, askHundredths); // YES ask 0.55
    }

    /** {@link #options} of a paper session with these settings instead of the defaults. */
    SessionOptions paperOptions(EffectiveConfig config, Duration tick) {
        SessionOptions base = options(ExecutionEnvironment.PAPER, LifecyclePoints.NONE, tick);
        return new SessionOptions(base.environment(), config, base.home(), base.env(), base.fairValues(), base.paperBankroll(), base.tick(),
                base.points(), base.database());
    }

    Database database() {
        return database;
    }

    PersistenceAdapters adapters() {
        return new PersistenceAdapters(database, Clock.systemUTC());
    }

    /** A session of {@code environment} started on this fixture at a 25 ms tick; close it to stop it. */
    LiveSession.Handle start(ExecutionEnvironment environment) throws Exception {
        return LiveSession.start(options(environment, LifecyclePoints.NONE, Duration.ofMillis(25)));
    }

    SessionOptions options(ExecutionEnvironment environment, LifecyclePoints points, Duration tick) {
        return new SessionOptions(environment, EffectiveConfig.defaults(), home, env, Optional.of(fairValues), Dollars.of(10_000), tick, points,
                Optional.of(database));
    }

    /** Orders of this environment in the journal. */
    List<OrderRecord> journaledOrders(ExecutionEnvironment environment) {
        OrderJournal j = adapters().orderJournal();
        return j.orders().stream().filter(o -> o.attribution().environment() == environment).toList();
    }

    List<TradeRecord> journaledTrades(ExecutionEnvironment environment) {
        return adapters().orderJournal().trades().stream().filter(t -> t.attribution().environment() == environment).toList();
    }

    /** Open positions of the fixture's database, net per market in hundredths (+ YES, - NO). */
    Map<String, Long> localNetPositions() {
        return localNetPositions(adapters().positions());
    }

    /** Open positions of a position store, net per market in hundredths (+ YES, - NO). */
    static Map<String, Long> localNetPositions(com.precog.application.port.out.Positions positions) {
        Map<String, Long> out = new TreeMap<>();
        for (Position p : positions.open()) {
            long signed = p.side() == Side.YES ? p.currentQuantity().hundredths() : -p.currentQuantity().hundredths();
            out.merge(p.marketTicker(), signed, Long::sum);
        }
        out.values().removeIf(v -> v == 0);
        return out;
    }

    /**
     * Every seller of the market leaves but one asking 0.80: over the 0.53 bid the YES spread is 0.27, so a
     * position held there takes the liquidity exit (HIGH), whose sell one tick over the bid becomes the best ask.
     */
    void leaveOneSellerAt80(String ticker) {
        exchange.setAnonymousLevel(ticker, Side.NO, 450_000, 0);
        exchange.setAnonymousLevel(ticker, Side.NO, 200_000, 10_000);
    }

    /**
     * Reads the daemon's {@code health.json} every 200 ms until the node at {@code pointer} satisfies {@code ready}
     * or {@code deadlineNanos} (a {@link System#nanoTime()} value) passes.
     *
     * @return the last node read there, null when the file never appeared
     */
    com.fasterxml.jackson.databind.JsonNode awaitHealth(String pointer, java.util.function.Predicate<com.fasterxml.jackson.databind.JsonNode> ready,
                                                        long deadlineNanos) throws IOException, InterruptedException {
        Path health = HealthFile.defaultPath(home);
        com.fasterxml.jackson.databind.JsonNode node = null;
        while (System.nanoTime() < deadlineNanos) {
            if (Files.exists(health)) {
                node = HealthFile.MAPPER.readTree(Files.readString(health)).at(pointer);
                if (ready.test(node)) break;
            }
            Thread.sleep(200);
        }
        return node;
    }

    @Override
    public void close() {
        exchange.close();
        database.close();
    }
}
