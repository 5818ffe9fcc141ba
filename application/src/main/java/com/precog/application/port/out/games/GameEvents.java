package com.precog.application.port.out.games;

import com.precog.domain.game.GameEvent;

/** Where the game watcher publishes what it learned (state changes, anomalies, stale data). */
public interface GameEvents {
    void publish(GameEvent event);
}
