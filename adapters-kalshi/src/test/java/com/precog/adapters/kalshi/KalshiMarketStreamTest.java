package com.precog.adapters.kalshi;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.adapters.kalshi.fake.FakeKalshiExchange;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KalshiMarketStreamTest {
    static final String FED = "KXFED-27APR-T4.25";
    @TempDir
    Path dir;
    FakeKalshiExchange fake;
    KalshiAdapter adapter;
    KalshiMarketStream stream;
    final Random random = new Random(42);

    @BeforeEach
    void start() {
        fake = FakeKalshiExchange.start();
        adapter = KalshiAdapter.create(KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl()).withCredentials(fake.testKeyId(), fake.writeTestKey(dir))
                .withRetry(2, Duration.ofMillis(5)));
    }

    @AfterEach
    void stop() {
        if (stream != null) stream.close();
        fake.close();
    }

    static void await(BooleanSupplier c, String what) {
        long deadline = System.nanoTime() + 8_000_000_000L;
        while (!c.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for: " + what);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    private boolean inSync() {
        OrderBook exchange = fake.orderBook(FED);
        return stream.book(FED).map(b -> b.sameLevelsAs(exchange)).orElse(false);
    }

    private KalshiMarketStream open(Duration reconnect) {
        stream = adapter.marketStream(Duration.ofMillis(50), reconnect).start();
        await(stream::isConnected, "connected");
        stream.subscribe(List.of(FED));
        await(this::inSync, "initial snapshot");
        return stream;
    }

    private void randomChanges(int n) {
        for (int i = 0; i < n; i++) {
            Side side = random.nextBoolean() ? Side.YES : Side.NO;
            long price = (1 + random.nextInt(98)) * 10_000L;
            long delta = (random.nextInt(2_000) - 800) * 100L;
            fake.changeAnonymousLevel(FED, side, price, delta);
        }
    }

    @Test
    void givenASubscription_snapshotAndDeltas_keepTheLocalBookEqualToTheExchange() {
        open(Duration.ofMillis(50));
        randomChanges(300);
        await(this::inSync, "book in sync after 300 deltas");
        assertThat(stream.top(FED).orElseThrow().yesBidMicros()).isEqualTo(fake.orderBook(FED).bestBidMicros(Side.YES));
        assertThat(stream.stats().fastFrames()).isGreaterThan(0);
        assertThat(stream.textDeltas()).isZero(); // every delta went from the frame's bytes to the book, never through a String
        assertThat(stream.stats().gaps()).isZero();
    }

    /** The exchange fails a whole subscribe command over one market it does not know (error 16). */
    private void subscribeWithAnUnknownMarket(boolean errorNamesIt) {
        String other = "KXFED-27APR-T4.50";
        fake.addMarket(KalshiMarketCatalogTest.json(adapter.rest().market(FED).market()).put("ticker", other));
        fake.setAnonymousLevel(other, Side.YES, 400_000, 1_000);
        fake.webSocket().namesUnknownMarket(errorNamesIt);
        stream = adapter.marketStream(Duration.ofMillis(50), Duration.ofMillis(50)).start();
        await(stream::isConnected, "connected");
        stream.subscribe(List.of(FED, "KXFED-27APR-GONE", other));
        await(this::inSync, "the known market's book despite the unknown one in the same subscribe");
        await(() -> stream.top(other).isPresent(), "the other known market's book");
        assertThat(stream.top("KXFED-27APR-GONE")).isEmpty();
        randomChanges(30);
        await(this::inSync, "deltas after the retried subscription");
    }

    @Test
    void givenAServerThatRefusesGetSnapshot_aGapIsHealedByASubscriptionAnew() {
        open(Duration.ofMillis(50));
        fake.webSocket().supportsGetSnapshot(false);
        for (int round = 0; round < 3; round++) {
            fake.webSocket().dropNextDeltas(2);
            randomChanges(20);
            await(this::inSync, "healed after gap " + round);
        }
        assertThat(stream.stats().gaps()).isGreaterThanOrEqualTo(3);
        assertThat(fake.webSocket().subscriptions("orderbook_delta")).as("each refused snapshot replaced by one subscription, not piled up")
                .isLessThanOrEqualTo(2);
    }

    /** A server that takes one book subscription per connection (error 6 on the second): later markets join the first. */
    @Test
    void givenAServerRefusingASecondBookSubscription_aMarketTrackedLaterJoinsTheFirst_andItsBookFollowsTheExchange() {
        String other = "KXFED-27APR-T4.50";
        fake.addMarket(KalshiMarketCatalogTest.json(adapter.rest().market(FED).market()).put("ticker", other));
        fake.setAnonymousLevel(other, Side.YES, 400_000, 1_000);
        fake.webSocket().oneBookSubscriptionPerConnection(true);
        open(Duration.ofMillis(50));
        stream.subscribe(List.of(other));
        await(() -> stream.book(other).map(b -> b.sameLevelsAs(fake.orderBook(other))).orElse(false), "the later market's snapshot");
        fake.changeAnonymousLevel(other, Side.NO, 550_000, 700);
        await(() -> stream.book(other).map(b -> b.sameLevelsAs(fake.orderBook(other))).orElse(false), "a delta of the later market");
        randomChanges(30);
        await(this::inSync, "the first market still in sync");
        assertThat(fake.webSocket().subscriptions("orderbook_delta")).as("one subscription holds both").isEqualTo(1L);
        assertThat(stream.stats().gaps()).isZero();
    }

    @Test
    void givenOneUnknownMarketInASubscribe_theOthersStillGetTheirBooks() {
        subscribeWithAnUnknownMarket(true);
    }

    @Test
    void givenOneUnknownMarketInASubscribe_andAnErrorThatDoesNotNameIt_theOthersStillGetTheirBooks() {
        subscribeWithAnUnknownMarket(false);
    }

    @Test
    void givenDroppedDuplicatedAndReorderedFrames_everyGapIsHealed_andTheBookEqualsTheExchange() {
        open(Duration.ofMillis(50));
        for (int round = 0; round < 5; round++) {
            fake.webSocket().dropNextDeltas(2);
            randomChanges(10);
            fake.webSocket().duplicateNextDeltas(3);
            randomChanges(10);
            fake.webSocket().reorderNextDelta();
            randomChanges(10);
        }
        await(this::inSync, "healed after injected gaps");
        KalshiMarketStream.Stats s = stream.stats();
        assertThat(s.gaps()).isGreaterThanOrEqualTo(5);
        assertThat(s.duplicates()).isGreaterThanOrEqualTo(15);
        assertThat(s.snapshots()).isGreaterThan(1);
        // and stays in sync afterwards
        randomChanges(50);
        await(this::inSync, "in sync after healing");
    }

    @Test
    void givenMalformedFrames_theyAreCountedAndDropped_andTheClientKeepsWorking() {
        open(Duration.ofMillis(50));
        fake.webSocket().malformedBeforeNextDeltas(3);
        fake.webSocket().broadcastRaw("not json at all");
        fake.webSocket().broadcastRaw("{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":\"x\",\"msg\":{}}");
        randomChanges(20);
        await(this::inSync, "in sync despite malformed frames");
        assertThat(stream.stats().badFrames()).isGreaterThanOrEqualTo(4);
        assertThat(stream.isConnected()).isTrue();
    }

    @Test
    void givenADisconnect_theStreamPollsRest_reconnectsResigned_andResubscribes() {
        open(Duration.ofMillis(600));
        long connects = stream.stats().connects();
        fake.webSocket().disconnectAll();
        await(() -> !stream.isConnected(), "disconnect noticed");
        fake.changeAnonymousLevel(FED, Side.YES, 150_000, 4_200);
        // while down, REST polling keeps the book current
        await(() -> stream.book(FED).map(b -> b.quantityAt(Side.YES, 150_000) == fake.orderBook(FED).quantityAt(Side.YES, 150_000)).orElse(false)
                || stream.isConnected(), "REST fallback");
        await(stream::isConnected, "reconnected");
        assertThat(stream.stats().connects()).isEqualTo(connects + 1);
        randomChanges(30);
        await(this::inSync, "in sync after reconnect");
    }

    @Test
    void givenError25SlowConsumer_theStreamResubscribes_andRecovers() {
        open(Duration.ofMillis(50));
        fake.webSocket().overflowOrderbookSubscriptions();
        await(() -> stream.stats().slowConsumerErrors() == 1, "error 25 seen");
        randomChanges(30);
        await(this::inSync, "in sync after resubscribe");
    }

    @Test
    void givenTheFillChannel_ourFillsArriveAsDomainFills() {
        open(Duration.ofMillis(50));
        List<Fill> fills = new CopyOnWriteArrayList<>();
        stream.addFillListener(fills::add);
        stream.subscribeChannels(List.of("fill", "user_orders"));
        List<String> types = new CopyOnWriteArrayList<>();
        stream.addFrameListener((type, frame) -> types.add(type));
        await(() -> types.contains("subscribed"), "fill channel subscribed");
        adapter.orderGateway().place(OrderRequest.immediateOrCancel(ClientOrderId.of("ws-fill-1"), FED, Side.YES, OrderAction.BUY, Contracts.of(2),
                Price.parse("0.30")));
        await(() -> !fills.isEmpty(), "fill frame");
        assertThat(fills.get(0).clientOrderId()).isEqualTo(ClientOrderId.of("ws-fill-1"));
        assertThat(fills.get(0).price()).isEqualTo(Price.parse("0.28"));
        await(() -> types.contains("user_order"), "user_order frame");
        await(this::inSync, "book reflects the trade");
    }

    @Test
    void givenAWrongKey_theUpgradeIsRefused_andTheBooksComeFromRest() throws Exception {
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        Path other = java.nio.file.Files.writeString(dir.resolve("other.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder().encodeToString(g.generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        KalshiAdapter wrong = KalshiAdapter.create(KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl()).withCredentials(fake.testKeyId(), other));
        stream = wrong.marketStream(Duration.ofMillis(50), Duration.ofMillis(200)).start();
        stream.subscribe(List.of(FED));
        await(() -> fake.webSocket().rejectedUpgrades() >= 1, "upgrade refused");
        assertThat(stream.isConnected()).isFalse();
    }

    @Test
    void givenAWebSocketThatCannotConnect_theBooksArePolled_andTheFeedSaysWhyItIsDegraded() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        KalshiAdapter unreachable = KalshiAdapter.create(KalshiSettings.forHosts(fake.restBaseUrl(),
                java.net.URI.create("ws://127.0.0.1:" + closedPort + "/trade-api/ws/v2")).withCredentials(fake.testKeyId(), fake.writeTestKey(dir)));
        stream = unreachable.marketStream(Duration.ofMillis(50), Duration.ofMillis(200)).start();
        stream.subscribe(List.of(FED));
        await(this::inSync, "REST-polled book");
        await(() -> stream.degradation().isPresent(), "the feed says it is degraded");
        assertThat(stream.degradation().orElseThrow()).startsWith("Kalshi WebSocket down since ").endsWith("books polled over REST every 50 ms");
        assertThat(stream.isConnected()).isFalse();
    }

    @Test
    void aConnectedStream_isNotDegraded() {
        stream = adapter.marketStream(Duration.ofMillis(50), Duration.ofMillis(50)).start();
        stream.subscribe(List.of(FED));
        await(stream::isConnected, "connected");
        await(this::inSync, "streamed book");
        assertThat(stream.degradation()).isEmpty();
    }

    @Test
    void withoutCredentials_theFeedPollsRest() {
        stream = KalshiAdapter.create(KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl())).marketStream(Duration.ofMillis(50), Duration.ofMillis(50)).start();
        stream.subscribe(List.of(FED));
        await(this::inSync, "REST-polled book");
        fake.changeAnonymousLevel(FED, Side.NO, 650_000, 900);
        await(this::inSync, "REST-polled change");
        assertThat(stream.stats().restPolls()).isGreaterThan(0);
    }

    /**
     * SPEC §8 data_stale reads how old the prices are: a streamed book is current now; a REST-polled one as of its last
     * poll, so when the polls fail too its time stops and the book ages (the daemon halts entries in it past 120 s).
     */
    @Test
    void pricesAsOf_isNowForAStreamedBook_andTheLastPollForAPolledOne_whichAgesWhenPollsFail() throws Exception {
        assertThat(KalshiAdapter.create(KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl())).marketStream(Duration.ofMillis(50),
                Duration.ofMillis(50)).pricesAsOf(FED)).as("not followed").isEmpty();
        stream = KalshiAdapter.create(KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl())).marketStream(Duration.ofMillis(50), Duration.ofMillis(50)).start();
        stream.subscribe(List.of(FED));
        await(this::inSync, "REST-polled book");
        await(() -> stream.pricesAsOf(FED).orElseThrow().isAfter(Instant.now().minusMillis(200)), "a recent poll");

        fake.failNext(500, "/orderbook", 503); // the REST polls fail from now on (far more than the test sends)
        Thread.sleep(150); // a poll in flight may still land
        Instant last = stream.pricesAsOf(FED).orElseThrow();
        Thread.sleep(400);
        assertThat(stream.pricesAsOf(FED)).as("no poll answered: the copy ages").contains(last);
        assertThat(last).isBefore(Instant.now().minusMillis(350));
        assertThat(stream.book(FED)).as("the last copy is still served").isPresent();
    }

    @Test
    void pricesAsOf_aBookStreamedLive_isCurrent() {
        open(Duration.ofMillis(50));
        Instant before = Instant.now();
        assertThat(stream.pricesAsOf(FED).orElseThrow()).isAfterOrEqualTo(before.minusMillis(1));
    }
}
