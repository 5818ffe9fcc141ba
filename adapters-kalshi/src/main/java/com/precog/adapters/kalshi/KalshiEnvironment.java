package com.precog.adapters.kalshi;

import java.net.URI;
import java.util.Locale;

/** Kalshi's two environments and their recommended hosts (KALSHI_API.md §2). Demo is the default. */
public enum KalshiEnvironment {
    DEMO("https://external-api.demo.kalshi.co/trade-api/v2", "wss://external-api-ws.demo.kalshi.co/trade-api/ws/v2"),
    PROD("https://external-api.kalshi.com/trade-api/v2", "wss://external-api-ws.kalshi.com/trade-api/ws/v2");

    private final URI restBaseUrl;
    private final URI wsUrl;

    KalshiEnvironment(String rest, String ws) {
        this.restBaseUrl = URI.create(rest);
        this.wsUrl = URI.create(ws);
    }

    public URI restBaseUrl() {
        return restBaseUrl;
    }

    public URI wsUrl() {
        return wsUrl;
    }

    /** Parses {@code demo} or {@code prod} (any case); blank means demo. */
    public static KalshiEnvironment parse(String text) {
        if (text == null || text.isBlank()) return DEMO;
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "demo" -> DEMO;
            case "prod", "production", "live" -> PROD;
            default -> throw new IllegalArgumentException("KALSHI_ENV must be 'demo' or 'prod', was '" + text + "'");
        };
    }
}
