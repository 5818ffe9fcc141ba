package com.precog.domain.backtest.bench;

import com.precog.domain.backtest.BacktestEngine;
import com.precog.domain.backtest.BacktestEvent;
import com.precog.domain.backtest.BacktestSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Replay throughput of the backtest core (events/s) next to a replay that does no work over the
 * same event list (the iteration and type dispatch alone). 20 quote updates per forecast, as a
 * market ticks before kickoff; 1,000 markets; 22,000 events per invocation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReplayBenchmark {
    static final int EVENTS = 22_000;
    List<BacktestEvent> events;
    BacktestSettings settings;

    @Setup
    public void setup() {
        Random rnd = new Random(1);
        events = new ArrayList<>(EVENTS);
        for (int g = 0; g < 1_000; g++) {
            long t = g * 60_000L;
            long mid = 200_000 + rnd.nextInt(60) * 10_000L;
            for (int k = 0; k < 20; k++) {
                long m = mid + (rnd.nextInt(3) - 1) * 10_000L;
                events.add(new BacktestEvent.Quote(t + k, g, m - 10_000, m + 10_000, 500_000));
            }
            events.add(new BacktestEvent.Forecast(t + 20, g, Math.min(990_000, mid + rnd.nextInt(150_000)), 800_000));
            events.add(new BacktestEvent.Settlement(t + 30_000, g, rnd.nextBoolean(), false));
        }
        settings = BacktestSettings.nflDefaults();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Object engineReplay() {
        return BacktestEngine.replay(settings, events).endingEquity();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public void noWorkReplay(Blackhole bh) {
        for (BacktestEvent e : events) {
            switch (e) {
                case BacktestEvent.Quote q -> bh.consume(q.yesAskMicros());
                case BacktestEvent.Forecast f -> bh.consume(f.yesProbabilityMillionths());
                case BacktestEvent.Settlement s -> bh.consume(s.yesWins());
            }
        }
    }
}
