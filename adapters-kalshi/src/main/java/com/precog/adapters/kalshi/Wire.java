package com.precog.adapters.kalshi;

import com.fasterxml.jackson.databind.JsonNode;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Exact conversions of Kalshi's fixed-point strings ({@code *_dollars}, {@code *_fp}) to domain units. */
final class Wire {
    private Wire() {}

    /** A dollar string in [0, 1] (or beyond) to micro-dollars; absent/empty → 0. */
    static long micros(JsonNode node, String field) {
        String s = text(node, field);
        if (s.isEmpty()) return 0;
        long units = Dollars.parse(s).units();
        if (units % 100 != 0) throw new IllegalArgumentException(field + " '" + s + "' has more than 6 decimal places");
        return units / 100;
    }

    static Optional<Price> price(JsonNode node, String field) {
        long m = micros(node, field);
        return m <= 0 || m >= Price.ONE_DOLLAR_MICROS ? Optional.empty() : Optional.of(Price.ofMicros(m));
    }

    static Price requiredPrice(JsonNode node, String field) {
        return price(node, field).orElseThrow(() -> new IllegalArgumentException(field + " must be a price in (0, 1), was '" + text(node, field) + "'"));
    }

    static Dollars dollars(JsonNode node, String field) {
        String s = text(node, field);
        return s.isEmpty() ? Dollars.ZERO : Dollars.parse(s);
    }

    static Contracts contracts(JsonNode node, String field) {
        String s = text(node, field);
        return s.isEmpty() ? Contracts.ZERO : Contracts.parse(s);
    }

    /** A signed {@code *_fp} string in hundredths. */
    static long signedHundredths(JsonNode node, String field) {
        String s = text(node, field);
        if (s.isEmpty()) return 0;
        boolean neg = s.startsWith("-");
        long h = Contracts.parse(neg ? s.substring(1) : s).hundredths();
        return neg ? -h : h;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return "";
        return v.asText("").trim();
    }

    static Optional<Instant> instant(JsonNode node, String field) {
        String s = text(node, field);
        if (s.isEmpty()) return Optional.empty();
        try {
            return Optional.of(Instant.parse(s));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " '" + s + "' is not an RFC 3339 time");
        }
    }

    /** Formats micro-dollars with 4 decimals at least ("0.2700"); 0 stays "0.0000". */
    static String formatMicros(long micros) {
        return Dollars.ofMicros(micros).toBigDecimal().setScale(Math.max(4, Dollars.ofMicros(micros).toBigDecimal().scale())).toPlainString();
    }
}
