package com.precog.application.service.games.bench;

import com.precog.application.port.out.games.GameFeed;
import com.precog.application.port.out.games.InMemoryGameStates;
import com.precog.application.port.out.games.RecordingGameEvents;
import com.precog.application.service.games.GamePollingService;
import com.precog.application.service.games.ManualScheduler;
import com.precog.application.service.games.PollOutcome;
import com.precog.application.service.games.PollingPolicy;
import com.precog.domain.game.GameId;
import com.precog.domain.game.GameState;
import com.precog.domain.game.GameStatus;
import com.precog.domain.game.League;
import com.precog.domain.game.Scoreboard;
import com.precog.domain.game.TestGames;
import com.precog.domain.game.WinProbabilityPoint;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One poll of a league with N concurrent live games, every game changed since the last poll
 * (score and clock), so each game runs the quality checks, the SCD2 store and an event publish.
 * The feed is in memory: this measures the pipeline, not HTTP or JSON.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GamePollingBenchmark {
    @Param({"50"})
    int games;

    private final Instant t0 = Instant.parse("2022-09-11T17:30:00Z");
    private ManualScheduler clock;
    private GamePollingService service;
    private List<Scoreboard> boards;
    private int next;

    @Setup(Level.Iteration)
    public void setUp() {
        clock = new ManualScheduler(t0);
        boards = new ArrayList<>();
        // 900 seconds of play: each board advances every game's clock by one second, every 7th board adds a field goal
        for (int tick = 0; tick < 900; tick++) {
            List<GameState> list = new ArrayList<>(games);
            for (int i = 0; i < games; i++) {
                GameState g = TestGames.nfl(String.valueOf(1000 + i), "NO", "ATL", 0, 3 * (tick / 7), 1, 900 - tick, GameStatus.IN_PROGRESS);
                list.add(g.withObservedAt(t0));
            }
            boards.add(new Scoreboard(League.NFL, LocalDate.of(2022, 9, 11), t0, list, List.of()));
        }
        next = 0;
        GameFeed feed = new GameFeed() {
            @Override
            public Scoreboard scoreboard(League league, LocalDate date) {
                return boards.get(next++ % boards.size());
            }

            @Override
            public List<WinProbabilityPoint> winProbabilities(League league, GameId game) {
                return List.of();
            }
        };
        service = new GamePollingService(feed, new InMemoryGameStates(), new RecordingGameEvents(), clock, clock,
                PollingPolicy.DEFAULT, List.of(League.NFL));
    }

    @Benchmark
    public PollOutcome pollFiftyLiveGames() {
        if (next % boards.size() == 0) setUpQuietly();
        return service.pollOnce(League.NFL);
    }

    private void setUpQuietly() {
        // wrap-around would make clocks run backwards (anomalies); restart with fresh stores instead
        GameFeed feed = new GameFeed() {
            @Override
            public Scoreboard scoreboard(League league, LocalDate date) {
                return boards.get(next++ % boards.size());
            }

            @Override
            public List<WinProbabilityPoint> winProbabilities(League league, GameId game) {
                return List.of();
            }
        };
        next = 0;
        service = new GamePollingService(feed, new InMemoryGameStates(), new RecordingGameEvents(), clock, clock,
                PollingPolicy.DEFAULT, List.of(League.NFL));
        clock.advance(Duration.ZERO);
    }
}
