package com.precog.application.port.out.games;

import com.precog.domain.game.GameEvent;
import java.util.ArrayList;
import java.util.List;

/** {@link GameEvents} that remembers what was published, in order. */
public final class RecordingGameEvents implements GameEvents {
    private final List<GameEvent> events = new ArrayList<>();

    @Override
    public synchronized void publish(GameEvent event) {
        events.add(event);
    }

    public synchronized List<GameEvent> events() {
        return List.copyOf(events);
    }

    public synchronized <T extends GameEvent> List<T> ofType(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public synchronized void clear() {
        events.clear();
    }
}
