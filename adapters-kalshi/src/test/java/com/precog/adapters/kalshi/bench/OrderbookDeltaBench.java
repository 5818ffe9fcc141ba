package com.precog.adapters.kalshi.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precog.adapters.kalshi.BookFeedHarness;
import com.precog.adapters.kalshi.fake.FakeKalshiExchange;
import java.io.IOException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * An {@code orderbook_delta} frame → the local book updated, next to a raw Jackson parse of the
 * same frames (tree and streaming) in the same run. {@code deltaToBook} takes the frame as the
 * WebSocket reader gets it off the wire (the text frame's UTF-8 payload, what
 * {@code Utf8FrameDraft} hands to the books); {@code deltaToBookFromString} takes the decoded
 * String (tests, the fallback path). Frames have the exact shape of the documented sample, 20
 * price levels per side, sequential seq numbers; each +q is followed by −q at the same level so
 * the book stays valid while cycling. Sample-time mode gives median and p99.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OrderbookDeltaBench {
    static final String TICKER = "KXNFLGAME-25NOV27KCDAL-KC";
    static final int FRAMES = 4096;
    static final long SID = 7;

    String[] frames;
    byte[][] utf8;
    BookFeedHarness feed;
    ObjectMapper mapper;
    JsonFactory factory;
    int i;

    @Setup(Level.Trial)
    public void setup() {
        Random r = new Random(1);
        frames = new String[FRAMES];
        for (int k = 0; k < FRAMES; k += 2) {
            boolean yes = r.nextBoolean();
            long price = (30 + r.nextInt(20)) * 10_000L;
            long q = (1 + r.nextInt(500)) * 100L;
            frames[k] = frame(k + 2, yes, price, q);
            frames[k + 1] = frame(k + 3, yes, price, -q);
        }
        utf8 = new byte[FRAMES][];
        for (int k = 0; k < FRAMES; k++) utf8[k] = frames[k].getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mapper = new ObjectMapper();
        factory = mapper.getFactory();
        reset();
    }

    void reset() {
        feed = new BookFeedHarness(TICKER, SID);
        StringBuilder snap = new StringBuilder("{\"type\":\"orderbook_snapshot\",\"sid\":" + SID + ",\"seq\":1,\"msg\":{\"market_ticker\":\"" + TICKER
                + "\",\"market_id\":\"9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1\",\"yes_dollars_fp\":[");
        for (int p = 30; p < 50; p++) snap.append(p > 30 ? "," : "").append("[\"").append(FakeKalshiExchange.px(p * 10_000L)).append("\",\"1000.00\"]");
        snap.append("],\"no_dollars_fp\":[");
        for (int p = 30; p < 50; p++) snap.append(p > 30 ? "," : "").append("[\"").append(FakeKalshiExchange.px(p * 10_000L)).append("\",\"1000.00\"]");
        snap.append("]}}");
        feed.onFrame(snap.toString());
        i = 0;
    }

    static String frame(long seq, boolean yes, long price, long delta) {
        return "{\"type\":\"orderbook_delta\",\"sid\":" + SID + ",\"seq\":" + seq + ",\"msg\":{\"market_ticker\":\"" + TICKER
                + "\",\"market_id\":\"9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1\",\"price_dollars\":\"" + FakeKalshiExchange.px(price)
                + "\",\"delta_fp\":\"" + (delta < 0 ? "-" : "") + FakeKalshiExchange.fp(Math.abs(delta)) + "\",\"side\":\"" + (yes ? "yes" : "no")
                + "\",\"ts\":\"2026-11-24T20:44:01Z\",\"ts_ms\":1795553041000}}";
    }

    /** UTF-8 frame → parse → seq check → book lookup → level update (the full hot path, as the reader thread runs it). */
    @Benchmark
    public void deltaToBook() {
        if (i == FRAMES) reset(); // seq restarts with a fresh snapshot once per 4096 frames
        feed.onFrameUtf8(utf8[i++]);
    }

    /** The same from the decoded String (the path of frames that arrive as text). */
    @Benchmark
    public void deltaToBookFromString() {
        if (i == FRAMES) reset();
        feed.onFrame(frames[i++]);
    }

    /** Jackson tree parse of the same UTF-8 frame (what a straightforward client does before any book work). */
    @Benchmark
    public JsonNode jacksonTree() throws IOException {
        if (i == FRAMES) i = 0;
        return mapper.readTree(utf8[i++]);
    }

    /** Jackson streaming tokenization of the same UTF-8 frame (the cheapest Jackson can read it). */
    @Benchmark
    public void jacksonStreaming(Blackhole bh) throws IOException {
        if (i == FRAMES) i = 0;
        try (JsonParser p = factory.createParser(utf8[i++])) {
            JsonToken t;
            while ((t = p.nextToken()) != null) bh.consume(t);
        }
    }
}
