package com.precog.adapters.espn.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback HTTP server speaking ESPN's site API paths: replays recorded scoreboards per
 * {@code sport/league} in sequence (the last one repeats), each requested {@code dates} value
 * walking the sequence on its own (a poller that asks for yesterday and today in one poll, as
 * ours does between midnight and 6 a.m. Eastern, sees the same progression for both), serves
 * summaries by event id, and
 * applies queued faults to the next requests: stale data ({@code Age} header), malformed JSON, HTTP errors,
 * slow responses, bodies that stall after the headers, pages truncated to 25 events. Records every request URI. Tests only.
 *
 * <p>Run standalone: {@code java -cp <test-jar>:<deps> com.precog.adapters.espn.fake.FakeEspnServer
 * PORT football/college-football=FILE [basketball/nba=FILE ...]}.
 */
public final class FakeEspnServer implements AutoCloseable {
    private static final Pattern PATH = Pattern.compile("/apis/site/v2/sports/([a-z-]+/[a-z-]+)/(scoreboard|summary)");

    /** A fault applied to one request. */
    public sealed interface Fault {
        /** Responds normally but marked {@code age} old ({@code Age} header, as a CDN cache hit). */
        record Stale(Duration age) implements Fault {}
        /** Responds 200 with a body that is not JSON. */
        record Malformed() implements Fault {}
        /** Responds normally with this exact {@code Age} header text (a proxy that writes it wrongly). */
        record AgeText(String value) implements Fault {}
        /** Responds with this HTTP status and a small error body. */
        record Status(int code) implements Fault {}
        /** Waits before responding normally. */
        record Slow(Duration delay) implements Fault {}
        /** Sends the status, the headers and half the body at once, then waits before the rest (a stalled transfer). */
        record StalledBody(Duration delay) implements Fault {}
        /** Responds with only the first 25 events of the page, as ESPN does for limit > 500. */
        record Truncated25() implements Fault {}
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-espn");
        t.setDaemon(true);
        return t;
    });
    private final Clock clock;
    private final Map<String, List<String>> scoreboards = new HashMap<>();
    private final Map<String, Integer> served = new HashMap<>(); // by sport/league and dates value
    private final Map<String, String> summaries = new HashMap<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final List<URI> requests = new CopyOnWriteArrayList<>();

    private FakeEspnServer(Clock clock, int port) throws IOException {
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts on an ephemeral loopback port with the system clock. */
    public static FakeEspnServer start() {
        return start(Clock.systemUTC());
    }

    public static FakeEspnServer start(Clock clock) {
        try {
            return new FakeEspnServer(clock, 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start fake ESPN server", e);
        }
    }

    /** What to put in ESPN_BASE_URL. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues scoreboards for {@code sportLeague} (e.g. {@code football/nfl}), served in order; the last repeats. */
    public synchronized FakeEspnServer replay(String sportLeague, String... bodies) {
        List<String> q = scoreboards.computeIfAbsent(sportLeague, k -> new ArrayList<>());
        int before = q.size();
        q.addAll(List.of(bodies));
        // bodies queued later come next for every date already asked for (after the ones it was served)
        served.replaceAll((key, n) -> key.startsWith(sportLeague + "|") ? Math.min(n, before) : n);
        return this;
    }

    public synchronized FakeEspnServer summary(String eventId, String body) {
        summaries.put(eventId, body);
        return this;
    }

    /** Queues faults; each applies to one upcoming request, in order. */
    public synchronized FakeEspnServer fault(Fault... next) {
        faults.addAll(List.of(next));
        return this;
    }

    public List<URI> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            URI uri = ex.getRequestURI();
            requests.add(uri);
            Fault fault;
            String body;
            Matcher m = PATH.matcher(uri.getPath());
            synchronized (this) {
                fault = faults.poll();
                body = !m.matches() ? null : m.group(2).equals("scoreboard") ? nextScoreboard(m.group(1), query(uri).getOrDefault("dates", ""))
                        : summaries.get(query(uri).getOrDefault("event", ""));
            }
            Duration age = Duration.ZERO;
            if (fault instanceof Fault.Slow s) sleep(s.delay());
            if (fault instanceof Fault.Status st) {
                send(ex, st.code(), "{\"code\":" + st.code() + ",\"message\":\"fault injected\"}", age);
                return;
            }
            if (body == null) {
                send(ex, m.matches() ? 404 : 400, "{\"code\":400,\"message\":\"Failed to get events endpoint.\"}", age);
                return;
            }
            if (fault instanceof Fault.Malformed) body = body.substring(0, body.length() / 2);
            if (fault instanceof Fault.Stale st) age = st.age();
            if (fault instanceof Fault.Truncated25) body = truncate(body);
            if (fault instanceof Fault.AgeText a) ex.getResponseHeaders().set("Age", a.value());
            send(ex, 200, body, age, fault instanceof Fault.StalledBody st ? st.delay() : Duration.ZERO);
        }
    }

    private String nextScoreboard(String sportLeague, String dates) {
        List<String> q = scoreboards.get(sportLeague);
        if (q == null || q.isEmpty()) return null;
        String key = sportLeague + "|" + dates;
        int n = served.getOrDefault(key, 0);
        served.put(key, n + 1);
        return q.get(Math.min(n, q.size() - 1));
    }

    private void send(HttpExchange ex, int code, String body, Duration age) throws IOException {
        send(ex, code, body, age, Duration.ZERO);
    }

    /** Responds; with a {@code stall}, the headers and the first half of the body go out at once and the rest after it. */
    private void send(HttpExchange ex, int code, String body, Duration age, Duration stall) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        // the JDK server always writes its own Date header (now), so staleness is expressed like a CDN cache hit: Age
        ex.getResponseHeaders().set("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atOffset(ZoneOffset.UTC)));
        if (!age.isZero()) ex.getResponseHeaders().set("Age", Long.toString(age.toSeconds()));
        ex.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            if (stall.isZero()) {
                out.write(bytes);
                return;
            }
            out.write(bytes, 0, bytes.length / 2);
            out.flush();
            sleep(stall);
            out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
        }
    }

    /** Keeps the first 25 events by cutting the JSON array textually (no JSON library in the fake). */
    private static String truncate(String body) {
        int start = body.indexOf("\"events\"");
        if (start < 0) return body;
        int open = body.indexOf('[', start);
        int depth = 0, count = 0;
        boolean inString = false;
        for (int i = open + 1; i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '"') inString = true;
            else if (c == '{' || c == '[') depth++;
            else if (c == '}' || c == ']') {
                if (depth == 0) return body;
                depth--;
                if (depth == 0 && c == '}' && ++count == 25) {
                    int close = matchingClose(body, open);
                    return body.substring(0, i + 1) + body.substring(close);
                }
            }
        }
        return body;
    }

    private static int matchingClose(String body, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '"') inString = true;
            else if (c == '[' || c == '{') depth++;
            else if ((c == ']' || c == '}') && --depth == 0) return i;
        }
        return body.length();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> q = new HashMap<>();
        if (uri.getRawQuery() == null) return q;
        for (String kv : uri.getRawQuery().split("&")) {
            int eq = kv.indexOf('=');
            if (eq > 0) q.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return q;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** {@code PORT sport/league=FILE...}: serves the files until killed. */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: FakeEspnServer PORT sport/league=FILE[,FILE...] ...");
            System.exit(2);
        }
        FakeEspnServer s = new FakeEspnServer(Clock.systemUTC(), Integer.parseInt(args[0]));
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            List<String> bodies = new ArrayList<>();
            for (String f : kv[1].split(",")) bodies.add(Files.readString(Path.of(f)));
            s.replay(kv[0], bodies.toArray(String[]::new));
        }
        System.out.println(s.baseUrl());
        Thread.currentThread().join();
    }
}
