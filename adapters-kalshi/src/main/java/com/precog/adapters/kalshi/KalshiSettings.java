package com.precog.adapters.kalshi;

import com.precog.domain.money.FeeSchedule;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the Kalshi adapter needs to know from the outside: hosts, usage tier, credentials
 * location and timeouts. Built by the runner from environment/config (SPEC §13.1); defaults are
 * the demo exchange, the Basic tier and no credentials (public market data only).
 *
 * @param environment     demo or prod (decides the default hosts)
 * @param restBaseUrl     REST base including {@code /trade-api/v2}, no trailing slash
 * @param wsUrl           WebSocket URL including {@code /trade-api/ws/v2}
 * @param tier            usage tier (token-bucket budgets)
 * @param apiKeyId        API key id, empty when unauthenticated (never logged)
 * @param privateKeyPath  PEM key file (PKCS#1 or PKCS#8), empty when unauthenticated
 * @param requestTimeout  per-request HTTP timeout
 * @param maxReadRetries  retries of a read after a 5xx/timeout/429
 * @param retryBackoff    first backoff delay (doubles per retry, with jitter, capped at 25×)
 * @param generalFees     the coefficients of Kalshi's General Trading Fees table (default taker 0.07, maker
 *                        0.0175; configuration {@code fees.taker_coefficient} / {@code fees.maker_coefficient}):
 *                        a series' schedule is these — the maker one only on {@code quadratic_with_maker_fees}
 *                        series — times its {@code fee_multiplier}
 */
public record KalshiSettings(KalshiEnvironment environment, URI restBaseUrl, URI wsUrl, RateTier tier,
                             Optional<String> apiKeyId, Optional<Path> privateKeyPath, Duration requestTimeout, int maxReadRetries, Duration retryBackoff,
                             FeeSchedule generalFees) {
    /** Settings with the published General Trading Fees coefficients (taker 0.07, maker 0.0175). */
    public KalshiSettings(KalshiEnvironment environment, URI restBaseUrl, URI wsUrl, RateTier tier,
                          Optional<String> apiKeyId, Optional<Path> privateKeyPath, Duration requestTimeout, int maxReadRetries, Duration retryBackoff) {
        this(environment, restBaseUrl, wsUrl, tier, apiKeyId, privateKeyPath, requestTimeout, maxReadRetries, retryBackoff, FeeSchedule.withMakerFees());
    }

    public KalshiSettings {
        Objects.requireNonNull(generalFees, "generalFees");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(restBaseUrl, "restBaseUrl");
        Objects.requireNonNull(wsUrl, "wsUrl");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(apiKeyId, "apiKeyId");
        Objects.requireNonNull(privateKeyPath, "privateKeyPath");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        restBaseUrl = stripTrailingSlash(restBaseUrl, "restBaseUrl");
        wsUrl = stripTrailingSlash(wsUrl, "wsUrl");
        if (requestTimeout.isNegative() || requestTimeout.isZero()) throw new IllegalArgumentException("requestTimeout must be positive, was " + requestTimeout);
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        if (retryBackoff.isNegative() || retryBackoff.isZero()) throw new IllegalArgumentException("retryBackoff must be positive, was " + retryBackoff);
        if (maxReadRetries < 0 || maxReadRetries > 10) throw new IllegalArgumentException("maxReadRetries must be within [0, 10], was " + maxReadRetries);
        if (apiKeyId.isPresent() != privateKeyPath.isPresent()) {
            throw new IllegalArgumentException("KALSHI_API_KEY_ID and KALSHI_PRIVATE_KEY_PATH must be set together ("
                    + (apiKeyId.isPresent() ? "KALSHI_PRIVATE_KEY_PATH" : "KALSHI_API_KEY_ID") + " is missing)");
        }
    }

    private static URI stripTrailingSlash(URI uri, String name) {
        String s = uri.toString();
        if (uri.getScheme() == null || uri.getHost() == null) throw new IllegalArgumentException(name + " must be an absolute URL, was '" + s + "'");
        while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        return URI.create(s);
    }

    /** Demo hosts, Basic tier, no credentials. */
    public static KalshiSettings defaults() {
        return forEnvironment(KalshiEnvironment.DEMO);
    }

    public static KalshiSettings forEnvironment(KalshiEnvironment env) {
        return new KalshiSettings(env, env.restBaseUrl(), env.wsUrl(), RateTier.BASIC, Optional.empty(), Optional.empty(),
                Duration.ofSeconds(10), 3, Duration.ofMillis(200));
    }

    /** Loopback/custom hosts (e.g. the fake exchange), Basic tier, no credentials. */
    public static KalshiSettings forHosts(URI restBaseUrl, URI wsUrl) {
        return defaults().withHosts(restBaseUrl, wsUrl);
    }

    /**
     * Reads {@code KALSHI_ENV}, {@code KALSHI_API_BASE_URL}, {@code KALSHI_WS_URL},
     * {@code KALSHI_API_KEY_ID}, {@code KALSHI_PRIVATE_KEY_PATH} and {@code KALSHI_RATE_TIER}
     * from the given environment map (pass {@code System.getenv()}).
     */
    public static KalshiSettings fromEnvironment(Map<String, String> env) {
        KalshiEnvironment environment = KalshiEnvironment.parse(env.get("KALSHI_ENV"));
        URI rest = uriOr(env.get("KALSHI_API_BASE_URL"), environment.restBaseUrl(), "KALSHI_API_BASE_URL");
        URI ws = uriOr(env.get("KALSHI_WS_URL"), environment.wsUrl(), "KALSHI_WS_URL");
        Optional<String> keyId = Optional.ofNullable(env.get("KALSHI_API_KEY_ID")).filter(s -> !s.isBlank()).map(String::trim);
        Optional<Path> keyPath = Optional.ofNullable(env.get("KALSHI_PRIVATE_KEY_PATH")).filter(s -> !s.isBlank()).map(s -> Path.of(s.trim()));
        RateTier tier = RateTier.parse(env.get("KALSHI_RATE_TIER"));
        return new KalshiSettings(environment, rest, ws, tier, keyId, keyPath, Duration.ofSeconds(10), 3, Duration.ofMillis(200));
    }

    private static URI uriOr(String value, URI fallback, String name) {
        if (value == null || value.isBlank()) return fallback;
        try {
            return URI.create(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not a valid URL: '" + value + "'");
        }
    }

    public KalshiSettings withHosts(URI rest, URI ws) {
        return new KalshiSettings(environment, rest, ws, tier, apiKeyId, privateKeyPath, requestTimeout, maxReadRetries, retryBackoff, generalFees);
    }

    public KalshiSettings withCredentials(String keyId, Path keyPath) {
        return new KalshiSettings(environment, restBaseUrl, wsUrl, tier, Optional.of(keyId), Optional.of(keyPath), requestTimeout, maxReadRetries, retryBackoff,
                generalFees);
    }

    public KalshiSettings withTier(RateTier newTier) {
        return new KalshiSettings(environment, restBaseUrl, wsUrl, newTier, apiKeyId, privateKeyPath, requestTimeout, maxReadRetries, retryBackoff, generalFees);
    }

    public KalshiSettings withRequestTimeout(Duration timeout) {
        return new KalshiSettings(environment, restBaseUrl, wsUrl, tier, apiKeyId, privateKeyPath, timeout, maxReadRetries, retryBackoff, generalFees);
    }

    public KalshiSettings withRetry(int retries, Duration backoff) {
        return new KalshiSettings(environment, restBaseUrl, wsUrl, tier, apiKeyId, privateKeyPath, requestTimeout, retries, backoff, generalFees);
    }

    /** The same settings with other General Trading Fees coefficients (taker; maker on {@code quadratic_with_maker_fees} series). */
    public KalshiSettings withGeneralFees(FeeSchedule fees) {
        return new KalshiSettings(environment, restBaseUrl, wsUrl, tier, apiKeyId, privateKeyPath, requestTimeout, maxReadRetries, retryBackoff, fees);
    }

    public boolean authenticated() {
        return apiKeyId.isPresent();
    }

    /** Never prints the key id or key path contents. */
    @Override
    public String toString() {
        return "KalshiSettings[environment=" + environment + ", restBaseUrl=" + restBaseUrl + ", wsUrl=" + wsUrl + ", tier=" + tier
                + ", credentials=" + (authenticated() ? "configured" : "none") + ", requestTimeout=" + requestTimeout + ", generalFees=" + generalFees + "]";
    }
}
