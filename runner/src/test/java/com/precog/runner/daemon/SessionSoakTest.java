package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.precog.adapters.espn.fake.FakeEspnServer;
import com.precog.application.port.out.SessionHealth;
import com.precog.application.service.session.LifecyclePoints;
import com.precog.domain.market.Side;
import com.precog.domain.order.ExecutionEnvironment;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Soak (issue #9): a time-compressed 24 h paper session — hundreds of markets on the fake Kalshi
 * exchange, thousands of book updates per simulated minute over the real WebSocket protocol, the
 * fake ESPN feed polled — with the heap (after GC) and the thread count sampled every simulated
 * hour. Passes when neither grows: the heap's trend over hours 4–24 stays under 1 MB per hour, and
 * the thread count (pooled HTTP and database threads come and go) ends within 3 of where it was
 * after warm-up and never spreads by more than 6.
 *
 * <p>Off by default (minutes of wall time); run with
 * {@code mvn -B -ntp -pl runner -am test -Dtest=SessionSoakTest -Dsoak=true -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true}
 * and optionally {@code -Dsoak.hourSeconds=15 -Dsoak.markets=300 -Dsoak.updatesPerMinute=2000}.
 */
class SessionSoakTest {
    record Sample(int hour, double heapMb, int threads, long bookEvents, long orders, long fills, int positions) { }

    @Test
    void aCompressedDayOfPaperTradingDoesNotLeak(@TempDir Path dir) throws Exception {
        assumeTrue(Boolean.getBoolean("soak"), "soak run only with -Dsoak=true");
        int hours = Integer.getInteger("soak.hours", 24);
        double hourSeconds = Double.parseDouble(System.getProperty("soak.hourSeconds", "15"));
        int markets = Integer.getInteger("soak.markets", 300);
        int perMinute = Integer.getInteger("soak.updatesPerMinute", 2000);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Sample> samples = new ArrayList<>();
        try (SessionFixture f = new SessionFixture(dir, markets, 0); FakeEspnServer espn = FakeEspnServer.start()) {
            Path board = Path.of("../../shared/data/espn/nfl-scoreboard-live-2022wk1.json");
            if (Files.exists(board)) espn.replay("football/nfl", Files.readString(board));
            f.env.put("ESPN_BASE_URL", espn.baseUrl().toString());
            LiveSession.Handle h = LiveSession.start(f.options(ExecutionEnvironment.PAPER, LifecyclePoints.NONE, Duration.ofMillis(250)));
            SplittableRandom rnd = new SplittableRandom(42);
            long minuteNanos = (long) (hourSeconds * 1e9 / 60);
            long updates = 0;
            long started = System.nanoTime();
            for (int hour = 1; hour <= hours; hour++) {
                for (int minute = 0; minute < 60; minute++) {
                    long minuteStart = System.nanoTime();
                    for (int i = 0; i < perMinute; i++) {
                        String t = f.tickers.get(rnd.nextInt(f.tickers.size()));
                        Side side = rnd.nextBoolean() ? Side.YES : Side.NO;
                        long base = side == Side.YES ? 530_000 : 450_000;
                        long price = base - 10_000L * rnd.nextInt(3);
                        f.exchange.changeAnonymousLevel(t, side, price, (rnd.nextInt(41) - 20) * 100L);
                        updates++;
                    }
                    long left = minuteNanos - (System.nanoTime() - minuteStart);
                    if (left > 0) Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
                }
                System.gc();
                System.gc();
                Thread.sleep(100);
                SessionHealth hl = h.session().health();
                samples.add(new Sample(hour, memory.getHeapMemoryUsage().getUsed() / 1048576.0, threads.getThreadCount(),
                        hl.marketsTracked() == 0 ? 0 : updates, hl.ordersPlaced(), hl.fillsRecorded(), hl.openPositions()));
            }
            double wall = (System.nanoTime() - started) / 1e9;
            h.stop();
            StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                    "soak: %d simulated hours in %.0f s wall, %d markets, %d book updates sent (%.0f/s, %d per simulated minute)%n",
                    hours, wall, markets, updates, updates / wall, perMinute));
            table.append("hour  heap_MB  threads  orders  fills  open_positions\n");
            for (Sample s : samples) {
                table.append(String.format(Locale.ROOT, "%4d  %7.1f  %7d  %6d  %5d  %14d%n", s.hour, s.heapMb, s.threads, s.orders, s.fills, s.positions));
            }
            List<Sample> steady = samples.subList(Math.min(3, samples.size() - 1), samples.size());
            double slope = slope(steady);
            int minThreads = steady.stream().mapToInt(Sample::threads).min().orElse(0);
            int maxThreads = steady.stream().mapToInt(Sample::threads).max().orElse(0);
            table.append(String.format(Locale.ROOT, "heap trend hours %d-%d: %+.3f MB per simulated hour; threads %d-%d%n",
                    steady.get(0).hour, hours, slope, minThreads, maxThreads));
            System.out.print(table);
            Files.writeString(Path.of("target", "soak-report.txt"), table.toString());
            assertThat(samples.get(samples.size() - 1).orders()).as("the session traded").isPositive();
            assertThat(slope).as("heap trend, MB per simulated hour").isLessThan(1.0);
            assertThat(steady.get(steady.size() - 1).threads()).as("threads at the end vs after warm-up")
                    .isLessThanOrEqualTo(steady.get(0).threads() + 3);
            assertThat(maxThreads - minThreads).as("thread count spread after warm-up").isLessThanOrEqualTo(6);
        }
    }

    /** Least-squares slope of heap over hour. */
    static double slope(List<Sample> s) {
        double n = s.size();
        double mx = s.stream().mapToDouble(Sample::hour).average().orElse(0);
        double my = s.stream().mapToDouble(Sample::heapMb).average().orElse(0);
        double num = 0;
        double den = 0;
        for (Sample x : s) {
            num += (x.hour - mx) * (x.heapMb - my);
            den += (x.hour - mx) * (x.hour - mx);
        }
        return n < 2 || den == 0 ? 0 : num / den;
    }
}
