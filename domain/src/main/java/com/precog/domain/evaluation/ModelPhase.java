package com.precog.domain.evaluation;

/** When a model forecasts: before kick-off or during the game (the activation gate differs, SPEC §3). */
public enum ModelPhase {
    /** Forecasts before the game starts; judged against the market benchmark only. */
    PRE_GAME,
    /** Forecasts during the game; also held to the absolute Brier bar. */
    IN_GAME
}
