package com.precog.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the exchange is trading at all (Kalshi {@code GET /exchange/status}): outside exchange
 * hours or during maintenance every order is refused, whatever the market's own status says.
 */
@FunctionalInterface
public interface VenueStatus {
    /**
     * Reads the exchange's status now.
     *
     * @throws RuntimeException when the exchange cannot be reached
     */
    Status read();

    /**
     * The exchange's answer.
     *
     * @param exchangeActive  false under maintenance (no state change of any kind)
     * @param tradingActive   whether orders are accepted now
     * @param estimatedResume when maintenance should end, if the exchange says
     */
    record Status(boolean exchangeActive, boolean tradingActive, Optional<Instant> estimatedResume) {
        public Status {
            Objects.requireNonNull(estimatedResume, "estimatedResume");
        }

        /** {@return whether orders can be placed now} */
        public boolean trading() {
            return exchangeActive && tradingActive;
        }
    }
}
