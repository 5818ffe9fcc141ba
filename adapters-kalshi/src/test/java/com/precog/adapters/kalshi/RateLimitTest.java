package com.precog.adapters.kalshi;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.adapters.kalshi.fake.FakeKalshiExchange;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.OrderRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client-side token buckets against the fake exchange's identical buckets: under demand that
 * exceeds the budget, no 429s and at least 95 % of the steady-state budget (the refill rate) used.
 * The initial burst is consumed first, then the admitted rate is measured by the exchange over 2.5 s windows
 * (the best of up to {@link #MAX_WINDOWS} must reach 95 %; every window must stay under the budget).
 */
class RateLimitTest {
    /**
     * Measurement windows tried before the 95 % floor fails: on a starved CPU (CI beside other builds) a
     * window can lose client threads for a while; a client that under-uses the budget fails every window.
     */
    static final int MAX_WINDOWS = 3;

    @TempDir
    Path dir;

    /** Runs {@code threads} loops of {@code call} until the exchange's bucket is (nearly) empty: the burst is spent. */
    static void drain(FakeKalshiExchange fake, boolean write, Runnable call) throws InterruptedException {
        long end = System.nanoTime() + 15_000_000_000L;
        hammer(write ? 4 : 8, () -> System.nanoTime() > end || fake.availableTokens(fake.testKeyId(), write) < 3 * RateTier.DEFAULT_COST, call);
    }

    /** Runs {@code threads} loops of {@code call} for {@code millis}; returns the calls made. */
    static long hammer(int threads, long millis, Runnable call) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        return hammer(threads, () -> System.nanoTime() >= end, call);
    }

    static long hammer(int threads, java.util.function.BooleanSupplier stop, Runnable call) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        List<Thread> ts = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                while (!stop.getAsBoolean()) {
                    call.run();
                    done.incrementAndGet();
                }
            });
            t.start();
            ts.add(t);
        }
        for (Thread t : ts) t.join();
        return done.get();
    }

    @Test
    void givenSustainedReadDemand_theClientUsesAtLeast95PercentOfTheBudget_withZero429s() throws Exception {
        RateTier tier = RateTier.BASIC; // 200 read tokens/s: 20 GETs/s at cost 10
        try (FakeKalshiExchange fake = FakeKalshiExchange.start(tier)) {
            KalshiRestClient rest = KalshiAdapter.create(KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl())
                    .withCredentials(fake.testKeyId(), fake.writeTestKey(dir)).withTier(tier)).rest();
            drain(fake, false, rest::exchangeStatus);
            double best = 0;
            for (int window = 1; window <= MAX_WINDOWS && best < 0.95; window++) {
                long from = System.nanoTime();
                long n = hammer(8, 2_500, rest::exchangeStatus);
                double ratio = fake.admittedTokensPerSecond(false, from) / tier.readPerSecond();
                System.out.printf("rate-limit reads, window %d: %d requests, %.1f%% of %d tokens/s, 429s: %d%n", window, n, 100 * ratio,
                        tier.readPerSecond(), fake.rejected429());
                // zero 429s is the exchange-side proof that the budget was never exceeded; the measured rate can sit a little
                // above 1.0 when a scheduling stall lets the bucket refill and the client then spends that burst (CI saw 1.07)
                assertThat(fake.rejected429()).isZero();
                assertThat(ratio).isLessThanOrEqualTo(1.15);
                best = Math.max(best, ratio);
            }
            assertThat(best).as("best of %d windows of 2.5 s", MAX_WINDOWS).isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void givenSustainedOrderEntry_theWriteBucketIsUsedAtLeast95Percent_withZero429s() throws Exception {
        RateTier tier = RateTier.BASIC; // 100 write tokens/s: 10 orders/s
        try (FakeKalshiExchange fake = FakeKalshiExchange.start(tier)) {
            KalshiRestClient rest = KalshiAdapter.create(KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl())
                    .withCredentials(fake.testKeyId(), fake.writeTestKey(dir)).withTier(tier)).rest();
            Runnable place = () -> rest.createOrder(OrderRequest.limit(ClientOrderId.random(), "KXFED-27APR-T4.25", Side.YES, OrderAction.BUY,
                    Contracts.of(1), Price.parse("0.05")));
            drain(fake, true, place);
            double best = 0;
            for (int window = 1; window <= MAX_WINDOWS && best < 0.95; window++) {
                long from = System.nanoTime();
                long n = hammer(4, 2_500, place);
                double ratio = fake.admittedTokensPerSecond(true, from) / tier.writePerSecond();
                System.out.printf("rate-limit writes, window %d: %d orders, %.1f%% of %d tokens/s, 429s: %d%n", window, n, 100 * ratio,
                        tier.writePerSecond(), fake.rejected429());
                assertThat(fake.rejected429()).isZero();
                assertThat(ratio).isLessThanOrEqualTo(1.15); // see the read test
                best = Math.max(best, ratio);
            }
            assertThat(best).as("best of %d windows of 2.5 s", MAX_WINDOWS).isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void tokenBucket_refillsContinuously_neverExceedsCapacity_andDrains() {
        AtomicLong now = new AtomicLong();
        TokenBucket b = TokenBucket.ofPercent(100, 50, 100, now::get);
        assertThat(b.tryAcquire(100)).isTrue();
        assertThat(b.tryAcquire(10)).isFalse();
        assertThat(b.nanosUntilAvailable(10)).isEqualTo(200_000_000L);
        now.addAndGet(200_000_000L);
        assertThat(b.tryAcquire(10)).isTrue();
        now.addAndGet(60_000_000_000L);
        assertThat(b.available()).isEqualTo(100);
        b.drain();
        assertThat(b.available()).isZero();
        assertThat(KalshiHttp.clientCapacity(400, 200)).isEqualTo(350);
        assertThat(KalshiHttp.clientCapacity(100, 100)).isEqualTo(75);
    }

    @Test
    void tokenBucket_drainedWithAHold_refillsOnlyAfterIt() {
        AtomicLong now = new AtomicLong();
        TokenBucket b = TokenBucket.ofPercent(100, 50, 100, now::get);
        b.drain(java.time.Duration.ofSeconds(2)); // a 429 with Retry-After: 2
        assertThat(b.available()).isZero();
        assertThat(b.nanosUntilAvailable(10)).isEqualTo(2_200_000_000L); // the hold, then 10 tokens at 50/s
        now.addAndGet(1_999_000_000L);
        assertThat(b.tryAcquire(1)).isFalse();
        now.addAndGet(21_000_000L);
        assertThat(b.tryAcquire(1)).isTrue();
    }
}
