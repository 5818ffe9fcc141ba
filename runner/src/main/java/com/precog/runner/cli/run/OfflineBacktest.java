package com.precog.runner.cli.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.persistence.Database;
import com.precog.adapters.persistence.PersistenceAdapters;
import com.precog.application.config.ConfigSchema;
import com.precog.application.config.EffectiveConfig;
import com.precog.application.config.InvalidConfigException;
import com.precog.application.port.out.OrderJournal;
import com.precog.application.port.out.OrderRecord;
import com.precog.application.port.out.TradeRecord;
import com.precog.application.service.backtest.HistoricalBacktest;
import com.precog.application.service.models.HistoricalGamesCsv;
import com.precog.domain.backtest.BacktestResult;
import com.precog.domain.backtest.BacktestSettings;
import com.precog.domain.backtest.BacktestTrade;
import com.precog.domain.market.OrderAction;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.sizing.KellyFraction;
import com.precog.domain.strategy.Attribution;
import com.precog.domain.strategy.StrategyKey;
import com.precog.runner.PrecogHome;
import com.precog.runner.backtest.BacktestReport;
import com.precog.runner.cli.ExitCodes;
import com.precog.runner.cli.ProgressBar;
import com.precog.runner.config.ConfigDirectory;
import com.precog.runner.config.ConfigProblems;
import com.precog.runner.config.YamlConfigLoader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/**
 * The offline backtest of bundled real NFL seasons, ending with a summary and a self-contained HTML report: what
 * {@code precog backtest} and {@code precog run} (mode backtest) both do, with the same options ({@link Options}, a
 * picocli mixin of both commands) and the same output. With the database (not {@code --no-db}) its overrides apply and
 * the replay's orders and trades are recorded, tagged {@code backtest}.
 */
public final class OfflineBacktest {
    private static final Logger LOG = LoggerFactory.getLogger(OfflineBacktest.class);

    /** The backtest's options, shared by {@code precog backtest} and {@code precog run}. */
    public static final class Options {
        @Option(names = "--from", paramLabel = "SEASON", defaultValue = "2010", description = "First NFL season to replay (default ${DEFAULT-VALUE}).")
        int fromSeason;
        @Option(names = "--to", paramLabel = "SEASON", defaultValue = "2022", description = "Last NFL season to replay (default ${DEFAULT-VALUE}).")
        int toSeason;
        @Option(names = "--bankroll", paramLabel = "DOLLARS", defaultValue = "10000", description = "Starting bankroll (default ${DEFAULT-VALUE}).")
        String bankroll;
        @Option(names = "--report", paramLabel = "FILE", description = "HTML report path (default: $PRECOG_HOME/reports/backtest-FROM-TO.html).")
        Path report;
        @Option(names = "--config-dir", paramLabel = "DIR", description = "YAML directory (default: $PRECOG_CONFIG_DIR or ./config).")
        Path configDir;
        @Option(names = "--no-db", description = "Do not record the replay's orders and trades in PostgreSQL (faster; nothing persisted).")
        boolean noDb;
    }

    private final int fromSeason;
    private final int toSeason;
    private final Path report;
    private final boolean noDb;
    private final boolean json;

    private OfflineBacktest(Options options, boolean json) {
        this.fromSeason = options.fromSeason;
        this.toSeason = options.toSeason;
        this.report = options.report;
        this.noDb = options.noDb;
        this.json = json;
    }

    /**
     * The configuration of {@code --config-dir} (else $PRECOG_CONFIG_DIR or ./config; the built-in defaults when there is
     * none), or null after printing every problem on {@code err} when the files are invalid (exit 2).
     */
    static EffectiveConfig config(Path configDir, PrintWriter err) {
        try {
            java.util.Optional<Path> dir = ConfigDirectory.resolve(configDir);
            if (dir.isEmpty()) {
                LOG.info("no config directory {} ($PRECOG_CONFIG_DIR, else ./config): the built-in defaults apply",
                        YamlConfigLoader.defaultDirectory().toAbsolutePath().normalize());
            }
            return dir.isPresent() ? YamlConfigLoader.load(dir.get(), List.of()) : EffectiveConfig.defaults();
        } catch (InvalidConfigException e) {
            ConfigProblems.print(err, e.problems());
            return null;
        }
    }

    /** Checks the seasons and the bankroll (exit 2 naming the bad value), then runs the backtest and prints its summary on {@code out}. */
    static int run(EffectiveConfig cfg, Options options, boolean json, ProgressBar progress, PrintWriter out, PrintWriter err) throws Exception {
        if (options.fromSeason < 1979 || options.toSeason > 2022 || options.fromSeason > options.toSeason) {
            err.println("precog: --from/--to must be NFL seasons within 1979-2022 with from <= to, was " + options.fromSeason + "-" + options.toSeason);
            return ExitCodes.BAD_INPUT;
        }
        java.util.Optional<Dollars> start = bankroll(options.bankroll, err);
        if (start.isEmpty()) return ExitCodes.BAD_INPUT;
        return new OfflineBacktest(options, json).backtest(cfg, start.get(), progress, out, err);
    }

    /** {@code --bankroll} as a positive amount, or empty after naming the bad value on {@code err}. */
    static java.util.Optional<Dollars> bankroll(String text, PrintWriter err) {
        try {
            Dollars d = Dollars.parse(text);
            if (!d.isPositive()) throw new IllegalArgumentException("must be positive");
            return java.util.Optional.of(d);
        } catch (IllegalArgumentException e) {
            err.println("precog: --bankroll '" + text + "' is not a positive dollar amount");
            return java.util.Optional.empty();
        }
    }

    private int backtest(EffectiveConfig files, Dollars start, ProgressBar progress, PrintWriter out, PrintWriter err) throws Exception {
        long t0 = System.nanoTime();
        // the database first (unless --no-db): its overrides of precog config set beat the files (SPEC §12), and it records the run
        Database db = null;
        if (!noDb) {
            progress.progress("database", 0, 1);
            db = com.precog.runner.cli.db.DbCommand.openMigrated(files); // database.pool_size of these files (--config-dir)
            progress.progress("database", 1, 1);
        }
        try {
            EffectiveConfig cfg = files;
            if (db != null) {
                try {
                    cfg = com.precog.runner.config.DatabaseOverrides.apply(files,
                            new PersistenceAdapters(db, java.time.Clock.systemUTC()).configOverrides("precog-run"), Instant.now());
                } catch (InvalidConfigException e) {
                    err.println("precog: the database overrides (precog config set) do not fit the files:");
                    e.problems().forEach(p -> err.println("  " + ConfigProblems.line(p)));
                    return ExitCodes.BAD_INPUT;
                }
            }
            return replay(cfg, db, start, t0, progress, out);
        } finally {
            if (db != null) db.close();
        }
    }

    private int replay(EffectiveConfig cfg, Database db, Dollars start, long t0, ProgressBar progress, PrintWriter out) throws Exception {
        HistoricalGamesCsv.Result games;
        try (InputStream teams = resource("/historical/nfl_teams.csv"); InputStream scores = resource("/historical/nfl_scores_spreads_1966_2022.csv")) {
            Map<String, String> ids = HistoricalGamesCsv.readTeams(new InputStreamReader(teams, StandardCharsets.UTF_8));
            games = HistoricalGamesCsv.read(new InputStreamReader(scores, StandardCharsets.UTF_8), ids);
        }
        progress.progress("load games", games.games().size(), games.games().size());
        BacktestSettings settings = settings(cfg, start);
        // the Elo of elo.* (probability_models.yaml, overrides included); the defaults are HistoricalBacktest.Request.nfl's SPEC parameters
        HistoricalBacktest.Request request = new HistoricalBacktest.Request(games.games(), fromSeason, toSeason, settings,
                new com.precog.domain.model.PreGameModelSpec.EloSpec(com.precog.application.config.ConfiguredModels.elo(cfg, com.precog.domain.game.League.NFL)));
        HistoricalBacktest.Outcome o = HistoricalBacktest.run(request, progress);
        BacktestResult r = o.result();
        String database = db == null ? "not used (--no-db)" : record(db, o, progress);
        Path file = report != null ? report : PrecogHome.path().resolve("reports").resolve("backtest-" + fromSeason + "-" + toSeason + ".html");
        String params = String.format(Locale.ROOT, "NFL seasons %d-%d, home-team-wins markets quoted 1 cent either side of the closing-spread fair value; "
                + "Elo (SPEC NFL parameters) walk-forward forecasts; entries at edge >= %s after Kalshi taker fees, Kelly fraction %s, "
                + "SPEC risk limits; starting bankroll $%s.", fromSeason, toSeason, settings.minEdgePerContract(),
                cfg.text(ConfigSchema.TRADING, "kelly_fraction_by_league.nfl"), start);
        BacktestReport.write(file, o, "Precog backtest: NFL " + fromSeason + "-" + toSeason, params);
        double secs = (System.nanoTime() - t0) / 1e9;
        LOG.info("backtest finished in {} s: {} events", String.format(Locale.ROOT, "%.2f", secs), o.events());
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode n = mapper.createObjectNode();
            n.put("mode", "backtest");
            n.put("from_season", fromSeason);
            n.put("to_season", toSeason);
            n.put("games", o.games());
            n.put("trades", r.trades().size());
            n.put("win_rate", r.winRate());
            n.put("pnl", r.pnl().toBigDecimal());
            n.put("roi", r.roi());
            n.put("fees", r.totalFees().toBigDecimal());
            n.put("max_drawdown", r.maxDrawdown().toBigDecimal());
            n.put("max_drawdown_pct", r.maxDrawdownPct());
            n.put("ending_equity", r.endingEquity().toBigDecimal());
            n.put("brier_model", o.modelBrier());
            n.put("brier_market", o.marketBrier());
            n.put("events", o.events());
            n.put("report", file.toAbsolutePath().toString());
            n.put("database", database);
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(n));
        } else {
            out.println();
            out.println("Precog backtest — NFL seasons " + fromSeason + "-" + toSeason + " (offline, bundled real data)");
            out.printf(Locale.ROOT, "  games with a closing line  %d%n", o.games());
            out.printf(Locale.ROOT, "  trades                     %d%n", r.trades().size());
            out.printf(Locale.ROOT, "  win rate                   %.2f%%%n", 100 * r.winRate());
            out.printf(Locale.ROOT, "  P&L                        $%s (fees $%s)%n", r.pnl().floorToCent(), r.totalFees().floorToCent());
            out.printf(Locale.ROOT, "  ROI on cash staked         %.2f%%%n", 100 * r.roi());
            out.printf(Locale.ROOT, "  max drawdown               $%s (%.2f%%)%n", r.maxDrawdown().floorToCent(), 100 * r.maxDrawdownPct());
            out.printf(Locale.ROOT, "  ending equity              $%s (started $%s)%n", r.endingEquity().floorToCent(), start);
            out.printf(Locale.ROOT, "  Brier: model %.4f vs market %.4f%n", o.modelBrier(), o.marketBrier());
            out.println("  orders and trades recorded in: " + database);
            out.println("  report: " + file.toAbsolutePath());
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Appends the replay's entry orders and fills to the order journal of the open database (embedded
     * PostgreSQL under $PRECOG_HOME/db unless PRECOG_DB_URL is set), tagged {@code backtest} and attributed
     * to the strategy and model versions, after importing the bundled history. Returns where.
     */
    private String record(Database db, HistoricalBacktest.Outcome o, ProgressBar progress) {
        PersistenceAdapters adapters = new PersistenceAdapters(db, java.time.Clock.systemUTC());
        // the bundled real history into the games and teams tables (idempotent: a re-run adds nothing)
        List<com.precog.domain.game.HistoricalGame> spreads = com.precog.adapters.espn.historical.NflHistory.scoresAndSpreads();
        List<com.precog.domain.game.HistoricalGame> elo = com.precog.adapters.espn.historical.NflHistory.notIn(
                com.precog.adapters.espn.historical.NflHistory.fiveThirtyEightGames(), spreads);
        com.precog.application.service.games.HistoricalImport.Report imported = new com.precog.application.service.games.HistoricalImport(
                adapters.games(), adapters.teams()).run(com.precog.adapters.espn.historical.NflHistory.teams(), List.of(spreads, elo),
                (done, total) -> progress.progress("import history", done, total));
        LOG.info("history in the database: {} games added, {} already present, {} teams saved", imported.gamesAdded(),
                imported.gamesAlreadyPresent(), imported.teamsSaved());
        OrderJournal journal = adapters.orderJournal();
        Attribution attribution = new Attribution(StrategyKey.of("pre_game_entry", "v1.0"), "elo_nfl@v1.0", ExecutionEnvironment.BACKTEST);
        String run = java.util.UUID.randomUUID().toString().substring(0, 8);
        List<BacktestTrade> trades = o.result().trades();
        for (int i = 0; i < trades.size(); i++) {
            BacktestTrade t = trades.get(i);
            var g = o.predictions().get(t.market()).game();
            String ticker = "NFL-" + g.date().toString().replace("-", "") + "-" + g.away() + "-" + g.home();
            ClientOrderId id = ClientOrderId.of("bt-" + run + "-" + i);
            Instant at = Instant.ofEpochMilli(t.entryTimeMillis());
            journal.recordOrder(new OrderRecord(OrderRequest.limit(id, ticker, t.side(), OrderAction.BUY, t.contracts(), t.price()),
                    attribution, at, t.edgePerContract(), Probability.ofMillionths(t.winProbabilityMillionths())));
            journal.recordTrade(new TradeRecord(new Fill(id.value() + "-fill", id, "", ticker, t.side(), OrderAction.BUY, t.price(),
                    t.contracts(), Liquidity.TAKER, t.fee(), at), attribution, at));
            if (i % 100 == 0) progress.progress("record trades", i + 1, trades.size());
        }
        progress.progress("record trades", trades.size(), trades.size());
        return db.description();
    }

    static BacktestSettings settings(EffectiveConfig cfg, Dollars start) {
        FeeSchedule fees = cfg.generalFees().withoutMakerFee(); // backtest fills take liquidity
        String leagueEdge = cfg.text(ConfigSchema.TRADING, "edges.threshold_by_league.nfl");
        String strategyEdge = cfg.text(ConfigSchema.TRADING, "edges.threshold.pre_game_entry");
        Dollars minEdge = Dollars.parse(leagueEdge).max(Dollars.parse(strategyEdge)); // the strictest threshold wins
        // a pre-game strategy signals only above edges.signal_confidence, never below the edges.min_confidence floor
        long minConfidence = cfg.decimal(ConfigSchema.TRADING, "edges.min_confidence").max(cfg.decimal(ConfigSchema.TRADING, "edges.signal_confidence"))
                .movePointRight(6).longValueExact();
        KellyFraction fraction = KellyFraction.parse(cfg.text(ConfigSchema.TRADING, "kelly_fraction_by_league.nfl"));
        return new BacktestSettings(start, fees, minEdge, minConfidence, fraction, com.precog.application.config.ConfiguredEntries.sizer(cfg), "nfl");
    }

    private static InputStream resource(String name) {
        InputStream in = OfflineBacktest.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("bundled data " + name + " is missing from the jar");
        return in;
    }
}
