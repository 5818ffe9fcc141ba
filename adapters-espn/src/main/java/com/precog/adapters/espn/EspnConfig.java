package com.precog.adapters.espn;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach ESPN: base URL (overridable by {@code ESPN_BASE_URL}), per-request timeout,
 * request budget per hour (500 by default, across all leagues), retries with exponential backoff.
 */
public record EspnConfig(URI baseUrl, Duration requestTimeout, int maxRequestsPerHour, int maxRetries,
                         Duration initialBackoff, Duration maxBackoff, int limit) {
    public static final URI DEFAULT_BASE_URL = URI.create("https://site.api.espn.com");
    public static final EspnConfig DEFAULT = new EspnConfig(DEFAULT_BASE_URL, Duration.ofSeconds(10), 500, 3,
            Duration.ofSeconds(1), Duration.ofSeconds(30), 300);

    public EspnConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("ESPN base URL must be http(s), was '" + baseUrl + "'");
        }
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (maxRequestsPerHour < 1) throw new IllegalArgumentException("maxRequestsPerHour must be >= 1, was " + maxRequestsPerHour);
        if (maxRetries < 0) throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (limit < 1 || limit > 300) {
            throw new IllegalArgumentException("limit must be 1..300 (ESPN truncates pages over 500 to 25 events), was " + limit);
        }
    }

    /** The defaults, with {@code ESPN_BASE_URL} from the environment when set. */
    public static EspnConfig fromEnvironment(Map<String, String> env) {
        String base = env.get("ESPN_BASE_URL");
        if (base == null || base.isBlank()) return DEFAULT;
        URI uri;
        try {
            uri = URI.create(base.trim().replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ESPN_BASE_URL is not a URL: '" + base + "'");
        }
        return DEFAULT.withBaseUrl(uri);
    }

    public EspnConfig withBaseUrl(URI uri) {
        return new EspnConfig(uri, requestTimeout, maxRequestsPerHour, maxRetries, initialBackoff, maxBackoff, limit);
    }

    public EspnConfig withRetries(int retries, Duration initial, Duration max) {
        return new EspnConfig(baseUrl, requestTimeout, maxRequestsPerHour, retries, initial, max, limit);
    }

    public EspnConfig withRequestTimeout(Duration timeout) {
        return new EspnConfig(baseUrl, timeout, maxRequestsPerHour, maxRetries, initialBackoff, maxBackoff, limit);
    }

    public EspnConfig withMaxRequestsPerHour(int max) {
        return new EspnConfig(baseUrl, requestTimeout, max, maxRetries, initialBackoff, maxBackoff, limit);
    }
}
