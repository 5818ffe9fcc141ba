package com.precog.adapters.kalshi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precog.application.port.out.MarketDataFeed.BookListener;
import com.precog.domain.market.BookTop;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The local copies of Kalshi order books fed by WebSocket frames (snapshot + deltas), with
 * per-subscription ({@code sid}) sequence tracking: a duplicate is ignored, a gap marks every
 * book of that sid stale and asks for fresh snapshots, a delta that would make a level negative
 * marks that book stale and asks for its snapshot. Stale books are hidden from readers until
 * their snapshot arrives. NO prices arrive on the YES scale ({@code use_yes_price: true}) and are
 * stored as NO-leg bids; a snapshot whose best YES and NO bids add up to more than $1 (a crossed book,
 * which no exchange rests — e.g. NO levels sent on the NO scale) is counted and logged once per market
 * (the fake exchange's tests build crossed books, so it is not refused). Frames are handled on one reader thread; readers on any thread.
 */
final class LocalBooks {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LocalBooks.class);
    /** What the books ask of the connection. */
    interface Control {
        void requestSnapshots(long sid, List<String> tickers);

        void resubscribeAll();
    }

    static final class LocalBook {
        final String ticker;
        final OrderBook book;
        boolean stale = true;
        long sid = -1;
        /** The book is a REST copy (the stream is down, or its snapshot has not come yet). */
        boolean fromRest;
        /** When a book not streamed live was last known current (epoch ms): its REST copy, or when it went stale / was tracked. */
        long currentAtMillis;

        LocalBook(String ticker, long trackedAtMillis) {
            this.ticker = ticker;
            this.book = new OrderBook(ticker);
            this.currentAtMillis = trackedAtMillis;
        }
    }

    static final class SidState {
        long last = -1;
        final Set<String> tickers = new LinkedHashSet<>();
    }

    private static final long MAX_SID = 1_000_000;
    private final Control control;
    private final ObjectMapper mapper = new ObjectMapper();
    private final DeltaFrameParser fast = new DeltaFrameParser();
    private final Map<String, LocalBook> books = new ConcurrentHashMap<>();
    private volatile TickerIndex index = new TickerIndex(Map.of());
    private SidState[] sids = new SidState[16];
    private final List<BookListener> listeners = new CopyOnWriteArrayList<>();
    private final List<JsonListener> jsonListeners = new CopyOnWriteArrayList<>();

    /** Frames taken by the allocation-free path; written only by the reader thread (plain field: no atomic on the hot path). */
    private volatile long fastFrameCount;
    private long fastFramesLocal;
    final AtomicLong jsonFrames = new AtomicLong();
    /** Deltas that arrived as a decoded String rather than as the WebSocket's bytes. */
    final AtomicLong textDeltas = new AtomicLong();
    final AtomicLong badFrames = new AtomicLong();
    final AtomicLong gaps = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong divergences = new AtomicLong();
    final AtomicLong snapshots = new AtomicLong();
    /** Snapshots whose book was crossed (YES bid + NO bid above $1): a sign the NO levels are not on the YES scale. */
    final AtomicLong crossedSnapshots = new AtomicLong();
    private final Set<String> crossedWarned = ConcurrentHashMap.newKeySet();
    final AtomicLong slowConsumerErrors = new AtomicLong();

    /** Any non-book frame (ticker, trade, fill, user_order, market_position, lifecycle, responses). */
    interface JsonListener {
        void onFrame(String type, JsonNode frame);
    }

    /** Frames that took the fast path (published every 64 frames and on every slow-path frame). */
    long fastFrames() {
        return fastFrameCount;
    }

    private final java.util.function.LongSupplier nowMillis;

    LocalBooks(Control control) {
        this(control, System::currentTimeMillis);
    }

    /** @param nowMillis the wall clock the books' ages are read on (epoch ms) */
    LocalBooks(Control control, java.util.function.LongSupplier nowMillis) {
        this.control = control;
        this.nowMillis = nowMillis;
    }

    void addListener(BookListener l) {
        listeners.add(l);
    }

    void addJsonListener(JsonListener l) {
        jsonListeners.add(l);
    }

    // ---------------------------------------------------------------- tracking

    synchronized void track(Collection<String> tickers) {
        long now = nowMillis.getAsLong();
        for (String t : tickers) books.computeIfAbsent(t, k -> new LocalBook(k, now));
        index = new TickerIndex(books);
    }

    synchronized void untrack(Collection<String> tickers) {
        tickers.forEach(books::remove);
        index = new TickerIndex(books);
        for (SidState s : sids) if (s != null) s.tickers.removeAll(tickers);
    }

    Set<String> tracked() {
        return Set.copyOf(books.keySet());
    }

    /** A subscription answered {@code subscribed}: these tickers stream on {@code sid}. */
    void assign(long sid, Collection<String> tickers) {
        SidState st = sid(sid, true);
        st.tickers.addAll(tickers);
    }

    /**
     * These tickers no longer stream on {@code sid} (they are subscribed anew): its gaps no longer concern them.
     *
     * @return true when nothing is left on that sid
     */
    boolean release(long sid, Collection<String> tickers) {
        SidState st = sid(sid, false);
        if (st == null) return true;
        st.tickers.removeAll(tickers);
        return st.tickers.isEmpty();
    }

    /** Connection lost: every book is stale, every sid forgotten. */
    void resetAll() {
        sids = new SidState[16];
        for (LocalBook lb : books.values()) markStale(lb);
    }

    Optional<OrderBook> copy(String ticker) {
        LocalBook lb = books.get(ticker);
        if (lb == null) return Optional.empty();
        synchronized (lb) {
            return lb.stale ? Optional.empty() : Optional.of(lb.book.copy());
        }
    }

    Optional<BookTop> top(String ticker) {
        LocalBook lb = books.get(ticker);
        if (lb == null) return Optional.empty();
        synchronized (lb) {
            return lb.stale ? Optional.empty() : Optional.of(lb.book.top());
        }
    }

    /**
     * When the feed last knew the book to be the venue's (epoch ms): now for a book streamed live; the time of its REST
     * copy; the time it went stale (or was tracked) while it waits for a snapshot. −1 when the ticker is not tracked.
     */
    long currentAsOf(String ticker) {
        LocalBook lb = books.get(ticker);
        if (lb == null) return -1;
        synchronized (lb) {
            return lb.stale || lb.fromRest ? lb.currentAtMillis : nowMillis.getAsLong();
        }
    }

    boolean isStale(String ticker) {
        LocalBook lb = books.get(ticker);
        if (lb == null) return true;
        synchronized (lb) {
            return lb.stale;
        }
    }

    /**
     * REST fallback while the stream is down: replace a book with a REST copy. A book streamed live is never replaced (a
     * poll that was in flight when the stream came back answers late, with an older book), and a REST copy takes no
     * stream deltas (it has no sequence of its own: its snapshot replaces it).
     */
    void setFromRest(OrderBook restBook) {
        LocalBook lb = books.get(restBook.marketTicker());
        if (lb == null) return;
        synchronized (lb) {
            if (!lb.stale && !lb.fromRest) return;
            lb.sid = -1;
            lb.book.clear();
            for (Side s : Side.values()) for (long[] l : restBook.levelsAscending(s)) lb.book.setLevel(s, l[0], l[1]);
            lb.stale = false;
            lb.fromRest = true;
            lb.currentAtMillis = nowMillis.getAsLong();
        }
        notifyBook(lb);
    }

    // ---------------------------------------------------------------- frames

    /**
     * The reader thread's entry for one text frame as its UTF-8 payload: a compact
     * {@code orderbook_delta} is applied straight from the bytes (no String, no allocation) and
     * true is returned; anything else returns false untouched and the caller decodes the frame
     * and hands it to {@link #onFrame(String)}.
     */
    boolean onFrameUtf8(byte[] a, int off, int len) {
        DeltaFrameParser f = fast;
        if (!f.parseUtf8(a, off, len)) return false;
        if ((++fastFramesLocal & 63) == 0) fastFrameCount = fastFramesLocal; // publish every 64 frames
        try {
            onDelta(f.sid, f.seq, index.get(a, f.tickerStart, f.tickerEnd), f.yesSide, f.priceMicros, f.deltaHundredths);
        } catch (RuntimeException e) {
            badFrames.incrementAndGet(); // a listener's bug: never into the WebSocket library
        }
        return true;
    }

    /** Handles one text frame; never throws for bad input (counted and dropped). */
    void onFrame(String text) {
        DeltaFrameParser f = fast;
        if (f.parse(text)) {
            textDeltas.incrementAndGet(); // off the WebSocket's byte path (tests, declined frames): not the hot path
            if ((++fastFramesLocal & 63) == 0) fastFrameCount = fastFramesLocal; // publish every 64 frames
            LocalBook lb = index.get(text, f.tickerStart, f.tickerEnd);
            onDelta(f.sid, f.seq, lb, f.yesSide, f.priceMicros, f.deltaHundredths);
            return;
        }
        JsonNode j;
        try {
            j = mapper.readTree(text);
        } catch (Exception e) {
            badFrames.incrementAndGet();
            return;
        }
        try {
            onJson(j);
        } catch (RuntimeException e) {
            badFrames.incrementAndGet();
        }
    }

    private void onJson(JsonNode j) {
        jsonFrames.incrementAndGet();
        fastFrameCount = fastFramesLocal;
        String type = j.path("type").asText("");
        switch (type) {
            case "orderbook_snapshot" -> onSnapshot(j);
            case "orderbook_delta" -> {
                JsonNode m = j.path("msg");
                long price = micros(m.path("price_dollars").asText());
                long delta = signedHundredths(m.path("delta_fp").asText());
                boolean yes = Side.parse(m.path("side").asText()) == Side.YES;
                if (!j.has("sid") || !j.has("seq")) throw new IllegalArgumentException("delta without sid/seq");
                onDelta(j.path("sid").asLong(), j.path("seq").asLong(), books.get(m.path("market_ticker").asText()), yes, price, delta);
            }
            case "ok", "unsubscribed" -> {
                if (j.has("sid") && j.has("seq")) advance(j.path("sid").asLong(), j.path("seq").asLong());
                jsonListeners.forEach(l -> l.onFrame(type, j));
            }
            case "error" -> {
                if (j.path("msg").path("code").asInt() == 25) {
                    slowConsumerErrors.incrementAndGet();
                    resetAll();
                    control.resubscribeAll();
                }
                jsonListeners.forEach(l -> l.onFrame(type, j));
            }
            case "" -> throw new IllegalArgumentException("frame without type");
            default -> jsonListeners.forEach(l -> l.onFrame(type, j));
        }
    }

    private void onSnapshot(JsonNode j) {
        JsonNode m = j.path("msg");
        String ticker = m.path("market_ticker").asText("");
        long sid = j.path("sid").asLong(-1);
        long seq = j.path("seq").asLong(-1);
        if (ticker.isEmpty() || sid < 0 || seq < 0) throw new IllegalArgumentException("snapshot without ticker/sid/seq");
        SidState st = sid(sid, true);
        st.tickers.add(ticker);
        if (st.last >= 0 && seq <= st.last) {
            duplicates.incrementAndGet();
            return;
        }
        boolean gap = st.last >= 0 && seq != st.last + 1;
        st.last = seq;
        LocalBook lb = books.get(ticker);
        if (lb != null) {
            // parse fully before touching the book so a bad snapshot leaves it as it was
            JsonNode yes = m.has("yes_dollars_fp") ? m.path("yes_dollars_fp") : m.path("yes_dollars");
            JsonNode no = m.has("no_dollars_fp") ? m.path("no_dollars_fp") : m.path("no_dollars");
            long[][] y;
            long[][] nlev;
            try {
                y = levels(yes, false);
                nlev = levels(no, true);
            } catch (RuntimeException e) {
                markStale(lb); // the book this snapshot replaces is outdated, and the snapshot cannot be read
                throw e;
            }
            if (best(y) + best(nlev) > 1_000_000L) {
                // a resting book never crosses (the exchange would match it): either the NO levels are not on the YES
                // scale (a server ignoring use_yes_price shows a false YES ask) or the frame is wrong; said once a market
                crossedSnapshots.incrementAndGet();
                if (crossedWarned.add(ticker)) {
                    LOG.warn("order book snapshot of {} is crossed: best YES bid {} + best NO bid {} (NO levels read on the YES scale) exceed $1;"
                            + " if the exchange sent the NO levels on the NO scale (use_yes_price ignored), every ask derived from them is false",
                            ticker, Wire.formatMicros(best(y)), Wire.formatMicros(best(nlev)));
                }
            }
            synchronized (lb) {
                lb.book.clear();
                for (long[] l : y) lb.book.setLevel(Side.YES, l[0], l[1]);
                for (long[] l : nlev) lb.book.setLevel(Side.NO, l[0], l[1]);
                lb.stale = false;
                lb.fromRest = false;
                lb.sid = sid;
            }
            snapshots.incrementAndGet();
            notifyBook(lb);
        }
        if (gap) gapOn(sid, st, ticker);
    }

    /** The highest price of parsed levels, 0 when there is none. */
    private static long best(long[][] levels) {
        long b = 0;
        for (long[] l : levels) b = Math.max(b, l[0]);
        return b;
    }

    private static long[][] levels(JsonNode arr, boolean noSideOnYesScale) {
        if (arr == null || !arr.isArray()) return new long[0][];
        long[][] out = new long[arr.size()][];
        for (int i = 0; i < arr.size(); i++) {
            JsonNode l = arr.get(i);
            long p = micros(l.path(0).asText());
            if (noSideOnYesScale) p = 1_000_000L - p;
            if (p <= 0 || p >= 1_000_000L) throw new IllegalArgumentException("snapshot level '" + l + "' is not a bid price in (0, 1)");
            out[i] = new long[] {p, Contracts.parse(l.path(1).asText()).hundredths()};
        }
        return out;
    }

    void onDelta(long sid, long seq, LocalBook lb, boolean yesSide, long wirePrice, long delta) {
        if (sid > MAX_SID) {
            badFrames.incrementAndGet();
            return;
        }
        SidState st = sid(sid, false);
        if (st == null) {
            duplicates.incrementAndGet(); // a frame of a subscription we do not (yet) know: nothing to apply
            return;
        }
        if (seq <= st.last) {
            duplicates.incrementAndGet();
            return;
        }
        if (st.last >= 0 && seq != st.last + 1) {
            st.last = seq;
            gapOn(sid, st, null);
            return;
        }
        st.last = seq;
        if (lb == null) return;
        boolean diverged = false;
        synchronized (lb) {
            // a ticker subscribed twice (e.g. subscribe raced a reconnect) streams on two sids: only the
            // sid of its latest snapshot owns the book, so no delta is applied twice
            if (lb.stale || lb.sid != sid) return;
            Side side = yesSide ? Side.YES : Side.NO;
            long price = yesSide ? wirePrice : 1_000_000L - wirePrice;
            if (!lb.book.applyDelta(side, price, delta)) {
                lb.stale = true;
                lb.currentAtMillis = nowMillis.getAsLong(); // streamed live until this delta
                diverged = true;
            }
        }
        if (diverged) {
            divergences.incrementAndGet();
            listeners.forEach(l -> l.onStale(lb.ticker));
            control.requestSnapshots(sid, List.of(lb.ticker));
            return;
        }
        if (!listeners.isEmpty()) notifyBook(lb);
    }

    private void advance(long sid, long seq) {
        SidState st = sid(sid, false);
        if (st == null) return;
        if (seq <= st.last) {
            duplicates.incrementAndGet();
            return;
        }
        boolean gap = st.last >= 0 && seq != st.last + 1;
        st.last = seq;
        if (gap) gapOn(sid, st, null);
    }

    /** A gap on a subscription: all its books are stale; ask for snapshots (except {@code fresh}, just rebuilt). */
    private void gapOn(long sid, SidState st, String fresh) {
        gaps.incrementAndGet();
        List<String> want = new ArrayList<>();
        for (String t : st.tickers) {
            if (t.equals(fresh)) continue;
            LocalBook lb = books.get(t);
            if (lb == null) continue;
            markStale(lb);
            want.add(t);
        }
        if (!want.isEmpty()) control.requestSnapshots(sid, want);
    }

    private void markStale(LocalBook lb) {
        boolean was;
        synchronized (lb) {
            was = lb.stale;
            lb.stale = true;
            if (!was && !lb.fromRest) lb.currentAtMillis = nowMillis.getAsLong(); // streamed live until now; a REST copy keeps its time
        }
        if (!was) listeners.forEach(l -> l.onStale(lb.ticker));
    }

    private void notifyBook(LocalBook lb) {
        if (listeners.isEmpty()) return;
        BookTop top;
        synchronized (lb) {
            if (lb.stale) return;
            top = lb.book.top();
        }
        for (BookListener l : listeners) {
            try {
                l.onBook(lb.ticker, top);
            } catch (RuntimeException e) {
                // a listener's bug must not stop the feed
            }
        }
    }

    private SidState sid(long sid, boolean create) {
        if (sid < 0 || sid > MAX_SID) throw new IllegalArgumentException("sid out of range: " + sid);
        int i = (int) sid;
        if (i >= sids.length) {
            if (!create) return null;
            sids = java.util.Arrays.copyOf(sids, Math.max(i + 1, sids.length * 2));
        }
        SidState st = sids[i];
        if (st == null && create) {
            st = new SidState();
            sids[i] = st;
        }
        return st;
    }

    static long micros(String dollars) {
        long units = Dollars.parse(dollars).units();
        if (units % 100 != 0) throw new IllegalArgumentException("price '" + dollars + "' has more than 6 decimals");
        return units / 100;
    }

    static long signedHundredths(String fp) {
        boolean neg = fp.startsWith("-");
        long h = Contracts.parse(neg ? fp.substring(1) : fp).hundredths();
        return neg ? -h : h;
    }

    /**
     * Open-addressing maps from a ticker, given as a range of a frame (String or UTF-8 bytes), to
     * its book, built once per track/untrack; immutable, so the reader needs no lock and creates
     * no String to find a book.
     */
    static final class TickerIndex {
        private static final java.lang.invoke.VarHandle LONG_LE = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class,
                java.nio.ByteOrder.LITTLE_ENDIAN);
        private static final long MIX = 0x9E3779B97F4A7C15L;
        private final String[] keys;
        private final LocalBook[] values;
        private final byte[][] utf8Keys;
        private final LocalBook[] utf8Values;
        private final int mask;

        TickerIndex(Map<String, LocalBook> books) {
            int cap = Integer.highestOneBit(Math.max(4, books.size() * 4 - 1)) << 1;
            keys = new String[cap];
            values = new LocalBook[cap];
            utf8Keys = new byte[cap][];
            utf8Values = new LocalBook[cap];
            mask = cap - 1;
            for (Map.Entry<String, LocalBook> e : books.entrySet()) {
                String k = e.getKey();
                int i = hash(k, 0, k.length()) & mask;
                while (keys[i] != null) i = (i + 1) & mask;
                keys[i] = k;
                values[i] = e.getValue();
                byte[] b = k.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                int j = hash(b, 0, b.length) & mask;
                while (utf8Keys[j] != null) j = (j + 1) & mask;
                utf8Keys[j] = b;
                utf8Values[j] = e.getValue();
            }
        }

        /** A hash of UTF-8 bytes, eight at a time (the last word overlaps the previous one; short keys are read byte by byte). */
        static int hash(byte[] a, int from, int to) {
            int len = to - from;
            long h = len * MIX;
            int i = from;
            for (; i + 8 <= to; i += 8) h = (h ^ (long) LONG_LE.get(a, i)) * MIX;
            if (i < to) {
                long tail;
                if (len >= 8) {
                    tail = (long) LONG_LE.get(a, to - 8);
                } else {
                    tail = 0;
                    for (int k = to - 1; k >= i; k--) tail = (tail << 8) | (a[k] & 0xFF);
                }
                h = (h ^ tail) * MIX;
            }
            return (int) (h ^ (h >>> 32));
        }

        LocalBook get(byte[] src, int from, int to) {
            int len = to - from;
            int i = hash(src, from, to) & mask;
            byte[] k;
            while ((k = utf8Keys[i]) != null) {
                if (k.length == len && java.util.Arrays.equals(k, 0, len, src, from, to)) return utf8Values[i];
                i = (i + 1) & mask;
            }
            return null;
        }

        static int hash(String s, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) h = 31 * h + s.charAt(i);
            return h ^ (h >>> 16);
        }

        LocalBook get(String src, int from, int to) {
            int len = to - from;
            int i = hash(src, from, to) & mask;
            String k;
            while ((k = keys[i]) != null) {
                if (k.length() == len && k.regionMatches(0, src, from, len)) return values[i];
                i = (i + 1) & mask;
            }
            return null;
        }
    }
}
