package com.precog.application.port.out;

import com.precog.domain.order.Fill;
import com.precog.domain.strategy.Attribution;
import java.time.Instant;
import java.util.Objects;

/** One execution as recorded (the {@code trades} table): the fill and the attribution of its order. Immutable. */
public record TradeRecord(Fill fill, Attribution attribution, Instant recordedAt) {
    public TradeRecord {
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
