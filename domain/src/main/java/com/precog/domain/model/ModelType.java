package com.precog.domain.model;

import com.precog.domain.evaluation.ModelPhase;
import java.util.Locale;

/**
 * Kind of probability model a version implements, with its wire key and whether it forecasts pre-game or in-game.
 * The constants are {@link #ELO} ({@code elo}, pre-game Elo ratings), {@link #LOGISTIC_REGRESSION}
 * (pre-game regression on features), {@link #ENSEMBLE} (pre-game weighted ensemble),
 * {@link #HISTORICAL_LOOKUP} (in-game lookup table), {@link #NORMAL_IN_GAME} (in-game normal model) and
 * {@link #IN_GAME_LOGISTIC} (the fitted NFL in-game regressions);
 * see {@link #key()} and {@link #phase()} of each.
 */
@SuppressWarnings("doclint:missing") // the constants are described above, so adding one is a one-line change
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

    /** {@return the stored key, e.g. {@code "logistic_regression"}} */
    public String key() {
        return key;
    }

    /** {@return whether the type forecasts before or during the game} */
    public ModelPhase phase() {
        return phase;
    }

    /**
     * Parses a stored key.
     *
     * @param key a type key, any case, surrounding blanks ignored
     * @return the type
     * @throws IllegalArgumentException for an unknown key
     */
    public static ModelType parse(String key) {
        String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        for (ModelType t : values()) {
            if (t.key.equals(k)) return t;
        }
        throw new IllegalArgumentException("model type must be one of elo, logistic_regression, ensemble, historical_lookup, normal_in_game, in_game_logistic; was " + key);
    }
}
