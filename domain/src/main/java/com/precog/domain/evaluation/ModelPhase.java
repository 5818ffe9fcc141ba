package com.precog.domain.evaluation;

/** When a model forecasts: before kick-off or during the game (the activation gate differs, SPEC §3). */
public enum ModelPhase {
    PRE_GAME,
    IN_GAME
}
