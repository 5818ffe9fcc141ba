package com.precog.adapters.kalshi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.failsafe.CircuitBreaker;
import dev.failsafe.CircuitBreakerOpenException;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kalshi REST transport: signs every attempt afresh, waits for client-side read/write token
 * buckets that mirror the exchange's, retries reads on 5xx/timeouts/429 with exponential backoff
 * and jitter, retries writes only on 429 (definitely not executed), and runs everything through
 * a circuit breaker that reports to an {@link ExchangeHealthListener}. Thread-safe.
 */
final class KalshiHttp {
    private static final Logger LOG = LoggerFactory.getLogger(KalshiHttp.class);
    /** The client refills its buckets at this share of the exchange's rate so latency jitter never causes a 429. */
    static final int CLIENT_RATE_PERCENT = 97;
    /** The longest {@code Retry-After} honoured (a write held longer would go out on stale prices): a longer one holds requests this long. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(10);

    enum Bucket { READ, WRITE }

    private final KalshiSettings settings;
    private final HttpClient client;
    private final String basePath;
    private final Optional<RequestSigner> signer;
    private final TokenBucket readBucket;
    private final TokenBucket writeBucket;
    private final ExchangeHealthListener listener;
    private final CircuitBreaker<JsonNode> breaker;
    private final RetryPolicy<JsonNode> readRetry;
    private final RetryPolicy<JsonNode> writeRetry;
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    final ObjectMapper mapper = new ObjectMapper();

    KalshiHttp(KalshiSettings settings, Optional<RequestSigner> signer, ExchangeHealthListener listener) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.basePath = settings.restBaseUrl().getRawPath() == null ? "" : settings.restBaseUrl().getRawPath();
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.requestTimeout()).build();
        RateTier tier = settings.tier();
        this.readBucket = TokenBucket.ofPercent(clientCapacity(tier.readCapacity(), tier.readPerSecond()), tier.readPerSecond(), CLIENT_RATE_PERCENT,
                System::nanoTime);
        this.writeBucket = TokenBucket.ofPercent(clientCapacity(tier.writeCapacity(), tier.writePerSecond()), tier.writePerSecond(),
                CLIENT_RATE_PERCENT, System::nanoTime);
        Duration backoff = settings.retryBackoff();
        this.breaker = CircuitBreaker.<JsonNode>builder()
                .handleIf(KalshiHttp::countsAsOutage)
                .withFailureThreshold(5)
                .withDelay(Duration.ofSeconds(30))
                .onOpen(e -> {
                    LOG.warn("Kalshi REST circuit breaker opened after repeated failures");
                    listener.onCircuitOpened();
                })
                .onClose(e -> {
                    LOG.info("Kalshi REST circuit breaker closed");
                    listener.onCircuitClosed();
                })
                .build();
        this.readRetry = RetryPolicy.<JsonNode>builder()
                .handleIf(e -> countsAsOutage(e) || isRateLimited(e))
                .withBackoff(backoff, backoff.multipliedBy(25))
                .withJitter(0.25)
                .withMaxRetries(settings.maxReadRetries())
                .build();
        this.writeRetry = RetryPolicy.<JsonNode>builder()
                .handleIf(KalshiHttp::isRateLimited)
                .withBackoff(backoff, backoff.multipliedBy(25))
                .withJitter(0.25)
                .withMaxRetries(Math.max(3, settings.maxReadRetries()))
                .build();
    }

    /**
     * The client's bucket is smaller than the exchange's by the larger of 10 % and a quarter
     * second of refill, so requests bunched together by network/scheduling jitter still fit.
     */
    static long clientCapacity(long serverCapacity, long ratePerSecond) {
        return Math.max(RateTier.DEFAULT_COST * 2L, serverCapacity - Math.max(serverCapacity / 10, ratePerSecond / 4));
    }

    static boolean countsAsOutage(Throwable e) {
        return e instanceof KalshiTransportException || (e instanceof KalshiApiException a && a.isServerError());
    }

    static boolean isRateLimited(Throwable e) {
        return e instanceof KalshiApiException a && a.isRateLimited();
    }

    boolean authenticated() {
        return signer.isPresent();
    }

    /** 429 answers received so far (each was retried after a backoff). */
    long rateLimitedCount() {
        return rateLimited.get();
    }

    /** HTTP attempts made so far. */
    long requestCount() {
        return requests.get();
    }

    /** A read (GET), retried on 5xx, timeouts and 429. */
    JsonNode get(String path, Map<String, String> query, int cost) {
        return run(readRetry, "GET", path, query, null, cost, Bucket.READ);
    }

    /** A write, attempted once (plus retries after a 429, which the exchange did not execute). */
    JsonNode write(String method, String path, Map<String, String> query, JsonNode body, int cost) {
        return run(writeRetry, method, path, query, body, cost, Bucket.WRITE);
    }

    private JsonNode run(RetryPolicy<JsonNode> retry, String method, String path, Map<String, String> query, JsonNode body, int cost, Bucket bucket) {
        try {
            return Failsafe.with(retry, breaker).get(() -> attempt(method, path, query, body, cost, bucket));
        } catch (CircuitBreakerOpenException e) {
            throw new KalshiTransportException("Kalshi REST circuit breaker is open; " + method + " " + path + " not sent", false, e);
        } catch (FailsafeException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            throw new KalshiTransportException("Kalshi " + method + " " + path + " failed: " + c, true, c);
        }
    }

    private JsonNode attempt(String method, String path, Map<String, String> query, JsonNode body, int cost, Bucket bucket) {
        try {
            (bucket == Bucket.READ ? readBucket : writeBucket).acquire(cost);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KalshiTransportException("interrupted while waiting for Kalshi rate-limit tokens", false, e);
        }
        String fullPath = basePath + path;
        URI uri = URI.create(settings.restBaseUrl().toString() + path + queryString(query));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout()).header("Accept", "application/json");
        String bodyText = body == null ? null : body.toString();
        if (bodyText != null || !"GET".equals(method)) b.header("Content-Type", "application/json");
        b.method(method, bodyText == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(bodyText));
        signer.ifPresent(s -> {
            RequestSigner.Headers h = s.headersFor(method, fullPath); // fresh timestamp on every attempt
            b.header(RequestSigner.HEADER_KEY, h.keyId()).header(RequestSigner.HEADER_TIMESTAMP, h.timestampMs())
                    .header(RequestSigner.HEADER_SIGNATURE, h.signature());
        });
        requests.incrementAndGet();
        String endpoint = method + " " + path;
        HttpResponse<String> resp;
        try {
            resp = receive(b.build());
        } catch (HttpTimeoutException e) {
            listener.onFailure(endpoint, "timeout");
            throw new KalshiTransportException("Kalshi " + endpoint + " timed out after " + settings.requestTimeout(), true, e);
        } catch (ConnectException e) {
            listener.onFailure(endpoint, "connection refused");
            throw new KalshiTransportException("cannot connect to Kalshi at " + settings.restBaseUrl() + " ("
                    + (e.getMessage() == null ? "connection refused" : e.getMessage()) + ")", false, e);
        } catch (IOException e) {
            listener.onFailure(endpoint, "I/O error");
            throw new KalshiTransportException("Kalshi " + endpoint + " failed: " + e, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KalshiTransportException("interrupted during Kalshi " + endpoint, true, e);
        }
        int status = resp.statusCode();
        JsonNode json = parse(resp.body(), status, endpoint);
        if (status >= 200 && status < 300) {
            listener.onSuccess(endpoint);
            return json;
        }
        if (status == 429) {
            rateLimited.incrementAndGet();
            TokenBucket tokens = bucket == Bucket.READ ? readBucket : writeBucket;
            Optional<Duration> wait = retryAfter(resp.headers().firstValue("Retry-After"), java.time.Instant.now());
            if (wait.isPresent()) tokens.drain(wait.get()); // the retry (after its backoff) also waits for the exchange's word
            else tokens.drain();
        }
        if (status >= 500) listener.onFailure(endpoint, "HTTP " + status);
        else listener.onSuccess(endpoint);
        if (status == 401) {
            // never log the signature or key id; method, signed path and timestamp are safe
            LOG.warn("Kalshi rejected authentication for {} {} (check key id/key file and the environment: demo and prod keys differ)", method, fullPath);
        }
        throw apiError(status, json);
    }

    /**
     * The exception for an error answer. The exchange nests its error under {@code error}
     * ({@code {"error": {"code", "message", "details", "service"}}}); openapi.yaml's ErrorResponse puts
     * the same fields at the top level; a 429 may carry only {@code {"error": "too many requests"}}.
     * All three read; a body that is none of them (HTML, empty) leaves the code {@code http_<status>}.
     */
    static KalshiApiException apiError(int status, JsonNode json) {
        JsonNode e = json.path("error").isObject() ? json.path("error") : json;
        String fallback = status == 429 ? "too_many_requests" : "http_" + status;
        String code = e.path("code").isValueNode() && !e.path("code").asText().isBlank() ? e.path("code").asText() : fallback;
        String message = e.path("message").isValueNode() ? e.path("message").asText() : json.path("error").isTextual() ? json.path("error").asText() : "";
        JsonNode d = e.path("details");
        String details = d.isTextual() ? d.asText() : d.isMissingNode() || d.isNull() ? "" : d.toString();
        return new KalshiApiException(status, code, message, details);
    }

    private JsonNode parse(String body, int status, String endpoint) {
        if (body == null || body.isBlank()) return JsonNodeFactory.instance.objectNode();
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            if (status >= 200 && status < 300) {
                throw new KalshiApiException(status, "malformed_response", "Kalshi " + endpoint + " returned malformed JSON", "");
            }
            return JsonNodeFactory.instance.objectNode();
        }
    }

    /**
     * A {@code Retry-After} header (delay-seconds or an HTTP-date) as a wait from {@code now}, capped at
     * {@link #MAX_RETRY_AFTER}; empty when absent, unreadable or not positive.
     */
    static Optional<Duration> retryAfter(Optional<String> header, java.time.Instant now) {
        if (header.isEmpty() || header.get().isBlank()) return Optional.empty();
        String h = header.get().trim();
        Duration d;
        try {
            d = Duration.ofMillis(new java.math.BigDecimal(h).movePointRight(3).setScale(0, java.math.RoundingMode.CEILING).longValueExact());
        } catch (NumberFormatException | ArithmeticException notSeconds) {
            try {
                d = Duration.between(now, java.time.ZonedDateTime.parse(h, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (java.time.format.DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
        if (d.isNegative() || d.isZero()) return Optional.empty();
        return Optional.of(d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d);
    }

    static String queryString(Map<String, String> query) {
        if (query == null || query.isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : query.entrySet()) {
            if (e.getValue() == null) continue;
            sb.append(sb.isEmpty() ? '?' : '&').append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    /**
     * Sends and reads the whole body within the request timeout. The JDK's own request timeout stops at
     * the response headers, so a body that stalls after them would block the caller (the trading thread)
     * for as long as the server likes.
     */
    private HttpResponse<String> receive(HttpRequest request) throws IOException, InterruptedException {
        java.util.concurrent.CompletableFuture<HttpResponse<String>> response = client.sendAsync(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            return response.get(settings.requestTimeout().toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            response.cancel(true);
            throw new HttpTimeoutException("request timed out");
        } catch (InterruptedException e) {
            response.cancel(true);
            throw e;
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof RuntimeException re) throw re;
            throw new IOException(cause);
        }
    }
}
