package com.precog.runner.cli.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.application.config.ConfigKey;
import com.precog.application.config.ConfigSchema;
import com.precog.application.config.EffectiveConfig;
import com.precog.application.config.InvalidConfigException;
import com.precog.application.service.backtest.HistoricalBacktest;
import com.precog.application.service.models.HistoricalGamesCsv;
import com.precog.domain.backtest.BacktestResult;
import com.precog.domain.backtest.BacktestSettings;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.sizing.KellyFraction;
import com.precog.adapters.persistence.Database;
import com.precog.adapters.persistence.PersistenceAdapters;
import com.precog.application.port.out.OrderJournal;
import com.precog.application.port.out.OrderRecord;
import com.precog.application.port.out.TradeRecord;
import com.precog.domain.backtest.BacktestTrade;
import com.precog.domain.market.OrderAction;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.strategy.Attribution;
import com.precog.domain.strategy.StrategyKey;
import com.precog.runner.PrecogHome;
import java.time.Instant;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precog run}: the main job. With no Kalshi credentials it runs the offline backtest of
 * bundled real NFL seasons and ends with a summary and an HTML report. {@code --mode live}
 * trades real money and is refused unless {@code --live} is given and trading.yaml confirms it.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run Precog. Default (no Kalshi credentials): offline backtest of bundled real NFL seasons, ending with a summary and an HTML report.")
public final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    /** The four execution environments. */
    public enum Mode { BACKTEST, PAPER, DEMO, LIVE }

    @Spec
    CommandSpec spec;
    @Option(names = "--mode", paramLabel = "MODE", description = "backtest, paper, demo or live (default: backtest without Kalshi credentials, else paper).")
    Mode mode;
    @Option(names = "--live", description = "Required, with live_trading_confirmed: true in trading.yaml, before --mode live may trade real money.")
    boolean liveSwitch;
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
    @Option(names = "--json", description = "Print the summary as JSON on stdout.")
    boolean json;
    @Option(names = "--no-db", description = "Do not record the replay's orders and trades in PostgreSQL (faster; nothing persisted).")
    boolean noDb;
    @Option(names = "--fair-values", paramLabel = "FILE", description = "paper/demo/live: operator fair values, CSV market_ticker,yes_probability,confidence,game_start (consulted before the models).")
    Path fairValues;
    @Option(names = "--duration", paramLabel = "DURATION", description = "paper/demo/live: stop gracefully after this long (e.g. 30m, 2h; default: run until SIGTERM/Ctrl-C).")
    String duration;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EffectiveConfig cfg;
        try {
            java.util.Optional<Path> dir = ConfigDirectory.resolve(configDir);
            if (dir.isEmpty()) {
                LOG.info("no config directory {} ($PRECOG_CONFIG_DIR, else ./config): the built-in defaults apply",
                        YamlConfigLoader.defaultDirectory().toAbsolutePath().normalize());
            }
            cfg = dir.isPresent() ? YamlConfigLoader.load(dir.get(), List.of()) : EffectiveConfig.defaults();
        } catch (InvalidConfigException e) {
            ConfigProblems.print(err, e.problems());
            return ExitCodes.BAD_INPUT;
        }
        com.precog.runner.cli.PrecogCommand.applyConfiguredLogging(spec, cfg); // system.yaml logging.*, unless a flag says otherwise
        Mode m = mode != null ? mode : defaultMode();
        if (m == Mode.LIVE) {
            boolean confirmed = cfg.bool(ConfigSchema.TRADING, "live_trading_confirmed");
            if (!liveSwitch || !confirmed) {
                err.println("precog: --mode live trades REAL MONEY and is refused: it needs both the --live flag"
                        + (liveSwitch ? "" : " (missing)") + " and live_trading_confirmed: true in trading.yaml"
                        + (confirmed ? "" : " (currently false)") + ". Use --mode demo to trade on the Kalshi demo exchange.");
                return ExitCodes.BAD_INPUT;
            }
        }
        if (m != Mode.BACKTEST) return session(m, cfg, out, err);
        if (fromSeason < 1979 || toSeason > 2022 || fromSeason > toSeason) {
            err.println("precog: --from/--to must be NFL seasons within 1979-2022 with from <= to, was " + fromSeason + "-" + toSeason);
            return ExitCodes.BAD_INPUT;
        }
        Dollars start;
        try {
            start = Dollars.parse(bankroll);
            if (!start.isPositive()) throw new IllegalArgumentException("must be positive");
        } catch (IllegalArgumentException e) {
            err.println("precog: --bankroll '" + bankroll + "' is not a positive dollar amount");
            return ExitCodes.BAD_INPUT;
        }
        return backtest(cfg, start, out, err);
    }

    private int session(Mode m, EffectiveConfig cfg, PrintWriter out, PrintWriter err) throws Exception {
        java.util.Optional<java.time.Duration> limit = java.util.Optional.empty();
        if (duration != null) {
            try {
                limit = java.util.Optional.of(ConfigKey.parseDuration(duration)); // the same forms as the YAML durations
            } catch (RuntimeException e) {
                err.println("precog: --duration '" + duration + "' is not a duration like 90s, 30m or 2h");
                return ExitCodes.BAD_INPUT;
            }
            try {
                limit.get().toMillis(); // what the session waits for: refused now, not once the session has started
            } catch (ArithmeticException e) {
                err.println("precog: --duration '" + duration + "' is too long; leave it out to run until SIGTERM/Ctrl-C");
                return ExitCodes.BAD_INPUT;
            }
        }
        if (fairValues != null && !java.nio.file.Files.isReadable(fairValues)) {
            err.println("precog: --fair-values file " + fairValues + " does not exist or is not readable");
            return ExitCodes.BAD_INPUT;
        }
        Dollars paperCash;
        try {
            paperCash = Dollars.parse(bankroll);
            if (!paperCash.isPositive()) throw new IllegalArgumentException("must be positive");
        } catch (IllegalArgumentException e) {
            err.println("precog: --bankroll '" + bankroll + "' is not a positive dollar amount");
            return ExitCodes.BAD_INPUT;
        }
        ExecutionEnvironment env = switch (m) {
            case PAPER -> ExecutionEnvironment.PAPER;
            case DEMO -> ExecutionEnvironment.DEMO;
            default -> ExecutionEnvironment.LIVE;
        };
        if (env != ExecutionEnvironment.PAPER && (blank(System.getenv("KALSHI_API_KEY_ID")) || blank(System.getenv("KALSHI_PRIVATE_KEY_PATH")))) {
            err.println("precog: --mode " + env.wireName() + " places orders on Kalshi and needs credentials: set KALSHI_API_KEY_ID and "
                    + "KALSHI_PRIVATE_KEY_PATH (see docs/OPERATIONS.md); --mode paper needs none");
            return ExitCodes.BAD_INPUT;
        }
        com.precog.runner.daemon.SessionOptions options = new com.precog.runner.daemon.SessionOptions(env, cfg, PrecogHome.path(), System.getenv(),
                java.util.Optional.ofNullable(fairValues), paperCash, tickInterval(), com.precog.runner.daemon.CrashPoints.fromEnvironment(), java.util.Optional.empty());
        try {
            return com.precog.runner.daemon.LiveSession.run(options, limit, out);
        } catch (RuntimeException e) {
            // one line that names the cause; the stack trace only at --log-level DEBUG (a wrong URL or key is no crash)
            Throwable cause = startFailure(e);
            boolean badInput = cause instanceof IllegalArgumentException;
            LOG.debug("cannot start the {} session", env.wireName(), e);
            err.println("precog: cannot start the " + env.wireName() + " session: " + cause.getMessage()
                    + (badInput ? "" : " (--log-level DEBUG shows the stack trace)"));
            return badInput ? ExitCodes.BAD_INPUT : ExitCodes.RUNTIME_FAILURE;
        }
    }

    /**
     * What stopped a session's start: the outermost cause with a message that is not Guice's wrapper (its message is
     * the whole multi-line report); bad input when it is an IllegalArgumentException. Before, the innermost cause (or
     * the first IllegalArgumentException) was taken: a refused connection read "cannot start the demo session: null",
     * and an unresolvable host (the JDK's UnresolvedAddressException is an IllegalArgumentException) exited 2.
     */
    static Throwable startFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            boolean guice = t instanceof com.google.inject.ProvisionException || t instanceof com.google.inject.CreationException;
            if (!guice && t.getMessage() != null && !t.getMessage().isBlank()) return t;
        }
        return e;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The monitoring tick (1 s; {@code PRECOG_TICK_MS} compresses it for tests). */
    private static java.time.Duration tickInterval() {
        String v = System.getenv("PRECOG_TICK_MS");
        if (v == null || v.isBlank()) return java.time.Duration.ofSeconds(1);
        return java.time.Duration.ofMillis(Long.parseLong(v.trim()));
    }

    private static Mode defaultMode() {
        String key = System.getenv("KALSHI_API_KEY_ID");
        String path = System.getenv("KALSHI_PRIVATE_KEY_PATH");
        return key != null && !key.isBlank() && path != null && !path.isBlank() ? Mode.PAPER : Mode.BACKTEST;
    }

    private int backtest(EffectiveConfig files, Dollars start, PrintWriter out, PrintWriter err) throws Exception {
        long t0 = System.nanoTime();
        ProgressBar progress = new ProgressBar(System.err);
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
        InputStream in = RunCommand.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("bundled data " + name + " is missing from the jar");
        return in;
    }
}
