package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.precog.adapters.espn.fake.FakeEspnServer;
import com.precog.application.service.session.LifecyclePoints;
import com.precog.domain.order.ExecutionEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session polls ESPN and keeps the SCD2 game-state history in PostgreSQL (one current version per game). */
class SessionGameFeedTest {
    @Test
    void gameStatesFromTheFeedAreStoredAsScd2History(@TempDir Path dir) throws Exception {
        Path board = Path.of("../../shared/data/espn/nfl-scoreboard-live-2022wk1.json");
        assumeTrue(Files.exists(board), "needs ../shared/data");
        try (SessionFixture f = new SessionFixture(dir, 1, 0); FakeEspnServer espn = FakeEspnServer.start()) {
            espn.replay("football/nfl", Files.readString(board));
            f.env.put("ESPN_BASE_URL", espn.baseUrl().toString());
            LiveSession.Handle h = LiveSession.start(f.options(ExecutionEnvironment.PAPER, LifecyclePoints.NONE, Duration.ofMillis(50)));
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                int rows = 0;
                while (rows == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                    rows = f.database().dsl().fetchCount(DSL.table("game_states"));
                }
                assertThat(rows).as("game_states rows written by the session's poller").isPositive();
                h.stop(); // the poller stops writing: the table is read at rest
                org.jooq.Record2<Integer, Integer> r = f.database().dsl().resultQuery(
                        "select count(*) filter (where row_current_ind)::int, count(distinct game_id)::int from game_states")
                        .coerce(DSL.field("c", Integer.class), DSL.field("g", Integer.class)).fetchOne();
                assertThat(r.value1()).as("one current version per game").isEqualTo(r.value2());
            } finally {
                h.stop();
            }
        }
    }
}
