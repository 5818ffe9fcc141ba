package com.precog.adapters.espn.bench;

import com.precog.adapters.espn.EspnScoreboardParser;
import com.precog.adapters.espn.SharedData;
import com.precog.domain.game.League;
import com.precog.domain.game.Scoreboard;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Parsing the real 411 KB NFL scoreboard (16 events, 9 live with situation and WP) to domain states. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EspnParseBenchmark {
    private String body;

    @Setup
    public void load() {
        body = SharedData.read(SharedData.NFL_LIVE);
    }

    @Benchmark
    public Scoreboard parseNflScoreboard() {
        return EspnScoreboardParser.parseScoreboard(body, League.NFL, LocalDate.of(2022, 9, 11), Instant.parse("2022-09-11T20:00:00Z"));
    }
}
