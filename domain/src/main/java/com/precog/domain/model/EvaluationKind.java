package com.precog.domain.model;

import java.util.Locale;

/** Evaluation workflow (SPEC §3): walk-forward backtest over a date range, k-fold temporal cross-validation, holdout. */
public enum EvaluationKind {
    /** Walk-forward backtest over a date range. */
    BACKTEST,
    /** k-fold temporal cross-validation. */
    CROSS_VALIDATION,
    /** Fit before a cut, test after. */
    HOLDOUT;

    /** {@return the lower-case stored name ({@code "cross_validation"})} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a stored name.
     *
     * @param text {@code backtest}, {@code cross_validation} (or {@code cross-validation}) or {@code holdout}, any case
     * @return the kind
     * @throws IllegalArgumentException for anything else
     */
    public static EvaluationKind parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (EvaluationKind k : values()) if (k.name().equals(t)) return k;
        throw new IllegalArgumentException("evaluation kind must be backtest, cross_validation or holdout; was " + text);
    }
}
