package com.precog.application.service.ingame;

import com.precog.application.port.out.models.EvaluationRuns;
import com.precog.application.port.out.models.ModelVersions;
import com.precog.domain.evaluation.ModelVsMarket;
import com.precog.domain.model.EvaluatedPrediction;
import com.precog.domain.model.EvaluationKind;
import com.precog.domain.model.EvaluationRun;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelStatus;
import com.precog.domain.model.ingame.FallbackCounts;
import com.precog.domain.model.ingame.HistoricalPlay;
import com.precog.domain.model.ingame.InGameEvaluation;
import com.precog.domain.model.ingame.InGameModel;
import com.precog.domain.model.ingame.InGameSituation;
import com.precog.domain.model.ingame.WinProbabilityLookup;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * Use case: store an in-game evaluation as an {@link EvaluationRun} of the model version, so that the
 * version can be activated through the common lifecycle ({@code ModelVersionService.activate} reads the
 * newest run of a version and applies the activation gate of SPEC §3 to it).
 *
 * <p>The run holds one prediction per scored play (the rows of {@link InGameEvaluation}: quarters 1–4,
 * play type not TIMEOUT), in file order: game key {@code GAME_ID#PLAY_ORDER}, the game's date, the
 * model's P(home wins), a confidence of {@code 1 − width of the lookup bucket's Wilson 95% interval}
 * (how much history stands behind such a state), and as the market benchmark the closing-spread
 * normal model on the same play ({@link InGameEvaluation#baselineNormal}: SPEC §3's "sportsbook closing
 * line in historical data"). Kind {@link EvaluationKind#BACKTEST}; the period runs from the first to the
 * last game date. Like a pre-game evaluation, recording moves a draft version of the shared store to
 * testing (the state from which {@code precog model activate} applies the gate).
 */
public final class RecordInGameEvaluation {
    private final ModelVersions versions;
    private final EvaluationRuns runs;
    private final Clock clock;
    private final Supplier<String> ids;

    /** @param versions the shared model-version store (a version not kept there is recorded all the same, its status untouched) */
    public RecordInGameEvaluation(ModelVersions versions, EvaluationRuns runs, Clock clock, Supplier<String> ids) {
        this.versions = Objects.requireNonNull(versions, "versions");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * Scores {@code model} on the scored rows of {@code plays} and saves the run.
     *
     * @param gameDates  date of each game by game id; a game missing here gets the approximate date
     *                   {@link #approximateDate} (the run's data source says how many)
     * @param dataSource what the plays came from (e.g. the files), stored with the run
     */
    public EvaluationRun record(ModelRef ref, InGameModel model, List<HistoricalPlay> plays, Map<String, LocalDate> gameDates,
                                String dataSource) {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(gameDates, "gameDates");
        Objects.requireNonNull(dataSource, "dataSource");
        List<EvaluatedPrediction> out = new ArrayList<>();
        FallbackCounts fallbacks = FallbackCounts.discarding();
        LocalDate from = null;
        LocalDate to = null;
        int approximated = 0;
        String lastGame = null;
        LocalDate lastDate = null;
        for (HistoricalPlay p : plays) {
            if (!p.isScoredInEvaluation()) continue;
            if (!p.gameId().equals(lastGame)) {
                lastGame = p.gameId();
                lastDate = gameDates.get(lastGame);
                if (lastDate == null) {
                    lastDate = approximateDate(p.season(), p.week());
                    approximated++;
                }
                if (from == null || lastDate.isBefore(from)) from = lastDate;
                if (to == null || lastDate.isAfter(to)) to = lastDate;
            }
            InGameSituation s = InGameSituation.of(p);
            double probability = model.homeWinProbability(s, fallbacks);
            WinProbabilityLookup.Estimate e = model.lookup().estimate(s);
            double confidence = Math.max(0, Math.min(1, 1 - (e.interval().upper() - e.interval().lower())));
            out.add(new EvaluatedPrediction(p.gameId() + "#" + (p.playIndex() + 1), lastDate, p.season(), probability, confidence,
                    OptionalDouble.of(InGameEvaluation.baselineNormal(p)), p.homeOutcome()));
        }
        if (out.isEmpty()) throw new IllegalArgumentException("plays contain no scored row (quarters 1-4, not TIMEOUT)");
        double[] pm = new double[out.size()];
        double[] mk = new double[out.size()];
        double[] y = new double[out.size()];
        for (int i = 0; i < pm.length; i++) {
            EvaluatedPrediction e = out.get(i);
            pm[i] = e.probability();
            mk[i] = e.market().getAsDouble();
            y[i] = e.outcome();
        }
        String source = approximated == 0 ? dataSource
                : dataSource + " (dates of " + approximated + " games approximated from season and week)";
        EvaluationRun run = new EvaluationRun(ids.get(), ref, EvaluationKind.BACKTEST, from, to, clock.instant(), source,
                ModelVsMarket.of(pm, mk, y), Optional.empty(), out);
        runs.save(run);
        versions.find(ref).filter(v -> v.status() == ModelStatus.DRAFT).ifPresent(v -> versions.update(v.startTesting(clock.instant())));
        return run;
    }

    /** Used when a game's date is unknown: September 7 of the season plus one week per week number after the first. */
    public static LocalDate approximateDate(int season, int week) {
        return LocalDate.of(season, 9, 7).plusWeeks(Math.max(0, week - 1));
    }
}
