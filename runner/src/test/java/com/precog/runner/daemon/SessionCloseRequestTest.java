package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.CloseRequests;
import com.precog.application.service.session.LifecyclePoints;
import com.precog.domain.exit.ExitPriority;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.position.Position;
import com.precog.runner.cli.positions.DatabaseExitStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `precog positions close` (a close request in PostgreSQL) becomes a MANUAL exit in the running daemon of the position's environment. */
class SessionCloseRequestTest {
    @Test
    void aCloseRequestFlattensThePositionAtTheExchange(@TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 1, 0)) {
            LiveSession.Handle h = LiveSession.start(f.options(ExecutionEnvironment.DEMO, LifecyclePoints.NONE, Duration.ofMillis(25)));
            try {
                DatabaseExitStore store = new DatabaseExitStore(f.adapters(), ExecutionEnvironment.DEMO); // the CLI writes the same tables
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (store.positions().open().isEmpty() && System.nanoTime() < deadline) Thread.sleep(20);
                List<Position> open = store.positions().open();
                assertThat(open).as("the session entered").isNotEmpty();
                assertThat(f.exchange.netPositions()).isNotEmpty();
                // halt new entries (exits still run) so the closed markets are not entered again
                h.injector().getInstance(com.precog.application.service.risk.CircuitBreakerService.class)
                        .trip(com.precog.domain.risk.BreakerKind.MANUAL, com.precog.domain.risk.BreakerEvent.ALL, false, "test: no new entries", "test");
                Thread.sleep(200);
                for (String t : f.tickers) f.exchange.setAnonymousLevel(t, com.precog.domain.market.Side.YES, 530_000, 1_000_000); // bids to sell into
                open = store.positions().open();
                for (Position p : open) {
                    store.closeRequests().request(new CloseRequests.CloseRequest("close-" + p.id(), p.id(), ExitPriority.CRITICAL, "test", Instant.now()));
                }
                while (!store.positions().open().isEmpty() && System.nanoTime() < deadline + TimeUnit.SECONDS.toNanos(20)) Thread.sleep(20);
                assertThat(store.positions().open()).as("closed by the MANUAL exit").isEmpty();
                assertThat(store.closeRequests().pending()).as("requests marked handled").isEmpty();
                assertThat(f.exchange.netPositions()).as("flat at the exchange").isEmpty();
            } finally {
                h.stop();
            }
        }
    }
}
