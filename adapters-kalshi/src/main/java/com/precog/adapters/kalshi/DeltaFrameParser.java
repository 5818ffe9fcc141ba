package com.precog.adapters.kalshi;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Allocation-free parser for the one hot frame, {@code orderbook_delta}: walks the text once,
 * accepts any key order and whitespace, and extracts sid, seq, market ticker (as a range of the
 * input), price (micro-dollars), signed delta (hundredths) and side. Anything it does not fully
 * understand (escapes, nested values other than {@code msg}, extra decimals, other frame types)
 * makes {@link #parse} return false so the caller falls back to Jackson. Not thread-safe: one
 * instance per reader thread.
 */
final class DeltaFrameParser {
    // results of the last successful parse
    long sid;
    long seq;
    int tickerStart;
    int tickerEnd;
    long priceMicros;
    long deltaHundredths;
    boolean yesSide;
    /** True when {@code msg} carried {@code client_order_id} (our own order moved the book). */
    boolean ownOrder;

    private String s;
    private int p;
    private int n;
    private int strStart;
    private int strEnd;
    private static final int MISSING = Integer.MIN_VALUE;

    /** True when the last successful parse took the compact (documented key order) path. */
    boolean compact;

    // the documented frame, compact, in Kalshi's key order (ws_orderbook_delta.json)
    private static final String C_HEAD = "{\"type\":\"orderbook_delta\",\"sid\":";
    private static final String C_SEQ = ",\"seq\":";
    private static final String C_MSG = ",\"msg\":{\"market_ticker\":\"";
    private static final String C_ID = "\",\"market_id\":\"";
    private static final String C_PRICE = "\",\"price_dollars\":\"";
    private static final String C_DELTA = "\",\"delta_fp\":\"";
    private static final String C_SIDE = "\",\"side\":\"";

    /** Parses {@code frame}; true only for a complete, well-formed orderbook_delta frame. */
    boolean parse(String frame) {
        s = frame;
        n = frame.length();
        ownOrder = false;
        if (frame.indexOf('\\') >= 0) return false; // escapes: let Jackson decode them
        if (compact(frame)) {
            compact = true;
            return true;
        }
        compact = false;
        ownOrder = false;
        return general(frame);
    }

    /**
     * The frame exactly as Kalshi sends it (no whitespace, documented key order up to {@code side}):
     * each fixed part is one vectorised region compare, each string one vectorised quote search.
     * Keys after {@code side} (ts, ts_ms, client_order_id, subaccount, …) go through the general
     * key loop. Anything else returns false and the general walk starts again from the beginning.
     */
    private boolean compact(String f) {
        if (!f.startsWith(C_HEAD)) return false;
        p = C_HEAD.length();
        long v = integer();
        if (v == MISSING || !f.startsWith(C_SEQ, p)) return false;
        sid = v;
        p += C_SEQ.length();
        v = integer();
        if (v == MISSING || !f.startsWith(C_MSG, p)) return false;
        seq = v;
        int q = p + C_MSG.length();
        int e = f.indexOf('"', q);
        if (e <= q) return false;
        tickerStart = q;
        tickerEnd = e;
        if (f.startsWith(C_ID, e)) { // market_id (optional): skipped
            e = f.indexOf('"', e + C_ID.length());
            if (e < 0) return false;
        }
        if (!f.startsWith(C_PRICE, e)) return false;
        q = e + C_PRICE.length();
        e = f.indexOf('"', q);
        if (e < 0) return false;
        v = decimal(q, e, 6);
        if (v <= 0 || v >= 1_000_000) return false;
        priceMicros = v;
        if (!f.startsWith(C_DELTA, e)) return false;
        q = e + C_DELTA.length();
        e = f.indexOf('"', q);
        if (e < 0) return false;
        boolean neg = e > q && f.charAt(q) == '-';
        v = decimal(neg ? q + 1 : q, e, 2);
        if (v < 0) return false;
        deltaHundredths = neg ? -v : v;
        if (!f.startsWith(C_SIDE, e)) return false;
        q = e + C_SIDE.length();
        if (f.startsWith("yes\"", q)) {
            yesSide = true;
            p = q + 4;
        } else if (f.startsWith("no\"", q)) {
            yesSide = false;
            p = q + 3;
        } else {
            return false;
        }
        // rest of msg, then the end of the frame
        while (true) {
            if (p >= n) return false;
            char c = f.charAt(p++);
            if (c == '}') break;
            if (c != ',' || !string()) return false;
            int ks = strStart;
            int kl = strEnd - strStart;
            if (!eat(':')) return false;
            if (kl == 15 && f.startsWith("client_order_id", ks)) ownOrder = true;
            else if (kl == 13 || kl == 8 || (kl == 4 && f.startsWith("side", ks))) return false; // a repeated key: the general walk takes the last
            if (!skipScalar()) return false;
        }
        return p == n - 1 && f.charAt(p) == '}';
    }

    // ---------------------------------------------------------------- UTF-8 bytes (the WebSocket payload)

    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    private static final byte[] B_HEAD = ascii(C_HEAD);
    private static final byte[] B_SEQ = ascii(C_SEQ);
    private static final byte[] B_MSG = ascii(C_MSG);
    private static final byte[] B_ID = ascii(C_ID);
    private static final byte[] B_PRICE = ascii(C_PRICE);
    private static final byte[] B_DELTA = ascii(C_DELTA);
    private static final byte[] B_SIDE = ascii(C_SIDE);
    private static final byte[] B_YES = ascii("yes\"");
    private static final byte[] B_NO = ascii("no\"");
    private static final byte[] B_TS = ascii(",\"ts\":\"");
    private static final byte[] B_TS_MS = ascii("\",\"ts_ms\":");
    private static final byte[] B_CLIENT_ORDER_ID = ascii("client_order_id");
    private static final byte[] B_SIDE_KEY = ascii("side");

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /**
     * The compact documented frame straight from the WebSocket's UTF-8 payload, without decoding
     * it into a String: fixed parts are vectorised array compares, strings are found eight bytes
     * at a time, numbers are read digit by digit. On success {@link #tickerStart}/{@link #tickerEnd}
     * index {@code a}. UTF-8 never puts an ASCII byte inside a multi-byte character, so every
     * quote, digit and key seen here is the character it looks like. Returns false (the caller
     * decodes the frame and takes the String path) for anything else, including escapes.
     */
    boolean parseUtf8(byte[] a, int off, int len) {
        int end = off + len;
        if (off < 0 || len < 0 || end > a.length || end < off) return false;
        ownOrder = false;
        if (!at(a, off, end, B_HEAD)) return false;
        int q = off + B_HEAD.length;
        long v = 0;
        int d = q;
        for (; q < end && q - d < 18; q++) {
            int c = a[q] - '0';
            if (c < 0 || c > 9) break;
            v = v * 10 + c;
        }
        if (q == d || !at(a, q, end, B_SEQ)) return false;
        sid = v;
        q += B_SEQ.length;
        v = 0;
        d = q;
        for (; q < end && q - d < 18; q++) {
            int c = a[q] - '0';
            if (c < 0 || c > 9) break;
            v = v * 10 + c;
        }
        if (q == d || !at(a, q, end, B_MSG)) return false;
        seq = v;
        q += B_MSG.length;
        int e = quote(a, q, end);
        if (e <= q) return false;
        tickerStart = q;
        tickerEnd = e;
        if (at(a, e, end, B_ID)) { // market_id (optional): skipped
            e = quote(a, e + B_ID.length, end);
            if (e < 0) return false;
        }
        if (!at(a, e, end, B_PRICE)) return false;
        q = e + B_PRICE.length;
        e = quote(a, q, end);
        if (e < 0) return false;
        v = decimal(a, q, e, 6);
        if (v <= 0 || v >= 1_000_000) return false;
        priceMicros = v;
        if (!at(a, e, end, B_DELTA)) return false;
        q = e + B_DELTA.length;
        e = quote(a, q, end);
        if (e < 0) return false;
        boolean neg = e > q && a[q] == '-';
        v = decimal(a, neg ? q + 1 : q, e, 2);
        if (v < 0) return false;
        deltaHundredths = neg ? -v : v;
        if (!at(a, e, end, B_SIDE)) return false;
        q = e + B_SIDE.length;
        if (at(a, q, end, B_YES)) {
            yesSide = true;
            q += 4;
        } else if (at(a, q, end, B_NO)) {
            yesSide = false;
            q += 3;
        } else {
            return false;
        }
        // the documented tail ,"ts":"…","ts_ms":N}} in one go
        if (at(a, q, end, B_TS)) {
            e = quote(a, q + B_TS.length, end);
            if (e > 0 && at(a, e, end, B_TS_MS)) {
                int t = e + B_TS_MS.length;
                int ds = t;
                while (t < end && a[t] >= '0' && a[t] <= '9') t++;
                if (t > ds && t == end - 2 && a[t] == '}' && a[t + 1] == '}') return true;
            }
        }
        // otherwise the rest of msg (ts, ts_ms, client_order_id, subaccount, …) key by key: scalar values only
        while (true) {
            if (q >= end) return false;
            byte c = a[q++];
            if (c == '}') break;
            if (c != ',' || q >= end || a[q] != '"') return false;
            int ks = q + 1;
            int ke = quote(a, ks, end);
            if (ke < 0 || ke + 1 >= end || a[ke + 1] != ':') return false;
            int kl = ke - ks;
            if (kl == 15 && at(a, ks, ke, B_CLIENT_ORDER_ID)) ownOrder = true;
            else if (kl == 13 || kl == 8 || (kl == 4 && at(a, ks, ke, B_SIDE_KEY))) return false; // repeated key: the general walk decides
            q = ke + 2;
            if (q >= end) return false;
            c = a[q];
            if (c == '"') {
                int ve = quote(a, q + 1, end);
                if (ve < 0) return false;
                q = ve + 1;
            } else {
                int vs = q;
                while (q < end) {
                    c = a[q];
                    if (c == ',' || c == '}') break;
                    if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' || (c >= 'a' && c <= 'z'))) return false;
                    q++;
                }
                if (q == vs) return false;
            }
        }
        return q == end - 1 && a[q] == '}';
    }

    /** True when {@code t} occurs in {@code a} at {@code i} (and fits before {@code end}). */
    private static boolean at(byte[] a, int i, int end, byte[] t) {
        int n = t.length;
        if (i + n > end) return false;
        if (n < 8) {
            for (int k = 0; k < n; k++) if (a[i + k] != t[k]) return false;
            return true;
        }
        int k = 0;
        for (; k + 8 < n; k += 8) if ((long) LONG_LE.get(a, i + k) != (long) LONG_LE.get(t, k)) return false;
        return (long) LONG_LE.get(a, i + n - 8) == (long) LONG_LE.get(t, n - 8); // last word, overlapping the previous one
    }

    /** Index of the first {@code "} at or after {@code i} and before {@code end}; -1 if none or a backslash comes first. Eight bytes per step. */
    static int quote(byte[] a, int i, int end) {
        while (i + 8 <= end) {
            long w = (long) LONG_LE.get(a, i);
            long x = w ^ QUOTES;
            long y = w ^ BACKSLASHES;
            long m = (((x - ONES) & ~x) | ((y - ONES) & ~y)) & HIGHS; // lowest set bit = first quote or backslash
            if (m != 0) {
                int j = i + (Long.numberOfTrailingZeros(m) >>> 3);
                return a[j] == '"' ? j : -1;
            }
            i += 8;
        }
        for (; i < end; i++) {
            byte c = a[i];
            if (c == '"') return i;
            if (c == '\\') return -1;
        }
        return -1;
    }

    /** {@link #decimal(int, int, int)} over bytes. */
    private static long decimal(byte[] a, int from, int to, int scale) {
        if (from >= to) return -1;
        long v = 0;
        int i = from;
        int digits = 0;
        for (; i < to; i++) {
            int c = a[i];
            if (c == '.') break;
            c -= '0';
            if (c < 0 || c > 9 || ++digits > 12) return -1;
            v = v * 10 + c;
        }
        int frac = 0;
        if (i < to) {
            i++; // '.'
            for (; i < to; i++) {
                int c = a[i] - '0';
                if (c < 0 || c > 9) return -1;
                if (frac < scale) {
                    v = v * 10 + c;
                    frac++;
                } else if (c != 0) {
                    return -1;
                }
            }
        }
        for (; frac < scale; frac++) v *= 10;
        return v;
    }

    // ---------------------------------------------------------------- any layout (String)

    private boolean general(String frame) {
        p = 0;
        boolean typeOk = false;
        boolean haveSid = false;
        boolean haveSeq = false;
        boolean haveMsg = false;
        ws();
        if (!eat('{')) return false;
        ws();
        if (p < n && s.charAt(p) == '}') return false;
        while (true) {
            ws();
            if (!string()) return false;
            int ks = strStart;
            int kl = strEnd - strStart;
            ws();
            if (!eat(':')) return false;
            ws();
            if (kl == 4 && s.startsWith("type", ks)) {
                if (!string()) return false;
                if (strEnd - strStart != 15 || !s.startsWith("orderbook_delta", strStart)) return false;
                typeOk = true;
            } else if (kl == 3 && s.startsWith("sid", ks)) {
                long v = integer();
                if (v == MISSING) return false;
                sid = v;
                haveSid = true;
            } else if (kl == 3 && s.startsWith("seq", ks)) {
                long v = integer();
                if (v == MISSING) return false;
                seq = v;
                haveSeq = true;
            } else if (kl == 3 && s.startsWith("msg", ks)) {
                if (!msg()) return false;
                haveMsg = true;
            } else if (!skipScalar()) {
                return false;
            }
            ws();
            if (p >= n) return false;
            char c = s.charAt(p++);
            if (c == '}') break;
            if (c != ',') return false;
        }
        ws();
        return p == n && typeOk && haveSid && haveSeq && haveMsg;
    }

    private boolean msg() {
        if (!eat('{')) return false;
        boolean t = false;
        boolean pr = false;
        boolean d = false;
        boolean sd = false;
        while (true) {
            ws();
            if (!string()) return false;
            int ks = strStart;
            int kl = strEnd - strStart;
            ws();
            if (!eat(':')) return false;
            ws();
            if (kl == 13 && s.startsWith("market_ticker", ks)) {
                if (!string() || strEnd == strStart) return false;
                tickerStart = strStart;
                tickerEnd = strEnd;
                t = true;
            } else if (kl == 13 && s.startsWith("price_dollars", ks)) {
                if (!string()) return false;
                long v = decimal(strStart, strEnd, 6);
                if (v <= 0 || v >= 1_000_000) return false;
                priceMicros = v;
                pr = true;
            } else if (kl == 8 && s.startsWith("delta_fp", ks)) {
                if (!string()) return false;
                boolean neg = strEnd > strStart && s.charAt(strStart) == '-';
                long v = decimal(neg ? strStart + 1 : strStart, strEnd, 2);
                if (v < 0) return false;
                deltaHundredths = neg ? -v : v;
                d = true;
            } else if (kl == 4 && s.startsWith("side", ks)) {
                if (!string()) return false;
                int len = strEnd - strStart;
                if (len == 3 && s.startsWith("yes", strStart)) yesSide = true;
                else if (len == 2 && s.startsWith("no", strStart)) yesSide = false;
                else return false;
                sd = true;
            } else if (kl == 15 && s.startsWith("client_order_id", ks)) {
                if (!skipScalar()) return false;
                ownOrder = true;
            } else if (!skipScalar()) {
                return false;
            }
            ws();
            if (p >= n) return false;
            char c = s.charAt(p++);
            if (c == '}') return t && pr && d && sd;
            if (c != ',') return false;
        }
    }

    private void ws() {
        while (p < n) {
            char c = s.charAt(p);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') p++;
            else return;
        }
    }

    private boolean eat(char c) {
        if (p < n && s.charAt(p) == c) {
            p++;
            return true;
        }
        return false;
    }

    /** A string (the frame has no escapes, checked up front); sets strStart/strEnd (exclusive) to its content. */
    private boolean string() {
        if (p >= n || s.charAt(p) != '"') return false;
        int start = ++p;
        int end = s.indexOf('"', start); // vectorised scan
        if (end < 0) return false;
        strStart = start;
        strEnd = end;
        p = end + 1;
        return true;
    }

    private long integer() {
        int start = p;
        long v = 0;
        while (p < n) {
            char c = s.charAt(p);
            if (c < '0' || c > '9') break;
            if (p - start >= 18) return MISSING;
            v = v * 10 + (c - '0');
            p++;
        }
        return p == start ? MISSING : v;
    }

    /** Skips a string, number, true/false/null; nested values are not skipped (returns false). */
    private boolean skipScalar() {
        if (p >= n) return false;
        char c = s.charAt(p);
        if (c == '"') return string();
        if (c == '{' || c == '[') return false;
        int start = p;
        while (p < n) {
            c = s.charAt(p);
            if (c == ',' || c == '}' || c == ' ' || c == '\n' || c == '\r' || c == '\t') break;
            if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' || (c >= 'a' && c <= 'z'))) return false;
            p++;
        }
        return p > start;
    }

    /** Plain decimal {@code [0-9]+(.[0-9]*)?} in units of 10^-scale; -1 when malformed or too precise. */
    private long decimal(int from, int to, int scale) {
        if (from >= to) return -1;
        long v = 0;
        int i = from;
        int digits = 0;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') break;
            if (c < '0' || c > '9' || ++digits > 12) return -1;
            v = v * 10 + (c - '0');
        }
        int frac = 0;
        if (i < to) {
            i++; // '.'
            for (; i < to; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') return -1;
                if (frac < scale) {
                    v = v * 10 + (c - '0');
                    frac++;
                } else if (c != '0') {
                    return -1;
                }
            }
        }
        for (; frac < scale; frac++) v *= 10;
        return v;
    }
}
