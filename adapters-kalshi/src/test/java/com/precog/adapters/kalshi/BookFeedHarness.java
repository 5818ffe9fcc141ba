package com.precog.adapters.kalshi;

import com.precog.domain.market.OrderBook;
import java.util.List;
import java.util.Optional;

/**
 * Test/benchmark access to the package-private frame path: a {@link LocalBooks} tracking one
 * market on one sid, fed with text frames exactly as the WebSocket reader feeds it.
 */
public final class BookFeedHarness {
    private final LocalBooks books;
    private final long sid;
    private final String ticker;

    public BookFeedHarness(String ticker, long sid) {
        this.ticker = ticker;
        this.sid = sid;
        this.books = new LocalBooks(new LocalBooks.Control() {
            @Override
            public void requestSnapshots(long s, List<String> tickers) {}

            @Override
            public void resubscribeAll() {}
        });
        books.track(List.of(ticker));
        books.assign(sid, List.of(ticker));
    }

    /** One WebSocket text frame, as the reader thread delivers it. */
    public void onFrame(String frame) {
        books.onFrame(frame);
    }

    /** One WebSocket text frame as its UTF-8 payload, as the reader thread offers it (decoded and re-offered as text when declined). */
    public void onFrameUtf8(byte[] frame) {
        if (!books.onFrameUtf8(frame, 0, frame.length)) books.onFrame(new String(frame, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Whether the allocation-free byte path takes this frame. */
    public static boolean takesUtf8Path(byte[] frame) {
        return new DeltaFrameParser().parseUtf8(frame, 0, frame.length);
    }

    /** Whether the String parser takes this frame on its compact (documented key order) path. */
    public static boolean takesCompactStringPath(String frame) {
        DeltaFrameParser p = new DeltaFrameParser();
        return p.parse(frame) && p.compact;
    }

    public Optional<OrderBook> book() {
        return books.copy(ticker);
    }

    public long badFrames() {
        return books.badFrames.get();
    }

    public long fastFrames() {
        return books.fastFrames();
    }

    public long gaps() {
        return books.gaps.get();
    }
}
