package com.precog.domain.model;

import java.util.Locale;

/** Evaluation workflow (SPEC §3): walk-forward backtest over a date range, k-fold temporal cross-validation, holdout. */
public enum EvaluationKind {
    BACKTEST, CROSS_VALIDATION, HOLDOUT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EvaluationKind parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (EvaluationKind k : values()) if (k.name().equals(t)) return k;
        throw new IllegalArgumentException("evaluation kind must be backtest, cross_validation or holdout; was " + text);
    }
}
