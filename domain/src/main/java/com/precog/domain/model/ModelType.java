package com.precog.domain.model;

import com.precog.domain.evaluation.ModelPhase;
import java.util.Locale;

/** Kind of probability model a version implements, with its wire key and whether it forecasts pre-game or in-game. */
public enum ModelType {
    ELO("elo", ModelPhase.PRE_GAME),
    LOGISTIC_REGRESSION("logistic_regression", ModelPhase.PRE_GAME),
    ENSEMBLE("ensemble", ModelPhase.PRE_GAME),
    HISTORICAL_LOOKUP("historical_lookup", ModelPhase.IN_GAME),
    NORMAL_IN_GAME("normal_in_game", ModelPhase.IN_GAME),
    /** The fitted NFL in-game model: logistic regressions over engineered game-state features plus its lookup table. */
    IN_GAME_LOGISTIC("in_game_logistic", ModelPhase.IN_GAME);

    private final String key;
    private final ModelPhase phase;

    ModelType(String key, ModelPhase phase) {
        this.key = key;
        this.phase = phase;
    }

    public String key() {
        return key;
    }

    public ModelPhase phase() {
        return phase;
    }

    public static ModelType parse(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        for (ModelType t : values()) {
            if (t.key.equals(k)) return t;
        }
        throw new IllegalArgumentException("model type must be one of elo, logistic_regression, ensemble, historical_lookup, normal_in_game, in_game_logistic; was " + key);
    }
}
