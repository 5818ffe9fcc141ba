package com.precog.application.service.games;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.game.GameEvent;
import com.precog.domain.game.League;
import com.precog.domain.game.TestGames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GameEventBusTest {
    @Test
    void deliversInOrder_skipsFailingSubscriber_andUnsubscribes() throws Exception {
        GameEventBus bus = new GameEventBus();
        List<GameEvent> got = new ArrayList<>();
        bus.subscribe(e -> { throw new IllegalStateException("boom"); });
        AutoCloseable sub = bus.subscribe(got::add);
        GameEvent a = new GameEvent.StaleDataRejected(League.NFL, TestGames.KICKOFF, Duration.ofSeconds(90), TestGames.KICKOFF);
        GameEvent b = new GameEvent.StaleDataRejected(League.NHL, TestGames.KICKOFF, Duration.ofSeconds(91), TestGames.KICKOFF);
        bus.publish(a);
        bus.publish(b);
        sub.close();
        bus.publish(a);
        assertThat(got).containsExactly(a, b);
    }
}
