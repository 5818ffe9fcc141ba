package com.precog.adapters.kalshi;

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

    /** Parses {@code frame}; true only for a complete, well-formed orderbook_delta frame. */
    boolean parse(String frame) {
        s = frame;
        p = 0;
        n = frame.length();
        boolean typeOk = false;
        boolean haveSid = false;
        boolean haveSeq = false;
        boolean haveMsg = false;
        ownOrder = false;
        if (frame.indexOf('\\') >= 0) return false; // escapes: let Jackson decode them
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
