package com.precog.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class PrecogMainTest {
    @Test
    void aLiveNonDaemonThreadIsSeen_daemonsAreNot() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        Thread daemon = new Thread(() -> await(stop));
        daemon.setDaemon(true);
        daemon.start();
        boolean before = Precog.otherThreadsRunning();
        Thread worker = new Thread(() -> await(stop));
        worker.start();
        try {
            assertThat(Precog.otherThreadsRunning()).isTrue();
        } finally {
            stop.countDown();
            worker.join();
            daemon.join();
        }
        assertThat(Precog.otherThreadsRunning()).isEqualTo(before);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
