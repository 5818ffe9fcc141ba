package com.precog.adapters.kalshi;

import java.util.function.LongSupplier;

/**
 * A token bucket like Kalshi's (KALSHI_API.md §5): {@code capacity} tokens, refilled continuously at
 * {@code ratePerSecond}. Tokens are kept in millionths so refill is exact integer math.
 * Thread-safe. The client uses {@link #acquire} (waits); the fake exchange {@link #tryAcquire}.
 */
public final class TokenBucket {
    private static final long MICRO = 1_000_000L;
    private final long capacityMicro;
    private final long refillMicroPerSecond;
    private final LongSupplier nanoTime;
    private long availableMicro;
    private long lastNanos;

    private TokenBucket(long capacity, long refillMicroPerSecond, LongSupplier nanoTime, boolean startFull) {
        if (capacity <= 0) throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        if (refillMicroPerSecond <= 0) throw new IllegalArgumentException("refill rate must be positive, was " + refillMicroPerSecond);
        this.capacityMicro = Math.multiplyExact(capacity, MICRO);
        this.refillMicroPerSecond = refillMicroPerSecond;
        this.nanoTime = nanoTime;
        this.lastNanos = nanoTime.getAsLong();
        this.availableMicro = startFull ? capacityMicro : 0;
    }

    /** A full bucket of {@code capacity} tokens refilled at {@code ratePerSecond}. */
    public static TokenBucket of(long capacity, long ratePerSecond) {
        return new TokenBucket(capacity, Math.multiplyExact(ratePerSecond, MICRO), System::nanoTime, true);
    }

    /** A full bucket refilled at {@code ratePerSecond × percent / 100} (a client-side safety margin). */
    public static TokenBucket ofPercent(long capacity, long ratePerSecond, int percent, LongSupplier nanoTime) {
        if (percent <= 0 || percent > 100) throw new IllegalArgumentException("percent must be within (0, 100], was " + percent);
        return new TokenBucket(capacity, ratePerSecond * MICRO * percent / 100, nanoTime, true);
    }

    private void refill(long now) {
        long elapsed = now - lastNanos;
        if (elapsed < 1000) return;
        if (elapsed > 100_000_000_000L) { // > 100 s idle: certainly full
            lastNanos = now;
            availableMicro = capacityMicro;
            return;
        }
        long micros = elapsed / 1000;
        lastNanos += micros * 1000; // keep the sub-microsecond remainder for the next refill
        long add = Math.multiplyExact(micros, refillMicroPerSecond) / 1_000_000L;
        availableMicro = Math.min(capacityMicro, availableMicro + add);
    }

    /** Takes {@code cost} tokens if available now. */
    public synchronized boolean tryAcquire(long cost) {
        checkCost(cost);
        refill(nanoTime.getAsLong());
        long need = cost * MICRO;
        if (availableMicro >= need) {
            availableMicro -= need;
            return true;
        }
        return false;
    }

    /** Nanoseconds until {@code cost} tokens will be available (0 = now); does not take them. */
    public synchronized long nanosUntilAvailable(long cost) {
        checkCost(cost);
        refill(nanoTime.getAsLong());
        long missing = cost * MICRO - availableMicro;
        if (missing <= 0) return 0;
        return Math.max(1, Math.multiplyExact(missing, 1_000_000L) / (refillMicroPerSecond / 1000));
    }

    /** Waits until {@code cost} tokens are available, then takes them. */
    public void acquire(long cost) throws InterruptedException {
        while (true) {
            long wait;
            synchronized (this) {
                if (tryAcquire(cost)) return;
                wait = nanosUntilAvailable(cost);
            }
            java.util.concurrent.TimeUnit.NANOSECONDS.sleep(Math.max(wait, 50_000));
        }
    }

    /** Empties the bucket (the exchange just said 429: its bucket is empty, so ours must be too). */
    public synchronized void drain() {
        refill(nanoTime.getAsLong());
        availableMicro = 0;
    }

    /**
     * Empties the bucket and keeps it empty for {@code hold} (the exchange's {@code Retry-After}):
     * refill starts only after it, so no request leaves before then.
     */
    public synchronized void drain(java.time.Duration hold) {
        drain();
        long micros = Math.max(0, hold.toNanos() / 1000);
        availableMicro = -Math.multiplyExact(micros, refillMicroPerSecond) / 1_000_000L; // a debt repaid by the refill
    }

    /** A bucket that holds {@code capacity} tokens but starts with only {@code initial}. */
    public static TokenBucket ofPercent(long capacity, long initial, long ratePerSecond, int percent, LongSupplier nanoTime) {
        TokenBucket b = ofPercent(capacity, ratePerSecond, percent, nanoTime);
        if (initial < 0 || initial > capacity) throw new IllegalArgumentException("initial tokens must be within [0, capacity], was " + initial);
        b.availableMicro = initial * MICRO;
        return b;
    }

    /** Tokens available now (rounded down; 0 while a {@link #drain(java.time.Duration) hold} lasts). */
    public synchronized long available() {
        refill(nanoTime.getAsLong());
        return Math.max(0, availableMicro / MICRO);
    }

    public long capacity() {
        return capacityMicro / MICRO;
    }

    private void checkCost(long cost) {
        if (cost <= 0 || cost * MICRO > capacityMicro) {
            throw new IllegalArgumentException("token cost must be within [1, capacity " + capacity() + "], was " + cost);
        }
    }
}
