package com.precog.domain.model.ingame;

import com.precog.domain.model.NormalInGameModel;
import com.precog.domain.model.WilsonInterval;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Historical in-game lookup table (SPEC §3 "Historical lookup"): the home team's share of wins
 * among past plays in the same bucket of period × time left in the period × home lead ×
 * possession, refined by the possessing team's field position where that bucket holds enough plays.
 *
 * <p>Buckets: period 1–4 and 5 (any overtime); time left in the period in 9 buckets with edges
 * 30, 60, 120, 180, 300, 450, 600, 750, 900 s; the home lead one point at a time within ±8, then
 * ±9–10, 11–13, 14–16, 17–21, 22+; possession home/away/unknown (merged when
 * {@link Config#usePossession()} is off); field position in 20-yard bands. A bucket's estimate is
 * smoothed toward its neighbours (time ±1, lead ±1): {@code (wins + k·p_neighbours)/(n + k)} with
 * {@code k = smoothing}; a field-position bucket is smoothed toward its coarse bucket. A coarse
 * bucket with fewer than {@code minSample} (weighted) plays falls back to the
 * {@link NormalInGameModel}. Wins count a tie as half. Counts may be weighted (era weights), so
 * sample sizes are doubles. Immutable after {@link Builder#build()}.
 */
public final class WinProbabilityLookup {
    static final int[] TIME_EDGES = {30, 60, 120, 180, 300, 450, 600, 750, 900};
    static final int NO_FIELD = 7;

    /**
     * Table shape and thresholds.
     *
     * @param usePossession          split buckets by who has the ball
     * @param useFieldPosition       refine by 20-yard field-position bands where the sample allows
     * @param minSample              weighted plays a coarse bucket needs, else the normal model answers
     * @param minFieldPositionSample weighted plays a field-position bucket needs to be used
     * @param smoothing              pseudo-count pulling a bucket toward its neighbours (≥ 0)
     */
    public record Config(boolean usePossession, boolean useFieldPosition, double minSample,
                         double minFieldPositionSample, double smoothing) {
        /**
         * Validates the thresholds.
         *
         * @throws IllegalArgumentException if a sample threshold is negative or NaN, or the smoothing is not finite and non-negative
         */
        public Config {
            if (!(minSample >= 0)) throw new IllegalArgumentException("minSample must be >= 0, was " + minSample);
            if (!(minFieldPositionSample >= 0)) throw new IllegalArgumentException("minFieldPositionSample must be >= 0, was " + minFieldPositionSample);
            if (!(smoothing >= 0) || Double.isInfinite(smoothing)) throw new IllegalArgumentException("smoothing must be finite and >= 0, was " + smoothing);
        }

        /** {@return period, time, lead, possession and field position; 30 plays minimum, 200 for field position, k = 20} */
        public static Config full() {
            return new Config(true, true, 30, 200, 20);
        }

        /** {@return period, time and lead only (the "score and clock" lookup)} */
        public static Config scoreAndClock() {
            return new Config(false, false, 30, 200, 20);
        }
    }

    /** Where an estimate came from. */
    public enum Source {
        /** The coarse bucket (period × time × lead × possession). */
        BUCKET,
        /** The field-position refinement of the bucket. */
        FIELD_POSITION_BUCKET,
        /** Too few plays: the normal model answered. */
        FALLBACK_NORMAL
    }

    /**
     * A lookup answer: {@code probability} in [0, 1] (smoothed), the bucket's weighted
     * {@code sampleSize} and the Wilson 95% interval of its raw win share.
     *
     * @param probability P(home wins), smoothed, in [0, 1]
     * @param sampleSize the bucket's weighted number of plays
     * @param interval the Wilson 95% interval of the raw win share
     * @param source where the estimate came from
     */
    public record Estimate(double probability, double sampleSize, WilsonInterval interval, Source source) {
        /**
         * Validates the estimate.
         *
         * @throws IllegalArgumentException if the probability is NaN or outside [0, 1]
         * @throws NullPointerException if the interval or source is null
         */
        public Estimate {
            if (!(probability >= 0 && probability <= 1)) throw new IllegalArgumentException("probability must be in [0, 1], was " + probability);
            Objects.requireNonNull(interval, "interval");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * Weighted wins and plays of one bucket.
     *
     * @param wins weighted home wins (a tie counts half), {@code 0 <= wins <= plays}
     * @param plays weighted plays, finite and non-negative
     */
    public record Cell(double wins, double plays) {
        /**
         * Validates the cell.
         *
         * @throws IllegalArgumentException unless {@code 0 <= wins <= plays < ∞}
         */
        public Cell {
            if (!(plays >= 0) || !(wins >= 0) || wins > plays || Double.isInfinite(plays)) {
                throw new IllegalArgumentException("cell needs 0 <= wins <= plays, was " + wins + "/" + plays);
            }
        }
    }

    private final Config config;
    private final Map<Integer, Cell> cells;
    private final NormalInGameModel normal = NormalInGameModel.nfl();
    /** Dense copies of {@link #cells} indexed by key (plays 0 = empty), for allocation-free lookups. */
    private final double[] wins = new double[KEY_SPACE];
    private final double[] plays = new double[KEY_SPACE];
    static final int KEY_SPACE = (((5 * 16 + 15) * 32 + 31) * 4 + 3) * 8 + 8;

    /**
     * A table from stored cells.
     *
     * @param config the table's shape and thresholds
     * @param cells the non-empty buckets by key, as produced by {@link #cells()} (copied)
     * @throws IllegalArgumentException if a key is outside the key space
     * @throws NullPointerException if an argument is null
     */
    public WinProbabilityLookup(Config config, Map<Integer, Cell> cells) {
        this.config = Objects.requireNonNull(config, "config");
        this.cells = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(cells, "cells")));
        for (Map.Entry<Integer, Cell> e : this.cells.entrySet()) {
            int k = e.getKey();
            if (k < 0 || k >= KEY_SPACE) throw new IllegalArgumentException("cells: key " + k + " is outside 0-" + (KEY_SPACE - 1));
            wins[k] = e.getValue().wins();
            plays[k] = e.getValue().plays();
        }
    }

    /**
     * A builder that accumulates plays.
     *
     * @param config the table's shape and thresholds
     * @return an empty builder (not thread-safe)
     */
    public static Builder builder(Config config) {
        return new Builder(config);
    }

    /** {@return the table's shape and thresholds} */
    public Config config() {
        return config;
    }

    /** {@return every non-empty bucket by key, in key order (unmodifiable)} */
    public Map<Integer, Cell> cells() {
        return cells;
    }

    /**
     * The lookup's estimate for a situation.
     *
     * @param s the game situation
     * @return the estimate, with the normal model's answer when the bucket is too small
     */
    public Estimate estimate(InGameSituation s) {
        int period = Math.min(s.period(), 5);
        int tb = timeBucket(s.clockSeconds());
        int sb = scoreBucket(s.homeLead());
        int poss = config.usePossession ? s.possession().ordinal() : Possession.UNKNOWN.ordinal();
        int ck = key(period, tb, sb, poss, NO_FIELD);
        double cw = wins[ck];
        double cn = plays[ck];
        if (cn < config.minSample || cn == 0) {
            double minutes = s.isOvertime() ? Math.min(s.clockSeconds() / 60.0, 60) : s.secondsRemaining() / 60.0;
            double margin = Double.isNaN(s.expectedHomeMargin()) ? 0 : s.expectedHomeMargin();
            double p = normal.homeWinProbability(s.homeLead(), minutes, margin);
            return new Estimate(p, cn, WilsonInterval.of95(cw, cn), Source.FALLBACK_NORMAL);
        }
        double nw = 0;
        double nn = 0;
        for (int dt = -1; dt <= 1; dt++) {
            for (int ds = -1; ds <= 1; ds++) {
                if (dt == 0 && ds == 0) continue;
                int nk = key(period, tb + dt, sb + ds, poss, NO_FIELD);
                if (nk >= 0) {
                    nw += wins[nk];
                    nn += plays[nk];
                }
            }
        }
        double k = config.smoothing;
        double pCoarse = nn > 0 ? (cw + k * nw / nn) / (cn + k) : cw / cn;
        if (config.useFieldPosition && poss != Possession.UNKNOWN.ordinal() && s.yardLine() != InGameSituation.UNKNOWN) {
            int fk = key(period, tb, sb, poss, fieldBucket(s.yardLine()));
            double fn = plays[fk];
            if (fn >= config.minFieldPositionSample && fn > 0) {
                double p = (wins[fk] + k * pCoarse) / (fn + k);
                return new Estimate(p, fn, WilsonInterval.of95(wins[fk], fn), Source.FIELD_POSITION_BUCKET);
            }
        }
        return new Estimate(pCoarse, cn, WilsonInterval.of95(cw, cn), Source.BUCKET);
    }

    static int timeBucket(int clockSeconds) {
        for (int i = 0; i < TIME_EDGES.length; i++) {
            if (clockSeconds <= TIME_EDGES[i]) return i;
        }
        return TIME_EDGES.length - 1;
    }

    static int scoreBucket(int lead) {
        int a = Math.abs(lead);
        int g = a <= 8 ? a : a <= 10 ? 9 : a <= 13 ? 10 : a <= 16 ? 11 : a <= 21 ? 12 : 13;
        return lead < 0 ? 13 - g : 13 + g;
    }

    static int fieldBucket(int yardLine) {
        return Math.min(yardLine, 99) / 20;
    }

    static int key(int period, int timeBucket, int scoreBucket, int possession, int field) {
        if (timeBucket < 0 || timeBucket >= TIME_EDGES.length || scoreBucket < 0 || scoreBucket > 26) return -1;
        return (((period * 16 + timeBucket) * 32 + scoreBucket) * 4 + possession) * 8 + field;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WinProbabilityLookup l && l.config.equals(config) && l.cells.equals(cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(config, cells);
    }

    /** Accumulates plays into buckets; not thread-safe. */
    public static final class Builder {
        private final Config config;
        private final Map<Integer, double[]> acc = new TreeMap<>();

        private Builder(Config config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        /**
         * Adds a play.
         *
         * @param play the historical play
         * @param weight its era weight, finite and non-negative (1 for equal weights)
         * @return this builder
         * @throws IllegalArgumentException if the weight is negative, NaN or infinite
         */
        public Builder add(HistoricalPlay play, double weight) {
            if (!(weight >= 0) || Double.isInfinite(weight)) throw new IllegalArgumentException("weight must be finite and >= 0, was " + weight);
            InGameSituation s = InGameSituation.of(play);
            int period = Math.min(s.period(), 5);
            int tb = timeBucket(s.clockSeconds());
            int sb = scoreBucket(s.homeLead());
            int poss = config.usePossession ? s.possession().ordinal() : Possession.UNKNOWN.ordinal();
            double win = play.homeOutcome() * weight;
            bump(key(period, tb, sb, poss, NO_FIELD), win, weight);
            if (config.useFieldPosition && poss != Possession.UNKNOWN.ordinal() && s.yardLine() != InGameSituation.UNKNOWN) {
                bump(key(period, tb, sb, poss, fieldBucket(s.yardLine())), win, weight);
            }
            return this;
        }

        private void bump(int key, double win, double weight) {
            double[] c = acc.computeIfAbsent(key, k -> new double[2]);
            c[0] += win;
            c[1] += weight;
        }

        /** {@return the immutable table of the plays added so far} */
        public WinProbabilityLookup build() {
            Map<Integer, Cell> cells = new TreeMap<>();
            acc.forEach((k, v) -> {
                if (v[1] > 0) cells.put(k, new Cell(Math.min(v[0], v[1]), v[1]));
            });
            return new WinProbabilityLookup(config, cells);
        }
    }
}
