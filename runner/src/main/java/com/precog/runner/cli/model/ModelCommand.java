package com.precog.runner.cli.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.application.config.ConfiguredModels;
import com.precog.application.config.EffectiveConfig;
import com.precog.application.port.in.models.EvaluateModel;
import com.precog.application.port.in.models.ManageModelVersions;
import com.precog.application.port.out.models.ActivationDecisions;
import com.precog.application.port.out.models.EvaluationRunSummary;
import com.precog.application.service.models.HistoricalGamesCsv;
import com.precog.application.service.models.ModelEvaluationService;
import com.precog.application.service.models.ModelVersionService;
import com.precog.domain.evaluation.ActivationGate;
import com.precog.domain.evaluation.GateCheck;
import com.precog.domain.evaluation.GateCriteria;
import com.precog.domain.evaluation.MetricSummary;
import com.precog.domain.evaluation.ModelVsMarket;
import com.precog.domain.model.EvaluationKind;
import com.precog.domain.model.EvaluationRun;
import com.precog.domain.model.HistoricalGame;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelType;
import com.precog.domain.model.ModelVersion;
import com.precog.runner.PrecogHome;
import com.precog.runner.cli.ExitCodes;
import com.precog.runner.report.HtmlReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precog model list|show|create|evaluate|activate|deprecate|compare}. Versions, evaluation runs
 * (with every prediction) and activation-gate decisions are kept in PostgreSQL by {@link ModelStores}.
 */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Probability model versions: list, show, create, evaluate on historical games, activate (gate), deprecate.",
        subcommands = {ModelCommand.ListCmd.class, ModelCommand.Show.class, ModelCommand.Create.class, ModelCommand.Evaluate.class,
                ModelCommand.Activate.class, ModelCommand.Deprecate.class, ModelCommand.Compare.class})
public final class ModelCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return com.precog.runner.cli.CommandGroups.missingSubcommand(spec);
    }

    static final Clock CLOCK = Clock.systemUTC();

    /** The shared store (PostgreSQL); what an import of the old file store did goes to stderr. The caller closes it. */
    static ModelStores stores(CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        ModelStores s = ModelStores.open(PrecogHome.path(), CLOCK, line -> err.println("precog: " + line));
        err.flush();
        return s;
    }

    /** For the commands that never judge a version (list, show, deprecate): the gate is the SPEC's and unused. */
    static ModelVersionService manage(ModelStores s) {
        return new ModelVersionService(s.versions(), s.runs(), new ActivationGate(GateCriteria.specDefaults()), CLOCK, s.decisions());
    }

    /** With the activation gate of the configuration in force ({@code gate.*} of probability_models.yaml, overrides included). */
    static ModelVersionService manage(ModelStores s, EffectiveConfig cfg) {
        return new ModelVersionService(s.versions(), s.runs(), new ActivationGate(ConfiguredModels.gateCriteria(cfg)), CLOCK, s.decisions());
    }

    /** {@code --config-dir} of the commands that read probability_models.yaml (a picocli mixin). */
    public static final class ConfigDirOption {
        @Option(names = "--config-dir", paramLabel = "DIR",
                description = "YAML directory for probability_models.yaml (default: $PRECOG_CONFIG_DIR, else ./config when present, else the built-in defaults); "
                        + "database overrides of 'precog config set' apply on top.")
        Path configDir;
    }

    static void printJson(PrintWriter out, Object node) throws Exception {
        out.println(ModelJson.MAPPER.writeValueAsString(node));
        out.flush();
    }

    /** The NAME@VERSION argument and {@code --json} of show, create, activate and deprecate (a picocli mixin). */
    public static final class VersionArgument {
        @Parameters(index = "0", paramLabel = "NAME@VERSION")
        String model;
        @Option(names = "--json", description = "JSON on stdout.")
        boolean json;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List model versions (one JSON object per line with --json).")
    public static final class ListCmd implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "One JSON object per version on stdout.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<ModelVersion> all;
            try (ModelStores s = stores(spec)) {
                all = manage(s).list();
            }
            if (json) {
                for (ModelVersion v : all) out.println(ModelJson.MAPPER.writeValueAsString(ModelJson.version(v)));
                out.flush();
                return ExitCodes.OK;
            }
            out.printf(Locale.ROOT, "%-28s %-20s %-10s %s%n", "MODEL", "TYPE", "STATUS", "DESCRIPTION");
            for (ModelVersion v : all) out.printf(Locale.ROOT, "%-28s %-20s %-10s %s%n", v.ref(), v.type().key(), v.status().key(), v.description());
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one model version with its configuration, gate evidence and evaluation runs.")
    public static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        VersionArgument arg;

        @Override
        public Integer call() throws Exception {
            ModelRef ref = ModelRef.parse(arg.model);
            ModelVersion v;
            List<EvaluationRunSummary> runs;
            List<ActivationDecisions.ActivationDecision> decisions;
            try (ModelStores s = stores(spec)) {
                v = manage(s).show(ref).orElseThrow(() -> new IllegalArgumentException("model version " + ref + " does not exist"));
                runs = s.runs().summaries(ref);
                decisions = s.decisions().forModel(ref);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (arg.json) {
                ObjectNode o = ModelJson.version(v);
                ArrayNode arr = o.putArray("evaluation_runs");
                runs.forEach(r -> arr.add(ModelJson.runHeader(r)));
                ArrayNode ds = o.putArray("activation_decisions");
                decisions.forEach(d -> ds.add(ModelJson.decision(d.decision()).put("decided_at", d.decidedAt().toString())));
                printJson(out, o);
                return ExitCodes.OK;
            }
            out.println("model:       " + v.ref());
            out.println("type:        " + v.type().key() + " (" + v.type().phase().name().toLowerCase(Locale.ROOT) + ")");
            out.println("status:      " + v.status().key() + " since " + v.statusChangedAt());
            out.println("created:     " + v.createdAt());
            out.println("description: " + v.description());
            out.println("config:");
            v.config().forEach((k, val) -> out.println("  " + k + " = " + val));
            v.activationEvidence().ifPresent(d -> {
                out.println("activation gate (run " + d.evidence().evaluationRunId() + "):");
                d.checks().forEach(c -> out.println("  pass  " + c.describe()));
            });
            out.println("activation decisions: " + decisions.size());
            for (ActivationDecisions.ActivationDecision d : decisions) {
                out.println("  " + d.decidedAt() + " " + (d.passed() ? "passed" : "REFUSED") + " on run " + d.decision().evidence().evaluationRunId());
                d.decision().checks().stream().filter(c -> !c.passed()).forEach(c -> out.println("    FAIL  " + c.describe()));
            }
            out.println("evaluation runs: " + runs.size());
            for (EvaluationRunSummary r : runs) {
                MetricSummary m = r.scores().model();
                out.printf(Locale.ROOT, "  %s %s %s..%s n=%d brier=%.4f%s%n", r.id(), r.kind().key(), r.from(), r.to(), m.n(), m.brier(),
                        r.scores().market().map(mk -> String.format(Locale.ROOT, " market=%.4f", mk.brier())).orElse(""));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a new draft model version (immutable once created).")
    public static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        VersionArgument arg;
        @Option(names = "--type", required = true, description = "elo, logistic_regression, ensemble, historical_lookup, normal_in_game, in_game_logistic")
        String type;
        @Option(names = {"-c", "--config"}, paramLabel = "KEY=VALUE", description = "Configuration entries (repeatable), e.g. -c elo.k=25 -c features=elo_diff,market_logit")
        Map<String, String> config = new LinkedHashMap<>();
        @Option(names = "--description", defaultValue = "")
        String description;
        @Mixin
        ConfigDirOption configDir;

        @Override
        public Integer call() throws Exception {
            ModelVersion v;
            try (ModelStores s = stores(spec)) {
                ModelType t = ModelType.parse(type);
                // a version is immutable: the Elo/regression/ensemble settings the configuration changes are recorded in it
                Map<String, String> recorded = ConfiguredModels.versionConfig(s.config(configDir.configDir), t, config);
                v = manage(s).create(new ManageModelVersions.CreateModelVersion(ModelRef.parse(arg.model), t, recorded, description));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (arg.json) printJson(out, ModelJson.version(v));
            else out.println("created " + v.ref() + " (" + v.type().key() + ", draft)");
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** Options shared by evaluate and compare (a picocli mixin). */
    public static final class GamesOptions {
        @Option(names = "--games", required = true, paramLabel = "FILE.csv", description = "Games with closing lines, spreadspoke format (nfl_scores_spreads_1966_2022.csv).")
        Path games;
        @Option(names = "--teams", paramLabel = "FILE.csv", description = "Team table (nfl_teams.csv format); default: the bundled copy.")
        Path teams;
        @Option(names = "--from", paramLabel = "DATE", description = "First game date evaluated (default: first game in the file).")
        LocalDate from;
        @Option(names = "--to", paramLabel = "DATE", description = "Last game date evaluated (default: last game in the file).")
        LocalDate to;
        @Option(names = "--kind", defaultValue = "backtest", description = "backtest (walk-forward by season), cross_validation, holdout. Default: ${DEFAULT-VALUE}")
        String kind;
        @Option(names = "--folds", description = "k for cross_validation. Default: evaluation.cv_folds of probability_models.yaml (5).")
        Integer folds;
        @Mixin
        ConfigDirOption configDir;

        /** {@code --folds}, else {@code evaluation.cv_folds}. */
        int folds(EffectiveConfig cfg) {
            return folds != null ? folds : ConfiguredModels.crossValidationFolds(cfg);
        }
        @Option(names = "--holdout-from", paramLabel = "DATE", description = "holdout: first test date (default: the last 20%% of the range).")
        LocalDate holdoutFrom;
        @Option(names = "--report", paramLabel = "FILE.html", description = "Where to write the HTML report (default: $PRECOG_HOME/reports/...).")
        Path report;
        @Option(names = "--no-report", description = "Do not write the HTML report.")
        boolean noReport;

        record Loaded(List<HistoricalGame> games, LocalDate from, LocalDate to, EvaluationKind kind, LocalDate holdoutFrom) {}

        /**
         * Reads the games and settles the window. Everything the command line can get wrong is refused here, before any
         * evaluation runs or is stored: the report target, the games file, the dates.
         */
        Loaded load(PrintWriter err) throws Exception {
            checkReportTarget();
            HistoricalGamesCsv.Result res = GamesFiles.load(games, teams);
            err.println("precog: read " + res.games().size() + " finished games from " + games.getFileName()
                    + (res.unplayedSkipped() > 0 ? " (" + res.unplayedSkipped() + " unplayed skipped)" : "")
                    + (res.unknownFavourite() > 0 ? " (" + res.unknownFavourite() + " lines dropped: favourite matched neither team)" : ""));
            err.flush();
            List<HistoricalGame> g = res.games();
            LocalDate f = from != null ? from : g.get(0).date();
            LocalDate t = to != null ? to : g.get(g.size() - 1).date();
            if (t.isBefore(f)) throw new IllegalArgumentException("--to " + t + " is before --from " + f);
            EvaluationKind k = EvaluationKind.parse(kind);
            LocalDate ho = holdoutFrom;
            if (ho != null && k != EvaluationKind.HOLDOUT) {
                throw new IllegalArgumentException("--holdout-from applies to --kind holdout only, not --kind " + k.key());
            }
            if (ho != null && (!ho.isAfter(f) || ho.isAfter(t))) {
                // the run would be stored for a period outside the games evaluated, or forecast nothing
                throw new IllegalArgumentException("--holdout-from " + ho + " must lie within the evaluated window: after " + f
                        + (from != null ? " (--from)" : " (the first game in " + games.getFileName() + ")") + " and not after " + t
                        + (to != null ? " (--to)" : " (the last game in " + games.getFileName() + ")")
                        + "; the games before it fit the model, the games from it on are forecast");
            }
            if (ho == null) {
                List<HistoricalGame> in = g.stream().filter(x -> !x.date().isBefore(f) && !x.date().isAfter(t)).toList();
                if (in.isEmpty()) throw new IllegalArgumentException("no game between --from " + f + " and --to " + t + " in " + games);
                ho = in.get((int) (in.size() * 0.8)).date();
            }
            return new Loaded(g, f, t, k, ho);
        }

        /**
         * {@code --report FILE.html}: a file in a folder that exists and can be written. Checked before the evaluation,
         * which stores its run: a report that cannot be written afterwards would fail the command with the run kept.
         */
        void checkReportTarget() {
            if (noReport || report == null) return;
            if (Files.isDirectory(report)) {
                throw new IllegalArgumentException("--report " + report + " is a folder; give a file name, e.g. " + report.resolve("report.html"));
            }
            Path parent = report.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new IllegalArgumentException("--report " + report + ": the folder " + parent + " does not exist");
            }
            if (!Files.isWritable(parent)) throw new IllegalArgumentException("--report " + report + ": the folder " + parent + " cannot be written");
            if (Files.exists(report) && !Files.isRegularFile(report)) {
                throw new IllegalArgumentException("--report " + report + " exists and is not a regular file");
            }
        }
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = "Evaluate a pre-game model version on historical games next to the closing-spread market; stores the run and writes an HTML report.")
    public static final class Evaluate implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--model", required = true, paramLabel = "NAME@VERSION")
        String model;
        @picocli.CommandLine.Mixin
        GamesOptions opts;
        @Option(names = "--json", description = "JSON on stdout.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            ModelRef ref = ModelRef.parse(model);
            GamesOptions.Loaded l = opts.load(spec.commandLine().getErr());
            EvaluateModel.ModelEvaluation e;
            EffectiveConfig cfg;
            try (ModelStores s = stores(spec)) {
                cfg = s.config(opts.configDir.configDir);
                ModelEvaluationService svc = new ModelEvaluationService(s.versions(), s.runs(), CLOCK, () -> "eval-" + UUID.randomUUID(),
                        ConfiguredModels.crossValidationUnstableSd(cfg));
                progress(spec, ref.toString(), l);
                e = svc.evaluate(new EvaluateModel.EvaluateModelCommand(ref, l.games(), l.from(), l.to(), l.kind(),
                        opts.folds(cfg), l.holdoutFrom(), opts.games.getFileName().toString()));
            }
            Path report = null;
            if (!opts.noReport) {
                report = opts.report != null ? opts.report
                        : PrecogHome.path().resolve("reports").resolve("model-" + ref.name() + "-" + ref.version() + "-" + e.run().id() + ".html");
                Map<String, String> about = about(e.version(), e.run(), opts.games);
                ModelReports.build("Model evaluation: " + ref, about,
                        List.of(new ModelReports.Evaluated(ref.toString(), e.predictions(), e.run().scores(), e.run().crossValidation())),
                        CLOCK.instant(), ConfiguredModels.gateCriteria(cfg), ConfiguredModels.crossValidationUnstableSd(cfg)).write(report);
            }
            print(spec.commandLine().getOut(), json, e.version(), e.run(), report, ConfiguredModels.crossValidationUnstableSd(cfg));
            return ExitCodes.OK;
        }
    }

    /** One progress line on stderr (stdout stays machine-readable). */
    static void progress(CommandSpec spec, String what, GamesOptions.Loaded l) {
        spec.commandLine().getErr().println("precog: evaluating " + what + ": " + l.kind().key() + " "
                + (l.kind() == EvaluationKind.HOLDOUT ? l.holdoutFrom() + " .. " + l.to() + " (fitted on the games before " + l.holdoutFrom() + ")"
                        : l.from() + " .. " + l.to())
                + (l.kind() == EvaluationKind.BACKTEST ? " (replay from the first game, refit before each season)" : ""));
        spec.commandLine().getErr().flush();
    }

    static Map<String, String> about(ModelVersion v, EvaluationRun r, Path games) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("model", v.ref() + " (" + v.type().key() + ", " + v.status().key() + ")");
        m.put("config", v.config().toString());
        m.put("games file", games.toString());
        m.put("evaluated", r.from() + " .. " + r.to());
        m.put("workflow", r.kind().key() + (r.kind() == EvaluationKind.BACKTEST ? " (walk-forward: refitted before each season on earlier seasons only)" : ""));
        m.put("evaluation run", r.id());
        return m;
    }

    static void print(PrintWriter out, boolean json, ModelVersion v, EvaluationRun r, Path report, double unstableSd) throws Exception {
        ModelVsMarket s = r.scores();
        if (json) {
            ObjectNode o = ModelJson.runHeader(r);
            o.put("status", v.status().key());
            o.put("n", s.model().n());
            if (report != null) o.put("report", report.toAbsolutePath().toString());
            printJson(out, o);
            return;
        }
        out.println("model " + v.ref() + " (" + v.type().key() + "), " + r.kind().key() + " " + r.from() + " .. " + r.to() + " on " + r.dataSource());
        out.printf(Locale.ROOT, "%-26s %6s %9s %8s %9s %8s %8s%n", "", "n", "accuracy", "Brier", "log_loss", "ECE", "AUC");
        row(out, "model", s.model());
        s.modelOnMarketGames().ifPresent(m -> row(out, "model (games with a line)", m));
        s.market().ifPresent(m -> row(out, "market (closing spread)", m));
        if (s.market().isPresent()) {
            out.printf(Locale.ROOT, "Brier model - market on the same %d games: %+.5f%n", s.marketGames(),
                    s.modelOnMarketGames().orElseThrow().brier() - s.market().orElseThrow().brier());
        } else {
            out.println("market: no closing line on these games");
        }
        r.crossValidation().ifPresent(cv -> out.printf(Locale.ROOT, "cross-validation: %d folds, accuracy mean %.4f sd %.4f%s%n",
                cv.folds().size(), cv.meanAccuracy(), cv.sdAccuracy(), cv.unstable() ? " UNSTABLE (sd > " + ModelReports.plain(unstableSd) + ")" : ""));
        out.println("run " + r.id() + " stored; " + v.ref() + " is " + v.status().key());
        if (report != null) out.println("report: " + report.toAbsolutePath());
        out.flush();
    }

    private static void row(PrintWriter out, String label, MetricSummary m) {
        out.printf(Locale.ROOT, "%-26s %6d %9.4f %8.4f %9.4f %8.4f %8s%n", label, m.n(), m.accuracy(), m.brier(), m.logLoss(), m.ece(),
                ModelReports.f4(m.auc()));
    }

    @Command(name = "activate", mixinStandardHelpOptions = true,
            description = "Move a testing version to active if its latest evaluation passes the activation gate (exit 1 with the failed criteria otherwise).")
    public static final class Activate implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        VersionArgument arg;
        @Mixin
        ConfigDirOption configDir;

        @Override
        public Integer call() throws Exception {
            ModelVersion.Activation a;
            try (ModelStores s = stores(spec)) {
                a = manage(s, s.config(configDir.configDir)).activate(ModelRef.parse(arg.model));
            }
            PrintWriter out = spec.commandLine().getOut();
            var decision = switch (a) {
                case ModelVersion.Activated act -> act.decision();
                case ModelVersion.Refused ref -> ref.decision();
            };
            if (arg.json) {
                ObjectNode o = ModelJson.decision(decision);
                o.put("model", arg.model);
                printJson(out, o);
            } else {
                out.println((a instanceof ModelVersion.Activated ? "activated " : "refused ") + arg.model
                        + " (evaluation run " + decision.evidence().evaluationRunId() + ")");
                for (GateCheck c : decision.checks()) out.println("  " + (c.passed() ? "pass  " : "FAIL  ") + c.describe());
                out.flush();
            }
            if (a instanceof ModelVersion.Refused r) {
                spec.commandLine().getErr().println("precog: activation of " + arg.model + " " + r.decision().reason());
                return ExitCodes.RUNTIME_FAILURE;
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "deprecate", mixinStandardHelpOptions = true, description = "Deprecate a model version.")
    public static final class Deprecate implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        VersionArgument arg;

        @Override
        public Integer call() throws Exception {
            ModelVersion v;
            try (ModelStores s = stores(spec)) {
                v = manage(s).deprecate(ModelRef.parse(arg.model));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (arg.json) printJson(out, ModelJson.version(v));
            else out.println("deprecated " + v.ref());
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Evaluate several versions on the same games without storing anything; prints a Markdown table (the docs/MODELS.md figures) and writes one HTML report.")
    public static final class Compare implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--models", split = ",", required = true, paramLabel = "NAME@VERSION,...")
        List<String> models;
        @picocli.CommandLine.Mixin
        GamesOptions opts;
        @Option(names = "--json", description = "One JSON object per model on stdout.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            GamesOptions.Loaded l = opts.load(spec.commandLine().getErr());
            ScratchModelStores mem;
            EffectiveConfig cfg;
            try (ModelStores s = stores(spec)) {
                mem = ScratchModelStores.copyOf(s.versions());
                cfg = s.config(opts.configDir.configDir);
            }
            double unstableSd = ConfiguredModels.crossValidationUnstableSd(cfg);
            ModelEvaluationService svc = new ModelEvaluationService(mem.versions(), mem.runs(), CLOCK, () -> "cmp-" + UUID.randomUUID(), unstableSd);
            List<ModelReports.Evaluated> done = new ArrayList<>();
            PrintWriter out = spec.commandLine().getOut();
            for (String m : models) {
                ModelRef ref = ModelRef.parse(m.trim());
                progress(spec, ref + " (" + (done.size() + 1) + "/" + models.size() + ")", l);
                EvaluateModel.ModelEvaluation e = svc.evaluate(new EvaluateModel.EvaluateModelCommand(ref, l.games(), l.from(), l.to(), l.kind(),
                        opts.folds(cfg), l.holdoutFrom(), opts.games.getFileName().toString()));
                done.add(new ModelReports.Evaluated(ref.toString(), e.predictions(), e.run().scores(), e.run().crossValidation()));
                if (json) {
                    ObjectNode o = ModelJson.runHeader(e.run());
                    o.remove("id");
                    out.println(ModelJson.MAPPER.writeValueAsString(o));
                }
            }
            Path report = null;
            if (!opts.noReport) {
                report = opts.report != null ? opts.report
                        : PrecogHome.path().resolve("reports").resolve("model-compare-" + CLOCK.millis() + ".html");
                Map<String, String> about = new LinkedHashMap<>();
                about.put("models", String.join(", ", models));
                about.put("games file", opts.games.toString());
                about.put("evaluated", l.from() + " .. " + l.to());
                about.put("workflow", l.kind().key());
                ModelReports.build("Model comparison", about, done, CLOCK.instant(), ConfiguredModels.gateCriteria(cfg), unstableSd).write(report);
            }
            if (!json) {
                out.println("| forecaster | n | Brier | log loss | ECE | accuracy | AUC | Brier − market |");
                out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
                Optional<MetricSummary> market = Optional.empty();
                for (ModelReports.Evaluated e : done) {
                    MetricSummary m = e.scores().modelOnMarketGames().orElse(e.scores().model());
                    String delta = e.scores().market().map(mk -> String.format(Locale.ROOT, "%+.5f", m.brier() - mk.brier())).orElse("n/a");
                    out.printf(Locale.ROOT, "| %s | %d | %.4f | %.4f | %.4f | %.4f | %s | %s |%n", e.label(), m.n(), m.brier(), m.logLoss(), m.ece(),
                            m.accuracy(), ModelReports.f4(m.auc()), delta);
                    if (market.isEmpty()) market = e.scores().market();
                }
                market.ifPresent(m -> out.printf(Locale.ROOT, "| market: closing spread Φ(margin/13.45) | %d | %.4f | %.4f | %.4f | %.4f | %s | 0 |%n",
                        m.n(), m.brier(), m.logLoss(), m.ece(), m.accuracy(), ModelReports.f4(m.auc())));
                if (report != null) out.println("report: " + report.toAbsolutePath());
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
