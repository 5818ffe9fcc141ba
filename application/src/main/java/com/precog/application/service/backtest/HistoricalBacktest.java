package com.precog.application.service.backtest;

import com.precog.domain.backtest.BacktestEngine;
import com.precog.domain.backtest.BacktestEvent;
import com.precog.domain.backtest.BacktestResult;
import com.precog.domain.backtest.BacktestSettings;
import com.precog.domain.evaluation.CalibrationMetrics;
import com.precog.domain.model.EloParameters;
import com.precog.domain.model.HistoricalGame;
import com.precog.domain.model.MarketBenchmark;
import com.precog.domain.model.PreGameBacktest;
import com.precog.domain.model.PreGameFeatureBuilder;
import com.precog.domain.model.PreGameModelSpec;
import com.precog.domain.model.PreGameRow;
import com.precog.domain.money.Probability;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The offline main job: replays real NFL seasons through the trading pipeline. Elo ratings are
 * replayed over every game since 1966 (walk forward: a game's forecast uses only earlier games);
 * the market is the closing spread turned into P(home wins) = Φ(margin / 13.45) and quoted one
 * cent either side of that fair value with 1,000 contracts a side; the home-team-wins market is
 * traded with fee-aware edges, fractional Kelly under every SPEC §5 limit, fills at the ask with
 * Kalshi's taker fee, and settlement at the final score (ties void and refund).
 *
 * <p>Deterministic: the same games and settings give the same trades and P&L.
 */
public final class HistoricalBacktest {
    /** Half the quoted spread around the market's fair value, in micro-dollars. */
    public static final long HALF_SPREAD_MICROS = 10_000;
    /** Contracts quoted on each side (hundredths). */
    public static final long DEPTH_HUNDREDTHS = 100_000;

    /** The run's inputs. */
    public record Request(List<HistoricalGame> games, int fromSeason, int toSeason, BacktestSettings settings, PreGameModelSpec model) {
        public Request {
            games = List.copyOf(Objects.requireNonNull(games, "games"));
            if (fromSeason > toSeason) throw new IllegalArgumentException("from season " + fromSeason + " is after to season " + toSeason);
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(model, "model");
        }

        /** Elo with SPEC NFL parameters, all games. */
        public static Request nfl(List<HistoricalGame> games, int fromSeason, int toSeason, BacktestSettings settings) {
            return new Request(games, fromSeason, toSeason, settings, new PreGameModelSpec.EloSpec(EloParameters.spec("nfl")));
        }
    }

    /** The replay's result with the forecasts it traded on and how model and market scored on them. */
    public record Outcome(BacktestResult result, List<PreGameBacktest.Prediction> predictions, int games, double modelBrier, double marketBrier,
                          double[] modelForecasts, double[] outcomes, long events) {
        public Outcome {
            predictions = List.copyOf(predictions);
            modelForecasts = modelForecasts.clone();
            outcomes = outcomes.clone();
        }
    }

    private HistoricalBacktest() {}

    public static Outcome run(Request req, ProgressListener progress) {
        Objects.requireNonNull(progress, "progress");
        progress.progress("elo ratings", 0, req.games().size());
        List<PreGameRow> rows = PreGameFeatureBuilder.build(req.games(), req.model().elo());
        progress.progress("elo ratings", req.games().size(), req.games().size());
        LocalDate from = LocalDate.of(req.fromSeason(), 3, 1);
        LocalDate to = LocalDate.of(req.toSeason() + 1, 2, 28);
        List<PreGameBacktest.Prediction> all = PreGameBacktest.walkForward(rows, req.model(), from, to);
        List<PreGameBacktest.Prediction> traded = new ArrayList<>();
        for (PreGameBacktest.Prediction p : all) {
            if (p.market().isPresent() && p.game().season() >= req.fromSeason() && p.game().season() <= req.toSeason()) traded.add(p);
        }
        List<BacktestEvent> events = events(traded);
        BacktestEngine engine = new BacktestEngine(req.settings());
        int step = Math.max(1, events.size() / 20);
        for (int i = 0; i < events.size(); i++) {
            engine.on(events.get(i));
            if (i % step == 0 || i == events.size() - 1) progress.progress("replay", i + 1, events.size());
        }
        double[] f = new double[traded.size()];
        double[] m = new double[traded.size()];
        double[] y = new double[traded.size()];
        for (int i = 0; i < traded.size(); i++) {
            f[i] = traded.get(i).estimate().probability();
            m[i] = traded.get(i).market().getAsDouble();
            y[i] = traded.get(i).outcome();
        }
        double modelBrier = traded.isEmpty() ? Double.NaN : CalibrationMetrics.brier(f, y);
        double marketBrier = traded.isEmpty() ? Double.NaN : CalibrationMetrics.brier(m, y);
        return new Outcome(engine.result(), traded, traded.size(), modelBrier, marketBrier, f, y, events.size());
    }

    /**
     * The event stream of a list of forecasts: per game (market index = position in the list),
     * a quote and a forecast an hour before a 13:00 UTC kickoff on its date, and the settlement
     * four hours after kickoff. Sorted by time, then market.
     */
    public static List<BacktestEvent> events(List<PreGameBacktest.Prediction> predictions) {
        List<BacktestEvent> entries = new ArrayList<>(predictions.size() * 2);
        List<BacktestEvent.Settlement> settles = new ArrayList<>(predictions.size());
        for (int i = 0; i < predictions.size(); i++) {
            PreGameBacktest.Prediction p = predictions.get(i);
            long kickoff = p.game().date().atTime(13, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
            long fair = Probability.ofDoubleClamped(p.market().getAsDouble()).millionths();
            long mid = Math.round(fair / 10_000.0) * 10_000L;
            mid = Math.max(20_000, Math.min(980_000, mid));
            entries.add(new BacktestEvent.Quote(kickoff - 3_600_000L, i, mid - HALF_SPREAD_MICROS, mid + HALF_SPREAD_MICROS, DEPTH_HUNDREDTHS));
            Probability model = Probability.ofDoubleClamped(p.estimate().probability());
            Probability confidence = Probability.ofDoubleClamped(p.estimate().confidence());
            entries.add(new BacktestEvent.Forecast(kickoff - 3_600_000L, i, model.millionths(), confidence.millionths()));
            // Kalshi's game markets: "If the game ends in a tie, the market will resolve to $0.50 for each team."
            long yesValue = p.game().homeScore() > p.game().awayScore() ? 1_000_000 : p.game().homeScore() == p.game().awayScore() ? 500_000 : 0;
            settles.add(BacktestEvent.Settlement.atValue(kickoff + 4 * 3_600_000L, i, yesValue));
        }
        List<BacktestEvent> all = new ArrayList<>(entries.size() + settles.size());
        all.addAll(entries);
        all.addAll(settles);
        all.sort((a, b) -> {
            int c = Long.compare(a.timeMillis(), b.timeMillis());
            if (c != 0) return c;
            return Integer.compare(a.market(), b.market());
        });
        return all;
    }

    /** Market benchmark of a closing home margin (exposed for reports). */
    public static double marketProbability(double closingHomeMargin) {
        return MarketBenchmark.fromClosingHomeMargin(closingHomeMargin);
    }
}
