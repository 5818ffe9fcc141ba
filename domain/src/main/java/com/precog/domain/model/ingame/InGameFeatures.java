package com.precog.domain.model.ingame;

import java.util.List;

/**
 * The engineered features of an {@link InGameSituation} read by {@link InGameModel} (feature set
 * {@value #VERSION}).
 *
 * <p>Scaled like the normal model's z-score: with {@code t} the fraction of a 60-minute game left
 * (the overtime clock in overtime) and {@code st = √(t + 0.002)}, leads and margins are divided by
 * 13.45 points and by {@code st}, so the log-odds grow as the clock runs out. The possession value
 * {@code ep} is a fixed expected-points proxy of down, distance and yard line
 * ({@code 6 − 0.065·yard line − 0.35·(down − 1) − 0.05·(min(distance, 20) − 10)}), signed for the
 * team with the ball. Missing inputs take the values named by {@link FeatureFallback} and are
 * counted. Pure; {@link #extract} allocates nothing.
 */
public final class InGameFeatures {
    /** Identifies this feature definition inside stored model versions. */
    public static final String VERSION = "nfl-ingame-v1";
    /** Number of features. */
    public static final int COUNT = 13;
    /** Feature names, in order. */
    public static final List<String> NAMES = List.of(
            "lead_z", "margin_remaining_z", "poss_ep_z", "poss_no_down_z", "poss_z", "timeouts_late_z",
            "lead", "margin", "poss_ep", "timeouts", "poss_yardline_z", "poss_late_down_z", "poss_fourth_down_z");

    static final double SIGMA = 13.45;
    static final int DEFAULT_YARD_LINE = 75;
    static final int DEFAULT_DISTANCE = 10;

    private InGameFeatures() {}

    /**
     * Writes the {@value #COUNT} features of a situation; allocation-free.
     *
     * @param s the situation
     * @param out receives the features in {@code out[0..COUNT)}, in {@link #NAMES} order
     * @param fallbacks counts every fallback used for a missing input
     * @throws IllegalArgumentException if {@code out} holds fewer than {@value #COUNT} values
     */
    public static void extract(InGameSituation s, double[] out, FallbackCounts fallbacks) {
        if (out.length < COUNT) throw new IllegalArgumentException("out must hold " + COUNT + " values, has " + out.length);
        double t = s.secondsRemaining() / 3600.0;
        double st = Math.sqrt(t + 0.002);
        double lead = s.homeLead();

        double margin = s.expectedHomeMargin();
        if (Double.isNaN(margin)) {
            fallbacks.record(FeatureFallback.EXPECTED_MARGIN_UNKNOWN);
            margin = 0;
        }
        int h = s.possession().sign();
        if (h == 0) fallbacks.record(FeatureFallback.POSSESSION_UNKNOWN);

        int yardLine = s.yardLine();
        if (yardLine == InGameSituation.UNKNOWN) {
            fallbacks.record(FeatureFallback.YARD_LINE_UNKNOWN);
            yardLine = DEFAULT_YARD_LINE;
        }
        int down = s.down();
        double ep;
        double noDown;
        if (down == InGameSituation.UNKNOWN) {
            fallbacks.record(FeatureFallback.DOWN_UNKNOWN);
            ep = 0;
            noDown = 1;
            down = 0;
        } else {
            int distance = s.distance();
            if (distance == InGameSituation.UNKNOWN) {
                fallbacks.record(FeatureFallback.DISTANCE_UNKNOWN);
                distance = DEFAULT_DISTANCE;
            }
            ep = 6.0 - 0.065 * yardLine - 0.35 * (down - 1) - 0.05 * (Math.min(distance, 20) - 10);
            noDown = 0;
        }
        double timeoutDiff;
        if (s.homeTimeouts() == InGameSituation.UNKNOWN || s.awayTimeouts() == InGameSituation.UNKNOWN) {
            fallbacks.record(FeatureFallback.TIMEOUTS_UNKNOWN);
            timeoutDiff = 0;
        } else {
            timeoutDiff = s.homeTimeouts() - s.awayTimeouts();
        }
        double late = t < 0.125 ? 1 : 0;

        out[0] = lead / st / SIGMA;
        out[1] = margin * st / SIGMA;
        out[2] = h * ep / st / SIGMA;
        out[3] = h * noDown / st;
        out[4] = h / st;
        out[5] = timeoutDiff / st * late * 0.1;
        out[6] = lead / SIGMA;
        out[7] = margin / SIGMA;
        out[8] = h * ep / SIGMA;
        out[9] = timeoutDiff * 0.1;
        out[10] = h * (noDown == 1 ? 0 : yardLine) / 100.0 / st;
        out[11] = h * (down >= 3 ? 1 : 0) / st;
        out[12] = h * (down == 4 ? 1 : 0) / st;
    }
}
