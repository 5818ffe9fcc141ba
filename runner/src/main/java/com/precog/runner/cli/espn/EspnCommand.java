package com.precog.runner.cli.espn;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.espn.EspnGameFeed;
import com.precog.adapters.persistence.Database;
import com.precog.adapters.persistence.PersistenceAdapters;
import com.precog.application.port.out.games.GameStates;
import com.precog.application.service.games.ExecutorPollScheduler;
import com.precog.application.service.games.GameEventBus;
import com.precog.application.service.games.GamePollingService;
import com.precog.application.service.games.PollingPolicy;
import com.precog.domain.game.GameEvent;
import com.precog.domain.game.GameLinker;
import com.precog.domain.game.GameState;
import com.precog.domain.game.League;
import com.precog.domain.game.Scoreboard;
import com.precog.runner.cli.ExitCodes;
import com.precog.runner.cli.db.SharedDatabase;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code precog espn scores|live}: the ESPN game feed from the command line. */
@Command(name = "espn", mixinStandardHelpOptions = true, description = "ESPN scoreboards: one day's games, or a live stream of state changes.",
        subcommands = {EspnCommand.Scores.class, EspnCommand.Live.class})
public final class EspnCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return com.precog.runner.cli.CommandGroups.missingSubcommand(spec);
    }

    /** {@code precog espn scores --league nfl [--date YYYYMMDD] [--json]}. */
    @Command(name = "scores", mixinStandardHelpOptions = true, description = "Print one league's games of one day (US Eastern).")
    public static final class Scores implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--league", required = true, paramLabel = "LEAGUE", converter = EspnWiring.LeagueConverter.class,
                description = "nfl, ncaaf, nba, nhl or mlb.")
        League league;
        @Option(names = "--date", paramLabel = "YYYYMMDD", converter = EspnWiring.DateConverter.class,
                description = "Day of the games (default: today, US Eastern).")
        LocalDate date;
        @Option(names = "--json", description = "One JSON document on stdout.")
        boolean json;

        @Override
        public Integer call() {
            Clock clock = Clock.systemUTC();
            LocalDate day = date != null ? date : clock.instant().atZone(GameLinker.GAME_DAY_ZONE).toLocalDate();
            Scoreboard board = EspnWiring.gameFeed(clock).scoreboard(league, day);
            PrintWriter out = spec.commandLine().getOut();
            List<GameState> games = board.games().stream()
                    .sorted(Comparator.comparing(GameState::scheduledStart).thenComparing(g -> g.id().value())).toList();
            board.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
            if (json) {
                ObjectNode doc = GameJson.MAPPER.createObjectNode();
                doc.put("league", league.name());
                doc.put("date", day.toString());
                doc.put("observedAt", board.observedAt().toString());
                ArrayNode arr = doc.putArray("games");
                games.forEach(g -> arr.add(GameJson.toJson(g)));
                ArrayNode warnings = doc.putArray("warnings");
                board.warnings().forEach(warnings::add);
                out.println(doc.toString());
            } else {
                out.println(league + " " + day + ": " + games.size() + " games");
                games.forEach(g -> out.println(GameJson.toText(g)));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code precog espn live [--league nfl ...] [--json]}: polls and prints every state change until interrupted. */
    @Command(name = "live", mixinStandardHelpOptions = true,
            description = "Watch games: poll every 15 s while a game is live (5 min otherwise), print each state change.")
    public static final class Live implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--league", split = ",", paramLabel = "LEAGUE", converter = EspnWiring.LeagueConverter.class,
                description = "Leagues to watch (default: nfl,ncaaf).")
        List<League> leagues = List.of(League.NFL, League.NCAAF);
        @Option(names = "--json", description = "One JSON object per line on stdout.")
        boolean json;
        @Option(names = "--live-interval", paramLabel = "SECONDS", description = "Poll interval while a game is live (default 15).")
        double liveSeconds = 15;
        @Option(names = "--idle-interval", paramLabel = "SECONDS", description = "Poll interval otherwise (default 300).")
        double idleSeconds = 300;
        @Option(names = "--max-age", paramLabel = "SECONDS", description = "Reject scoreboards older than this (default 60).")
        double maxAgeSeconds = 60;
        @Option(names = "--polls", paramLabel = "N", description = "Stop after N polls in total (default: run until interrupted).")
        int polls;
        @Option(names = "--confirmations", paramLabel = "N",
                description = "Accept a flagged observation (e.g. a lowered score) as a correction once N consecutive polls agree on its teams, scores, period and status (the clock may run); 0 = never (default 3).")
        int confirmations = PollingPolicy.DEFAULT.correctionConfirmations();
        @Option(names = "--no-db", description = "Keep the game states in memory only (default: SCD2 history in PostgreSQL, shared with the daemon).")
        boolean noDb;

        @Override
        public Integer call() throws Exception {
            if (polls < 0) throw new IllegalArgumentException("--polls must be >= 0, was " + polls);
            PollingPolicy policy = new PollingPolicy(seconds(liveSeconds, "--live-interval"), seconds(idleSeconds, "--idle-interval"),
                    seconds(maxAgeSeconds, "--max-age"), confirmations);
            Clock clock = Clock.systemUTC();
            EspnGameFeed feed = EspnWiring.gameFeed(clock);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            // the daemon's store (game_states, SCD2) in the default database: embedded under $PRECOG_HOME/db (or the
            // running daemon's server on it) or PRECOG_DB_URL
            Database db = noDb ? null : SharedDatabase.open();
            GameStates states = db == null ? new SessionGameStates() : new PersistenceAdapters(db, clock).gameStates();
            err.println("precog: game states " + (db == null ? "kept in memory (--no-db)" : "stored in " + db.description()));
            err.flush();
            GameEventBus bus = new GameEventBus();
            bus.subscribe(e -> print(out, err, e));
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "espn-live");
                t.setDaemon(true);
                return t;
            });
            CountDownLatch done = new CountDownLatch(1);
            AtomicInteger pollCount = new AtomicInteger();
            ExecutorPollScheduler scheduler = new ExecutorPollScheduler(executor);
            GamePollingService service = new GamePollingService(feed, states, bus, clock,
                    (delay, task) -> scheduler.schedule(delay, () -> {
                        task.run();
                        if (polls > 0 && pollCount.incrementAndGet() >= polls) done.countDown();
                    }), policy, leagues);
            Thread hook = new Thread(done::countDown, "espn-live-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                service.start();
                done.await();
            } finally {
                service.stop();
                executor.shutdown();
                executor.awaitTermination(5, TimeUnit.SECONDS);
                if (db != null) db.close(); // after the last poll's write
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is already exiting
                }
            }
            return ExitCodes.OK;
        }

        private void print(PrintWriter out, PrintWriter err, GameEvent e) {
            switch (e) {
                case GameEvent.StateChanged c -> {
                    if (json) {
                        ObjectNode n = GameJson.toJson(c.current());
                        n.put("event", "state_changed");
                        n.put("at", c.at().toString());
                        out.println(n.toString());
                    } else {
                        out.println(c.at() + " " + GameJson.toText(c.current()));
                    }
                    out.flush();
                }
                case GameEvent.AnomalyFlagged a -> err.println("anomaly " + a.rejected().id() + ": " + a.issues() + " (kept last good state)");
                case GameEvent.StaleDataRejected s -> err.println("stale " + s.league() + " scoreboard rejected: " + s.age().toSeconds() + " s old");
            }
            err.flush();
        }

        private static Duration seconds(double s, String option) {
            if (!(s > 0) || s > 86_400) throw new IllegalArgumentException(option + " must be in (0, 86400] seconds, was " + s);
            return Duration.ofMillis(Math.round(s * 1000));
        }
    }
}
