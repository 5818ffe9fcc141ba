package com.precog.adapters.kalshi;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.market.BookTop;
import com.precog.domain.market.Side;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalBooksTest {
    final List<String> requests = new ArrayList<>();
    int resubscribes;
    final LocalBooks books = new LocalBooks(new LocalBooks.Control() {
        @Override
        public void requestSnapshots(long sid, List<String> tickers) {
            requests.add(sid + ":" + tickers);
        }

        @Override
        public void resubscribeAll() {
            resubscribes++;
        }
    });

    static String snapshot(long sid, long seq, String ticker) {
        return "{\"type\":\"orderbook_snapshot\",\"sid\":" + sid + ",\"seq\":" + seq + ",\"msg\":{\"market_ticker\":\"" + ticker
                + "\",\"yes_dollars_fp\":[[\"0.0800\",\"300.00\"],[\"0.2200\",\"333.00\"]],\"no_dollars_fp\":[[\"0.5400\",\"20.00\"],[\"0.5600\",\"146.00\"]]}}";
    }

    static String delta(long sid, long seq, String ticker, String price, String delta, String side) {
        return "{\"type\":\"orderbook_delta\",\"sid\":" + sid + ",\"seq\":" + seq + ",\"msg\":{\"market_ticker\":\"" + ticker + "\",\"price_dollars\":\""
                + price + "\",\"delta_fp\":\"" + delta + "\",\"side\":\"" + side + "\",\"ts_ms\":1}}";
    }

    static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void deltasAsUtf8Bytes_updateTheBookLikeText_andOtherFramesAreDeclined() {
        books.track(List.of("A", "B"));
        books.assign(1, List.of("A", "B"));
        books.onFrame(snapshot(1, 1, "A"));
        byte[] d = utf8(delta(1, 2, "A", "0.2200", "-33.00", "yes"));
        assertThat(books.onFrameUtf8(d, 0, d.length)).isTrue();
        assertThat(books.copy("A").orElseThrow().quantityAt(Side.YES, 220_000)).isEqualTo(30_000);
        byte[] snap = utf8(snapshot(1, 3, "B"));
        assertThat(books.onFrameUtf8(snap, 0, snap.length)).isFalse(); // the caller decodes it and calls onFrame
        assertThat(books.copy("B")).isEmpty();
        byte[] unknownTicker = utf8(delta(1, 3, "C", "0.2200", "1.00", "yes"));
        assertThat(books.onFrameUtf8(unknownTicker, 0, unknownTicker.length)).isTrue(); // consumed: seq advances, no book touched
        byte[] hugeSid = utf8(delta(5_000_000, 1, "A", "0.2200", "1.00", "yes"));
        assertThat(books.onFrameUtf8(hugeSid, 0, hugeSid.length)).isTrue();
        assertThat(books.badFrames.get()).isEqualTo(1);
        assertThat(books.gaps.get()).isZero();
    }

    @Test
    void tickerIndex_findsEveryTickerFromStringAndUtf8Ranges_andNothingElse() {
        java.util.Map<String, LocalBooks.LocalBook> m = new java.util.HashMap<>();
        for (int d = 1; d <= 28; d++) {
            for (String team : List.of("KC", "DAL", "PHI", "NYG", "X")) {
                String t = "KXNFLGAME-25NOV" + d + "KCDAL-" + team;
                m.put(t, new LocalBooks.LocalBook(t, 0));
            }
        }
        m.put("A", new LocalBooks.LocalBook("A", 0));
        m.put("Ab", new LocalBooks.LocalBook("Ab", 0));
        m.put("T\u00e9st-\u20ac", new LocalBooks.LocalBook("T\u00e9st-\u20ac", 0));
        LocalBooks.TickerIndex idx = new LocalBooks.TickerIndex(m);
        for (String t : m.keySet()) {
            String framed = "xx\"" + t + "\"yy";
            byte[] b = utf8(framed);
            assertThat(idx.get(framed, 3, 3 + t.length())).isSameAs(m.get(t));
            assertThat(idx.get(b, 3, b.length - 3)).isSameAs(m.get(t));
        }
        for (String absent : List.of("B", "KXNFLGAME-25NOV29KCDAL-KC", "KXNFLGAME-25NOV1KCDAL-K", "", "Abc")) {
            byte[] b = utf8(absent);
            assertThat(idx.get(b, 0, b.length)).isNull();
            assertThat(idx.get(absent, 0, absent.length())).isNull();
        }
    }

    @Test
    void snapshotOnTheYesScale_isStoredAsNoLegBids_withDerivedAsks() {
        books.track(List.of("A"));
        books.assign(1, List.of("A"));
        books.onFrame(snapshot(1, 1, "A"));
        BookTop top = books.top("A").orElseThrow();
        assertThat(top.yesBidMicros()).isEqualTo(220_000);
        // NO levels arrive as YES prices 0.54 / 0.56 → NO bids at 0.46 / 0.44; best NO bid 0.46 → YES ask 0.54
        assertThat(top.noBidMicros()).isEqualTo(460_000);
        assertThat(top.askMicros(Side.YES)).isEqualTo(540_000);
        assertThat(books.copy("A").orElseThrow().quantityAt(Side.NO, 440_000)).isEqualTo(14_600);
    }

    @Test
    void deltasApplyInOrder_duplicatesAreIgnored_andAGapHidesTheBookAndAsksForASnapshot() {
        books.track(List.of("A", "B"));
        books.assign(1, List.of("A", "B"));
        books.onFrame(snapshot(1, 1, "A"));
        books.onFrame(snapshot(1, 2, "B"));
        books.onFrame(delta(1, 3, "A", "0.2200", "-33.00", "yes"));
        books.onFrame(delta(1, 3, "A", "0.2200", "-33.00", "yes")); // duplicate
        assertThat(books.copy("A").orElseThrow().quantityAt(Side.YES, 220_000)).isEqualTo(30_000);
        assertThat(books.duplicates.get()).isEqualTo(1);
        books.onFrame(delta(1, 5, "A", "0.2200", "-1.00", "yes")); // seq 4 lost
        assertThat(books.gaps.get()).isEqualTo(1);
        assertThat(books.copy("A")).isEmpty();
        assertThat(books.copy("B")).isEmpty();
        assertThat(requests).containsExactly("1:[A, B]");
        books.onFrame(delta(1, 6, "A", "0.2200", "5.00", "yes")); // stale book: dropped
        books.onFrame(snapshot(1, 7, "A"));
        assertThat(books.copy("A").orElseThrow().quantityAt(Side.YES, 220_000)).isEqualTo(33_300);
        assertThat(books.copy("B")).isEmpty();
        books.onFrame(snapshot(1, 8, "B"));
        assertThat(books.copy("B")).isPresent();
    }

    @Test
    void aDeltaThatWouldGoNegative_marksTheBookDivergedAndAsksForItsSnapshot() {
        books.track(List.of("A"));
        books.assign(4, List.of("A"));
        books.onFrame(snapshot(4, 1, "A"));
        books.onFrame(delta(4, 2, "A", "0.0800", "-301.00", "yes"));
        assertThat(books.divergences.get()).isEqualTo(1);
        assertThat(books.copy("A")).isEmpty();
        assertThat(requests).containsExactly("4:[A]");
    }

    @Test
    void givenATickerStreamingOnTwoSids_onlyTheSidOfItsLatestSnapshotIsApplied() {
        books.track(List.of("A"));
        books.assign(1, List.of("A"));
        books.assign(2, List.of("A"));
        books.onFrame(snapshot(1, 1, "A"));
        books.onFrame(snapshot(2, 1, "A"));
        books.onFrame(delta(1, 2, "A", "0.0800", "10.00", "yes"));
        books.onFrame(delta(2, 2, "A", "0.0800", "10.00", "yes"));
        assertThat(books.copy("A").orElseThrow().quantityAt(Side.YES, 80_000)).isEqualTo(31_000);
    }

    @Test
    void everyDocumentedFrame_isReadOrHandedOn_noneCountsAsBad() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> types = new ArrayList<>();
        books.addJsonListener((type, frame) -> types.add(type));
        books.track(List.of("FED-23DEC-T3.00"));
        var examples = mapper.readTree(com.precog.adapters.kalshi.fake.SharedData.kalshiText("ws_examples_asyncapi_2026-03.json"));
        int sent = 0;
        for (var e : (Iterable<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) examples::fields) {
            if (!e.getValue().isObject() || e.getValue().has("cmd") || e.getKey().startsWith("orderbookDelta")) continue; // commands; the delta below
            books.onFrame(e.getValue().toString());
            sent++;
        }
        for (String f : List.of("ws_fill.json", "ws_market_position.json", "ws_orderbook_snapshot.json", "ws_resp_error.json", "ws_resp_ok_update.json",
                "ws_resp_subscribed.json", "ws_resp_unsubscribed.json", "ws_ticker.json", "ws_trade.json", "ws_user_order.json")) {
            books.onFrame(com.precog.adapters.kalshi.fake.SharedData.kalshiText(f));
            sent++;
        }
        assertThat(sent).isGreaterThan(25);
        assertThat(books.badFrames.get()).isZero();
        assertThat(types).contains("subscribed", "unsubscribed", "ok", "error", "ticker", "trade", "fill", "market_lifecycle_v2", "event_lifecycle",
                "market_position", "order_group_updates", "user_order", "multivariate_lookup", "rfq_created", "quote_executed");
        // the legacy-era snapshot (integer, 3-decimal and _fp levels side by side) reads its _fp levels
        var legacy = (com.fasterxml.jackson.databind.node.ObjectNode) examples.path("orderbookSnapshot:orderbookWithBothSides").deepCopy();
        books.onFrame(legacy.put("sid", 9).put("seq", 1).toString());
        assertThat(books.copy("FED-23DEC-T3.00").orElseThrow().quantityAt(Side.YES, 220_000)).isEqualTo(33_300);
        assertThat(books.copy("FED-23DEC-T3.00").orElseThrow().bestBidMicros(Side.NO)).as("NO levels on the YES scale").isEqualTo(460_000);
    }

    @Test
    void aSnapshotWithALevelOutsideThePriceRange_leavesTheBookUntouched_andHidesIt_ratherThanShowingAHalfClearedBook() {
        books.track(List.of("A"));
        books.assign(1, List.of("A"));
        books.onFrame(snapshot(1, 1, "A"));
        assertThat(books.copy("A")).isPresent();
        // a NO level at $0 on the YES scale ("1.0000") cannot be a bid
        books.onFrame("{\"type\":\"orderbook_snapshot\",\"sid\":1,\"seq\":2,\"msg\":{\"market_ticker\":\"A\","
                + "\"yes_dollars_fp\":[[\"0.0900\",\"5.00\"]],\"no_dollars_fp\":[[\"0.5400\",\"20.00\"],[\"0.0000\",\"1.00\"]]}}");
        assertThat(books.badFrames.get()).isEqualTo(1);
        assertThat(books.copy("A")).as("neither the old book (replaced) nor a half-applied one").isEmpty();
        books.onFrame(snapshot(1, 3, "A"));
        assertThat(books.copy("A").orElseThrow().quantityAt(Side.YES, 80_000)).isEqualTo(30_000);
    }

    @Test
    void aCrossedSnapshot_asWhenNoLevelsComeOnTheNoScale_isCounted_aBookThatIsNotCrossedIsNot() {
        books.track(List.of("A"));
        books.assign(1, List.of("A"));
        books.onFrame(snapshot(1, 1, "A"));
        assertThat(books.crossedSnapshots.get()).isZero();
        // the real NFL book of DAL (YES bid 0.80, NO bid 0.19) with NO levels on the NO scale, as a server that ignored
        // use_yes_price would send them: read on the YES scale, the NO bid is 0.81 and the YES ask a false 0.19
        books.onFrame("{\"type\":\"orderbook_snapshot\",\"sid\":1,\"seq\":2,\"msg\":{\"market_ticker\":\"A\","
                + "\"yes_dollars_fp\":[[\"0.7900\",\"500.00\"],[\"0.8000\",\"242310.93\"]],\"no_dollars_fp\":[[\"0.1900\",\"100.00\"]]}}");
        assertThat(books.crossedSnapshots.get()).isEqualTo(1);
        assertThat(books.badFrames.get()).isZero();
        // the same book on the YES scale (NO bid 0.19 sent as 0.81) is not crossed
        books.onFrame("{\"type\":\"orderbook_snapshot\",\"sid\":1,\"seq\":3,\"msg\":{\"market_ticker\":\"A\","
                + "\"yes_dollars_fp\":[[\"0.7900\",\"500.00\"],[\"0.8000\",\"242310.93\"]],\"no_dollars_fp\":[[\"0.8100\",\"100.00\"]]}}");
        BookTop top = books.top("A").orElseThrow();
        assertThat(top.yesBidMicros()).isEqualTo(800_000);
        assertThat(top.askMicros(Side.YES)).isEqualTo(810_000);
        assertThat(books.crossedSnapshots.get()).isEqualTo(1);
    }

    @Test
    void error25_resubscribes_andBadFramesAreCountedNotThrown() {
        books.track(List.of("A"));
        books.assign(1, List.of("A"));
        books.onFrame(snapshot(1, 1, "A"));
        books.onFrame("{\"id\": 1, \"type\": \"error\", \"msg\": {\"code\": 25, \"msg\": \"Subscription buffer overflow\"}}");
        assertThat(resubscribes).isEqualTo(1);
        assertThat(books.copy("A")).isEmpty();
        books.onFrame("{oops");
        books.onFrame("{\"type\":\"orderbook_snapshot\",\"sid\":1,\"seq\":2,\"msg\":{\"market_ticker\":\"A\",\"yes_dollars_fp\":[[\"1.5\",\"x\"]]}}");
        books.onFrame("{\"no_type\":true}");
        assertThat(books.badFrames.get()).isEqualTo(3);
    }

    /** Books read on the clock {@code now[0]} (epoch ms), with a control that asks for nothing. */
    static LocalBooks timedBooks(long[] now) {
        return new LocalBooks(new LocalBooks.Control() {
            @Override
            public void requestSnapshots(long sid, List<String> tickers) {}

            @Override
            public void resubscribeAll() {}
        }, () -> now[0]);
    }

    /** How current each book is (data_stale's price age): live while streamed, its poll time as a REST copy, frozen while stale. */
    @Test
    void currentAsOf_followsHowTheBookWasLastKnownToBeTheVenues() {
        long[] now = {1_000};
        LocalBooks timed = timedBooks(now);
        assertThat(timed.currentAsOf("A")).as("not tracked").isEqualTo(-1);
        timed.track(List.of("A"));
        now[0] = 4_000;
        assertThat(timed.currentAsOf("A")).as("waiting for its snapshot since it was tracked").isEqualTo(1_000);
        timed.assign(1, List.of("A"));
        timed.onFrame(snapshot(1, 1, "A"));
        now[0] = 5_000;
        assertThat(timed.currentAsOf("A")).as("streamed live").isEqualTo(5_000);
        now[0] = 6_000;
        timed.resetAll(); // the connection is lost
        now[0] = 9_000;
        assertThat(timed.currentAsOf("A")).isEqualTo(6_000);
        com.precog.domain.market.OrderBook rest = new com.precog.domain.market.OrderBook("A");
        rest.setLevel(Side.YES, 220_000, 100);
        timed.setFromRest(rest);
        now[0] = 20_000;
        assertThat(timed.currentAsOf("A")).as("a REST copy: as of its poll").isEqualTo(9_000);
        timed.resetAll(); // a reconnect attempt fails
        assertThat(timed.currentAsOf("A")).as("the copy keeps its time").isEqualTo(9_000);
        timed.setFromRest(rest);
        timed.assign(2, List.of("A"));
        now[0] = 21_000;
        assertThat(timed.currentAsOf("A")).as("reconnected, the snapshot not in yet: still the copy").isEqualTo(20_000);
        timed.onFrame(snapshot(2, 1, "A"));
        now[0] = 22_000;
        assertThat(timed.currentAsOf("A")).isEqualTo(22_000);
        timed.onFrame(delta(2, 2, "A", "0.0800", "-900.00", "yes")); // removes more than the level holds: the book diverged
        now[0] = 30_000;
        assertThat(timed.currentAsOf("A")).as("stale since the diverging delta").isEqualTo(22_000);
    }

    /** A REST poll answered after the stream came back does not replace the live book, nor freeze its price age. */
    @Test
    void aLateRestPoll_neverReplacesABookStreamedLive() {
        long[] now = {1_000};
        LocalBooks timed = timedBooks(now);
        timed.track(List.of("A"));
        timed.assign(1, List.of("A"));
        timed.onFrame(snapshot(1, 1, "A"));
        com.precog.domain.market.OrderBook old = new com.precog.domain.market.OrderBook("A");
        old.setLevel(Side.YES, 100_000, 500);
        now[0] = 2_000;
        timed.setFromRest(old);
        assertThat(timed.copy("A").orElseThrow().quantityAt(Side.YES, 100_000)).as("the live book stays").isZero();
        now[0] = 200_000;
        assertThat(timed.currentAsOf("A")).isEqualTo(200_000);
        timed.onFrame(delta(1, 2, "A", "0.2200", "-33.00", "yes"));
        assertThat(timed.copy("A").orElseThrow().quantityAt(Side.YES, 220_000)).as("and keeps taking its deltas").isEqualTo(30_000);
    }
}
