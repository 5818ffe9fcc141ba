package com.precog.runner.daemon;

import com.precog.adapters.kalshi.KalshiAdapter;
import com.precog.adapters.kalshi.KalshiApiException;
import com.precog.adapters.kalshi.KalshiTransportException;

/**
 * The first request of a session, before anything else is built on Kalshi: {@code GET /exchange/status}
 * must answer as Kalshi's trade API does. A wrong {@code KALSHI_API_BASE_URL} stops the start with a
 * message naming it — before, a paper session ran on with no market at all (every discovery failing)
 * and a demo session failed with the order group's error and a Guice stack trace.
 */
final class VenueProbe {
    private VenueProbe() {}

    /**
     * @throws IllegalArgumentException when the URL answers, but not as Kalshi's trade API (wrong path: 404, an HTML
     *                                  page, another 4xx) — bad input, exit 2
     * @throws IllegalStateException    when Kalshi cannot be reached or fails (connection refused, timeout, 5xx, 429) —
     *                                  a runtime failure, exit 1
     */
    static void check(KalshiAdapter kalshi) {
        String url = kalshi.settings().restBaseUrl().toString();
        try {
            kalshi.rest().exchangeStatus();
        } catch (KalshiApiException e) {
            if (e.isServerError() || e.isRateLimited()) {
                throw new IllegalStateException("Kalshi at " + url + " fails: " + e.getMessage() + "; try again later", e);
            }
            throw new IllegalArgumentException("KALSHI_API_BASE_URL " + url + " does not answer as Kalshi's trade API (GET /exchange/status: "
                    + e.getMessage() + "); it ends in /trade-api/v2, e.g. https://demo-api.kalshi.co/trade-api/v2", e);
        } catch (KalshiTransportException e) {
            throw new IllegalStateException("cannot reach Kalshi at " + url + " (KALSHI_API_BASE_URL): " + transportReason(e), e);
        }
    }

    private static String transportReason(KalshiTransportException e) {
        String reason = e.getMessage();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof java.net.UnknownHostException || t instanceof java.nio.channels.UnresolvedAddressException) return "unknown host";
            if (t instanceof java.net.ConnectException) reason = "connection refused";
            if (t instanceof java.net.http.HttpTimeoutException) reason = "timed out";
        }
        return reason;
    }
}
