package com.precog.adapters.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import org.jooq.JSONB;

/**
 * JSONB columns without losing decimals: numbers are read as {@link java.math.BigDecimal} with their
 * scale (never double), written in plain notation. PostgreSQL's jsonb keeps numbers as NUMERIC, so
 * {@code 0.6500} comes back as {@code 0.6500}. Domain decimals are conventionally written as strings
 * ({@code "0.6500"}), which also round-trip exactly.
 */
final class JsonColumns {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private JsonColumns() {}

    static JSONB toJsonb(JsonNode node) {
        try {
            return JSONB.valueOf(MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise JSON: " + e.getOriginalMessage(), e);
        }
    }

    static JsonNode fromJsonb(JSONB jsonb) {
        if (jsonb == null) {
            return null;
        }
        try {
            return MAPPER.readTree(jsonb.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the database returned invalid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
