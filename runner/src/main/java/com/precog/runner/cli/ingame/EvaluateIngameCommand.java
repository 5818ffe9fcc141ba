package com.precog.runner.cli.ingame;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.application.port.out.ingame.InGameModelVersions;
import com.precog.domain.model.ModelRef;
import com.precog.application.service.ingame.EvaluateInGameModel;
import com.precog.application.service.ingame.RecordInGameEvaluation;
import com.precog.domain.model.EvaluationRun;
import com.precog.domain.model.ingame.FallbackCounts;
import com.precog.domain.model.ingame.HistoricalPlay;
import com.precog.domain.model.ingame.InGameEvaluation;
import com.precog.domain.model.ingame.InGameModel;
import com.precog.runner.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code precog model evaluate-ingame --model NAME@V --plays PATH... [--json] [--report FILE]}: scores
 * the stored model and the normal-model baseline (closing spread) on every row with quarter 1–4 and
 * play type not TIMEOUT; prints plays, games and Brier, log loss and ECE of each. JSON keys:
 * {@code plays, games, model, baseline_normal} (each of the last two {@code brier, log_loss, ece}).
 * Unless {@code --no-record}, the evaluation is stored as an evaluation run of the version (its id on
 * stderr), so the version can be activated through the common gate ({@code precog model activate}).
 */
@Command(name = "evaluate-ingame", mixinStandardHelpOptions = true,
        description = "Evaluate a stored in-game model against the normal-model baseline on play-by-play files.")
public final class EvaluateIngameCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "NAME@V", description = "Stored model version, e.g. nfl_wp@v1.0.")
    String model;

    @Option(names = "--plays", required = true, arity = "1..*", paramLabel = "PATH", description = "Files or folders of nfl_pbp_*.csv[.gz].")
    List<Path> plays;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write a self-contained HTML report (reliability diagram, Brier by quarter).")
    Path report;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--no-record", description = "Do not store the evaluation as an evaluation run of the version.")
    boolean noRecord;

    @Option(names = "--config-dir", paramLabel = "DIR",
            description = "YAML directory for the activation gate of probability_models.yaml (default: $PRECOG_CONFIG_DIR, else ./config when present, "
                    + "else the built-in defaults); database overrides of 'precog config set' apply on top.")
    Path configDir;

    private final Supplier<InGameModelVersions> versions;
    private final Supplier<RecordInGameEvaluation> recorder;

    /** Released at the end of {@link #call()}; null when the caller gave the stores. */
    private InGameStores.Shared shared;

    /**
     * Reads versions from the shared model store (PostgreSQL) and records each evaluation there as an
     * evaluation run of the version, predictions included (what {@code precog model activate} reads).
     */
    public EvaluateIngameCommand() {
        this(new InGameStores.Shared());
    }

    private EvaluateIngameCommand(InGameStores.Shared shared) {
        this(shared::versions, shared::recorder);
        this.shared = shared;
    }

    /** Evaluates without recording runs. */
    public EvaluateIngameCommand(Supplier<InGameModelVersions> versions) {
        this(versions, null);
    }

    /** @param recorder stores the evaluation as an evaluation run; null records nothing */
    public EvaluateIngameCommand(Supplier<InGameModelVersions> versions, Supplier<RecordInGameEvaluation> recorder) {
        this.versions = Objects.requireNonNull(versions, "versions");
        this.recorder = recorder;
    }

    @Override
    public Integer call() throws IOException {
        if (shared != null) shared.begin(spec.commandLine().getErr());
        try {
            return evaluate();
        } finally {
            if (shared != null) shared.close();
        }
    }

    private Integer evaluate() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModelRef ref = ModelRef.parse(model);
        // the store (a database to start) and the model are loaded while the files are read
        java.util.concurrent.CompletableFuture<EvaluateInGameModel> useCaseLoading =
                InGameStores.inBackground("precog-model-store", () -> new EvaluateInGameModel(versions.get()));
        java.util.concurrent.CompletableFuture<InGameModel> loading = useCaseLoading.thenApply(u -> u.load(ref));
        long[] bad = {0};
        PlayByPlayFile.Plays read = PlayByPlayFile.read(plays, b -> {
            if (bad[0]++ < ImportPbpCommand.MAX_BAD_ROWS_SHOWN) err.println("precog: skipped malformed row " + b);
        }, note -> err.println("precog: " + note));
        List<HistoricalPlay> rows = read.plays();
        EvaluateInGameModel useCase = InGameStores.join(useCaseLoading);
        InGameModel m = InGameStores.join(loading);
        long t0 = System.nanoTime();
        FallbackCounts fallbacks = FallbackCounts.create();
        InGameEvaluation.Result r = useCase.evaluate(m, rows, fallbacks);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (report != null) {
            Files.writeString(report, InGameReport.html(ref.toString(), r), StandardCharsets.UTF_8);
            err.println("precog: report written to " + report);
        }
        String runId = null;
        if (recorder != null && !noRecord) {
            long r0 = System.nanoTime();
            EvaluationRun run = recorder.get().record(ref, m, rows, InGameStores.gameDates(plays, err), "nfl_pbp " + plays);
            runId = run.id();
            err.println("precog: recorded evaluation run " + runId + " of " + ref + " (" + run.predictionCount()
                    + " predictions); activate with 'precog model activate " + ref + "'");
            err.printf(java.util.Locale.ROOT, "precog: run and predictions stored in %.2f s%n", (System.nanoTime() - r0) / 1e9);
        }
        InGameEvaluation.Scores ms = r.scores().get(EvaluateInGameModel.MODEL);
        InGameEvaluation.Scores bs = r.scores().get(EvaluateInGameModel.BASELINE);
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode o = mapper.createObjectNode();
            o.put("plays", r.plays());
            o.put("games", r.games());
            o.set("model", scores(mapper, ms));
            o.set("baseline_normal", scores(mapper, bs));
            out.println(o.toString());
        } else {
            out.printf("%s on %,d plays of %,d games (malformed rows skipped: %d; duplicate plays skipped: %d; scored in %.2f s)%n", ref, r.plays(),
                    r.games(), bad[0], read.duplicatePlays(), seconds);
            long noSpread = rows.stream().filter(p -> p.isScoredInEvaluation() && Double.isNaN(p.spreadLine())).count();
            if (noSpread > 0) {
                out.printf("scored plays without a closing spread (spread_line missing): %,d; baseline_normal takes s = 0 for them, "
                        + "the model an expected margin of 0 (EXPECTED_MARGIN_UNKNOWN)%n", noSpread);
            }
            out.printf("%-16s %8s %9s %8s%n", "", "brier", "log_loss", "ece");
            r.scores().forEach((k, s) -> out.printf("%-16s %8.4f %9.4f %8.4f%n", k, s.brier(), s.logLoss(), s.ece()));
            out.println("feature fallbacks used by the model: " + fallbacks.snapshot());
            com.precog.application.config.EffectiveConfig cfg = shared != null ? shared.config(configDir)
                    : com.precog.runner.config.CommandConfig.load(configDir, null, java.time.Instant.now());
            var decision = EvaluateInGameModel.judge(r, new com.precog.domain.evaluation.ActivationGate(
                    com.precog.application.config.ConfiguredModels.gateCriteria(cfg)), runId == null ? "" : runId); // gate.* as 'model activate' judges
            out.println("activation gate (SPEC §3, baseline as benchmark): " + switch (decision) {
                case com.precog.domain.evaluation.GateDecision.Passed p -> "passed";
                case com.precog.domain.evaluation.GateDecision.Refused x -> x.reason(); // "refused: <failed criteria>"
            });
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static ObjectNode scores(ObjectMapper m, InGameEvaluation.Scores s) {
        ObjectNode n = m.createObjectNode();
        n.put("brier", s.brier());
        n.put("log_loss", s.logLoss());
        n.put("ece", s.ece());
        return n;
    }
}
