package com.precog.application.port.out;

import com.precog.domain.money.Dollars;
import com.precog.domain.money.Probability;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.strategy.Attribution;
import java.time.Instant;
import java.util.Objects;

/**
 * One order decision as recorded before it is sent (the {@code orders} table): the request, who
 * decided it (strategy version, model version, environment), when, and the edge and win
 * probability it was decided on. Immutable.
 */
public record OrderRecord(OrderRequest request, Attribution attribution, Instant decidedAt, Dollars edgePerContract, Probability winProbability) {
    public OrderRecord {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(edgePerContract, "edgePerContract");
        Objects.requireNonNull(winProbability, "winProbability");
    }
}
