package com.precog.application.service.games;

import com.precog.application.port.out.games.GameEvents;
import com.precog.domain.game.GameEvent;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In-process {@link GameEvents}: delivers every event synchronously, in publish order, to each
 * subscriber (the trading loop, the CLI stream). A failing subscriber is logged and skipped.
 */
public final class GameEventBus implements GameEvents {
    private static final Logger LOG = LoggerFactory.getLogger(GameEventBus.class);
    private final CopyOnWriteArrayList<Consumer<? super GameEvent>> subscribers = new CopyOnWriteArrayList<>();

    /** Subscribes; closing the returned handle unsubscribes. */
    public AutoCloseable subscribe(Consumer<? super GameEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    @Override
    public void publish(GameEvent event) {
        for (Consumer<? super GameEvent> s : subscribers) {
            try {
                s.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("game event subscriber failed on {}: {}", event.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
