package com.precog.adapters.espn;

import com.precog.application.port.out.games.GameFeed;
import com.precog.application.port.out.games.GameFeedException;
import com.precog.domain.game.GameId;
import com.precog.domain.game.League;
import com.precog.domain.game.Scoreboard;
import com.precog.domain.game.WinProbabilityPoint;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RateLimitExceededException;
import dev.failsafe.RateLimiter;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link GameFeed} on ESPN's site API: {@code scoreboard?dates=YYYYMMDD&limit=300} (plus
 * {@code groups=80} for college football) and {@code summary?event=ID}. Every request goes
 * through one Failsafe pipeline: retries with exponential backoff and jitter on I/O errors,
 * timeouts, HTTP 429/5xx and malformed JSON, inside a request budget of
 * {@link EspnConfig#maxRequestsPerHour()} (each attempt counts). A scoreboard's
 * {@code observedAt} is the receipt time minus the response's {@code Age} header, so data
 * served from a cache shows its true age.
 */
public final class EspnGameFeed implements GameFeed {
    private static final Logger LOG = LoggerFactory.getLogger(EspnGameFeed.class);
    private static final DateTimeFormatter DATES = DateTimeFormatter.BASIC_ISO_DATE;

    private final EspnConfig config;
    private final Clock clock;
    private final HttpClient http;
    private final FailsafeExecutor<Object> failsafe;
    private final AtomicLong requests = new AtomicLong();

    public EspnGameFeed(EspnConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.requestTimeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
        RetryPolicy<Object> retry = RetryPolicy.builder()
                .handle(IOException.class, RetryableStatusException.class, EspnFormatException.class)
                .withBackoff(config.initialBackoff(), max(config.initialBackoff(), config.maxBackoff()))
                .withJitter(0.1)
                .withMaxRetries(config.maxRetries())
                .onRetry(e -> LOG.warn("ESPN request failed ({}), retry {}", e.getLastException() == null ? "?" : e.getLastException().toString(), e.getAttemptCount()))
                .build();
        RateLimiter<Object> budget = RateLimiter.burstyBuilder(config.maxRequestsPerHour(), Duration.ofHours(1))
                .withMaxWaitTime(Duration.ZERO).build();
        this.failsafe = Failsafe.with(retry, budget);
    }

    /** Requests sent so far (attempts, including retries). */
    public long requestCount() {
        return requests.get();
    }

    URI scoreboardUri(League league, LocalDate date) {
        StringBuilder q = new StringBuilder("dates=").append(DATES.format(date)).append("&limit=").append(config.limit());
        league.espnGroups().ifPresent(g -> q.append("&groups=").append(g));
        return URI.create(base(league) + "/scoreboard?" + q);
    }

    URI summaryUri(League league, String eventId) {
        return URI.create(base(league) + "/summary?event=" + eventId);
    }

    @Override
    public Scoreboard scoreboard(League league, LocalDate date) {
        URI uri = scoreboardUri(league, date);
        return call(uri, (r) -> EspnScoreboardParser.parseScoreboard(r.body(), league, date, observedAt(r)));
    }

    @Override
    public List<WinProbabilityPoint> winProbabilities(League league, GameId game) {
        String prefix = league + "-";
        if (!game.value().startsWith(prefix)) throw new IllegalArgumentException("game " + game + " is not an ESPN " + league + " game id");
        URI uri = summaryUri(league, game.value().substring(prefix.length()));
        return call(uri, r -> EspnScoreboardParser.parseWinProbabilities(r.body()));
    }

    private <T> T call(URI uri, Function<HttpResponse<String>, T> parse) {
        try {
            @SuppressWarnings("unchecked")
            T result = (T) failsafe.get(() -> parse.apply(send(uri)));
            return result;
        } catch (RateLimitExceededException e) {
            throw new GameFeedException("ESPN request budget of " + config.maxRequestsPerHour() + "/hour exhausted: " + uri.getPath());
        } catch (FailsafeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new GameFeedException("ESPN " + uri.getPath() + " failed: " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()), cause);
        } catch (GameFeedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new GameFeedException("ESPN " + uri.getPath() + " failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
        }
    }

    private HttpResponse<String> send(URI uri) throws IOException, InterruptedException {
        requests.incrementAndGet();
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(config.requestTimeout())
                .header("Accept", "application/json").header("User-Agent", "precog/0.1").GET().build();
        HttpResponse<String> r = receive(req);
        int code = r.statusCode();
        if (code == 429 || code >= 500) throw new RetryableStatusException("HTTP " + code + " from " + uri.getPath());
        if (code != 200) throw new GameFeedException("HTTP " + code + " from " + uri.getPath() + ": " + abbreviate(r.body()));
        return r;
    }

    /**
     * Sends and reads the whole body within the request timeout. The JDK's own request timeout stops
     * at the response headers, so a transfer that stalls after them would block the poll for good.
     */
    private HttpResponse<String> receive(HttpRequest req) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<String>> response = http.sendAsync(req, HttpResponse.BodyHandlers.ofString());
        try {
            return response.get(config.requestTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new HttpTimeoutException("request timed out after " + config.requestTimeout().toMillis() + " ms: " + req.uri().getPath());
        } catch (InterruptedException e) {
            response.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof RuntimeException re) throw re;
            throw new IOException(cause);
        }
    }

    /**
     * When the data was current: our clock at receipt minus the {@code Age} a cache reports.
     * ESPN's {@code Date} header is not used, so clock skew with ESPN never looks like staleness. An
     * {@code Age} written as a decimal counts its whole seconds; one that is not a number is ignored
     * (a proxy's mistake must not fail every poll).
     */
    private Instant observedAt(HttpResponse<?> r) {
        return clock.instant().minusSeconds(ageSeconds(r.headers().firstValue("Age").orElse("")));
    }

    /** The whole seconds of an {@code Age} header's text; 0 when it is not a non-negative number. */
    static long ageSeconds(String text) {
        String t = text.strip();
        int dot = t.indexOf('.');
        String whole = dot < 0 ? t : t.substring(0, dot);
        if (whole.isEmpty() || whole.length() > 9 || !whole.chars().allMatch(c -> c >= '0' && c <= '9')) return 0;
        if (dot >= 0 && !t.substring(dot + 1).chars().allMatch(c -> c >= '0' && c <= '9')) return 0;
        return Long.parseLong(whole);
    }

    private String base(League league) {
        return config.baseUrl().toString().replaceAll("/+$", "") + "/apis/site/v2/sports/" + league.espnSport() + "/" + league.espnLeague();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a.plusMillis(1) : b;
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** HTTP 429 or 5xx: worth retrying. */
    static final class RetryableStatusException extends RuntimeException {
        RetryableStatusException(String message) {
            super(message);
        }
    }
}
