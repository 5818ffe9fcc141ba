package com.precog.application.service.trading;

import com.precog.domain.edge.Edge;
import com.precog.domain.order.OrderState;
import com.precog.domain.sizing.SizingDecision;
import com.precog.domain.strategy.Attribution;
import java.util.Objects;

/** What the entry loop decided for one market on one event: an order placed, or a skip with its reason. */
public sealed interface EntryDecision permits EntryDecision.Entered, EntryDecision.Skipped {
    String marketTicker();

    /** An order was sent; {@code order} is its state right after placement (it may be REJECTED by the venue). */
    record Entered(String marketTicker, Attribution attribution, Edge edge, SizingDecision.Sized size, OrderState order) implements EntryDecision {
        public Entered {
            Objects.requireNonNull(marketTicker, "marketTicker");
            Objects.requireNonNull(attribution, "attribution");
            Objects.requireNonNull(edge, "edge");
            Objects.requireNonNull(size, "size");
            Objects.requireNonNull(order, "order");
        }
    }

    /** No order, for one named reason of the pre-entry checklist. */
    record Skipped(String marketTicker, SkipReason reason, String detail) implements EntryDecision {
        public Skipped {
            Objects.requireNonNull(marketTicker, "marketTicker");
            Objects.requireNonNull(reason, "reason");
            detail = detail == null ? "" : detail;
        }
    }

    /** The pre-entry checklist's items, in the order they are checked. */
    enum SkipReason {
        MARKET_UNKNOWN,
        MARKET_NOT_OPEN,
        NO_BOOK,
        NO_PROBABILITY,
        ORDER_PENDING,
        HALTED,
        ILLIQUID,
        CONFIDENCE_BELOW_FLOOR,
        NO_SITUATION,
        NO_ACTIVE_STRATEGY,
        NO_SIGNAL,
        SIZING_REJECTED
    }
}
