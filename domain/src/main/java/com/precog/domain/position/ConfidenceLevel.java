package com.precog.domain.position;

import java.util.Locale;

/**
 * How sure the model was when the position was opened; picks the confidence-adjusted exit
 * thresholds of SPEC §7 (stop loss −0.15/−0.12/−0.08, profit target 0.25/0.20/0.15).
 * HIGH is confidence ≥ 0.80, MEDIUM ≥ 0.70, LOW below (see {@link #ofConfidence(double)}).
 */
public enum ConfidenceLevel {
    /** Confidence ≥ 0.80: the widest stop loss and highest profit target. */
    HIGH,
    /** Confidence in [0.70, 0.80). */
    MEDIUM,
    /** Confidence below 0.70: the tightest stop loss and lowest profit target. */
    LOW;

    /**
     * Maps a model confidence to a level.
     *
     * @param confidence the model's confidence in [0, 1]
     * @return ≥ 0.80 HIGH, ≥ 0.70 MEDIUM, else LOW
     * @throws IllegalArgumentException if the confidence is NaN or outside [0, 1]
     */
    public static ConfidenceLevel ofConfidence(double confidence) {
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within [0, 1], was " + confidence);
        }
        return confidence >= 0.80 ? HIGH : confidence >= 0.70 ? MEDIUM : LOW;
    }

    /**
     * Parses a stored name.
     *
     * @param text {@code high}, {@code medium} or {@code low}, any case
     * @return the level
     * @throws IllegalArgumentException for anything else, including null
     */
    public static ConfidenceLevel parse(String text) {
        if (text != null) {
            for (ConfidenceLevel c : values()) {
                if (c.name().equalsIgnoreCase(text.trim())) return c;
            }
        }
        throw new IllegalArgumentException("confidence level must be high, medium or low, was '" + text + "'");
    }

    /** {@return the lower-case stored name ({@code "high"})} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
