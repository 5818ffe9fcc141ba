package com.precog.runner.cli.ingame;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.application.port.out.ingame.InGameModelVersions;
import com.precog.application.service.ingame.FitInGameModel;
import com.precog.domain.model.ingame.HistoricalPlay;
import com.precog.domain.model.ingame.InGameFeatures;
import com.precog.domain.model.ingame.InGameModelFitter;
import com.precog.domain.model.ingame.LinearPredictor;
import com.precog.domain.model.ingame.SeasonRange;
import com.precog.runner.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code precog model fit-ingame --name NAME --plays PATH... [--seasons A-B] [--json]}: fits the
 * in-game model (regression + lookup table) on the plays of those seasons and stores it as a new
 * immutable version of NAME; prints {@code NAME@V} ({@code "model"} in JSON).
 */
@Command(name = "fit-ingame", mixinStandardHelpOptions = true,
        description = "Fit the NFL in-game win-probability model on play-by-play files and store a new version.")
public final class FitIngameCommand implements Callable<Integer> {
    @Option(names = "--name", required = true, description = "Model name: [a-z][a-z0-9_]*, e.g. nfl_wp.")
    String name;

    @Option(names = "--plays", required = true, arity = "1..*", paramLabel = "PATH", description = "Files or folders of nfl_pbp_*.csv[.gz].")
    List<Path> plays;

    @Option(names = "--seasons", paramLabel = "A-B", description = "Seasons to fit on (default: all in the files).")
    String seasons;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<InGameModelVersions> versions;
    private final Clock clock;

    /** Released at the end of {@link #call()}; null when the caller gave the store. */
    private final InGameStores.Shared shared;

    /**
     * Stores versions in the shared model store (PostgreSQL, the one {@code precog model list/activate}
     * use), as type {@code in_game_logistic}.
     */
    public FitIngameCommand() {
        this(new InGameStores.Shared());
    }

    private FitIngameCommand(InGameStores.Shared shared) {
        this(shared::versions, Clock.systemUTC(), shared);
    }

    public FitIngameCommand(Supplier<InGameModelVersions> versions, Clock clock) {
        this(versions, clock, null);
    }

    private FitIngameCommand(Supplier<InGameModelVersions> versions, Clock clock, InGameStores.Shared shared) {
        this.versions = Objects.requireNonNull(versions, "versions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.shared = shared;
    }

    @Override
    public Integer call() throws IOException {
        if (shared != null) shared.begin(spec.commandLine().getErr());
        try {
            return fit();
        } finally {
            if (shared != null) shared.close();
        }
    }

    private Integer fit() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SeasonRange range = seasons == null ? SeasonRange.all() : SeasonRange.parse(seasons);
        new com.precog.domain.model.ModelRef(name, 1, 0); // validates the name before the slow part
        long t0 = System.nanoTime();
        long[] bad = {0};
        // the store (a database to start) opens while the files are read and the model is fitted
        // (a name that belongs to a model of another type is refused as soon as the store is open)
        java.util.concurrent.CompletableFuture<InGameModelVersions> store = InGameStores.inBackground("precog-model-store",
                () -> InGameStores.requireInGameName(versions.get(), name));
        PlayByPlayFile.Plays read = PlayByPlayFile.read(plays, b -> {
            if (bad[0]++ < ImportPbpCommand.MAX_BAD_ROWS_SHOWN) err.println("precog: skipped malformed row " + b);
        }, note -> err.println("precog: " + note));
        List<HistoricalPlay> all = read.plays();
        if (all.isEmpty()) {
            throw new IllegalArgumentException("the files hold no plays (" + ImportPbpCommand.count(read.files().size(), "file")
                    + " read" + (bad[0] > 0 ? ", " + ImportPbpCommand.count(bad[0], "malformed row") + " skipped" : "") + ")");
        }
        InGameModelVersions target = InGameStores.join(store);
        if (seasons != null) checkSeasons(range, all, err);
        FitInGameModel.Result r = new FitInGameModel(target, clock).fit(name, all, range, InGameModelFitter.Config.defaults());
        double seconds = (System.nanoTime() - t0) / 1e9;
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = m.createObjectNode();
        o.put("model", r.stored().ref().toString());
        o.put("type", FitInGameModel.TYPE);
        o.put("seasons", range.equals(SeasonRange.all()) ? "all" : range.toString());
        o.put("plays", r.plays());
        o.put("games", r.games());
        o.put("malformed_rows", bad[0]);
        o.put("duplicate_plays", read.duplicatePlays());
        o.put("feature_set", InGameFeatures.VERSION);
        o.set("regulation", predictor(m, r.model().regulation()));
        ObjectNode overtime = predictor(m, r.model().overtime());
        boolean prior = r.model().overtime().equals(InGameModelFitter.overtimePrior());
        overtime.put("source", prior ? "normal_prior" : "fitted");
        o.set("overtime", overtime);
        if (prior) err.println("precog: the chosen plays hold no overtime play: overtime states are priced by the normal model on the overtime clock");
        o.put("lookup_buckets", r.model().lookup().cells().size());
        o.put("seconds", Math.round(seconds * 1000) / 1000.0);
        if (json) {
            out.println(o.toString());
        } else {
            out.printf("Stored %s (%s): fitted on %,d plays of %,d games, seasons %s, %d lookup buckets, %.1f s%n",
                    r.stored().ref(), FitInGameModel.TYPE, r.plays(), r.games(), o.get("seasons").asText(),
                    r.model().lookup().cells().size(), seconds);
            if (bad[0] > 0 || read.duplicatePlays() > 0) {
                out.printf("skipped: %s, %s%n", ImportPbpCommand.count(bad[0], "malformed row"),
                        ImportPbpCommand.count(read.duplicatePlays(), "duplicate play") + " (games already read from an earlier file)");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The seasons asked for must be in the files: none of them is bad input (exit 2, naming the seasons the
     * files hold); some missing is a warning on stderr naming them (the fit goes on with the others).
     */
    static void checkSeasons(SeasonRange range, List<HistoricalPlay> plays, PrintWriter err) {
        java.util.TreeSet<Integer> inFiles = new java.util.TreeSet<>();
        int last = Integer.MIN_VALUE;
        for (HistoricalPlay p : plays) {
            if (p.season() != last) inFiles.add(last = p.season());
        }
        java.util.TreeSet<Integer> absent = new java.util.TreeSet<>();
        for (int s = range.first(); s <= range.last(); s++) if (!inFiles.contains(s)) absent.add(s);
        if (absent.isEmpty()) return;
        if (absent.size() == range.last() - range.first() + 1) {
            throw new IllegalArgumentException("seasons " + range + " select no plays: the files hold season" + (inFiles.size() == 1 ? " " : "s ")
                    + seasonList(inFiles));
        }
        err.println("precog: " + (absent.size() == 1 ? "season " + seasonList(absent) + " is" : "seasons " + seasonList(absent) + " are")
                + " not in the files (they hold " + seasonList(inFiles) + "); fitting on the other seasons of " + range);
        err.flush();
    }

    /** {@code 2009-2014}, {@code 2009, 2011-2012}: consecutive seasons as ranges. */
    static String seasonList(java.util.SortedSet<Integer> seasons) {
        StringBuilder b = new StringBuilder();
        Integer from = null;
        Integer to = null;
        for (int s : seasons) {
            if (to != null && s == to + 1) {
                to = s;
                continue;
            }
            if (from != null) b.append(b.isEmpty() ? "" : ", ").append(from.equals(to) ? from.toString() : from + "-" + to);
            from = s;
            to = s;
        }
        if (from != null) b.append(b.isEmpty() ? "" : ", ").append(from.equals(to) ? from.toString() : from + "-" + to);
        return b.toString();
    }

    private static ObjectNode predictor(ObjectMapper m, LinearPredictor p) {
        ObjectNode n = m.createObjectNode();
        n.put("intercept", p.intercept());
        ObjectNode c = n.putObject("coefficients");
        double[] w = p.coefficients();
        for (int j = 0; j < w.length; j++) c.put(InGameFeatures.NAMES.get(j), w[j]);
        return n;
    }
}
