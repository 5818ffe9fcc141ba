package com.precog.application.port.out;

import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.market.MarketOutcome;
import com.precog.domain.market.Side;
import com.precog.domain.position.Position;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The {@code settlements} record (SPEC §11): one row per position closed by its market's result, in
 * one execution environment, append-only. Recording the same position twice (a session restarted
 * between recording and closing the position) adds nothing.
 */
public interface Settlements {
    /**
     * Records a settlement.
     *
     * @param settlement what was settled
     * @return true when recorded, false when this position's settlement was already there
     */
    boolean record(Settlement settlement);

    /** {@return every settlement of this store's environment, oldest first} */
    List<Settlement> all();

    /** How a market resolved ({@link MarketOutcome.Kind}): SCALAR paid a value between $0 and $1 (e.g. $0.50 on a tied game). */
    enum MarketResult { YES, NO, VOID, SCALAR }

    /**
     * One position's settlement: {@code quantity} contracts of {@code side} paid
     * {@code settlementPrice} each ({@code revenue = quantity × price}); {@code realizedPnl} is what
     * this settlement added to the position's realized P&amp;L (after the entry cost share and fees).
     *
     * @param positionId the settled position
     * @param marketTicker its market
     * @param result how the market resolved
     * @param side the held side
     * @param quantity the contracts settled, positive
     * @param settlementPrice what one contract of the held side paid, $0 to $1 (a void market refunds)
     * @param revenue {@code quantity × settlementPrice}
     * @param fees settlement fees, {@code >= 0}
     * @param realizedPnl the P&amp;L this settlement realized
     * @param settledAt when it was settled
     */
    record Settlement(String positionId, String marketTicker, MarketResult result, Side side, Contracts quantity,
                      Dollars settlementPrice, Dollars revenue, Dollars fees, Dollars realizedPnl, Instant settledAt) {
        /** Validates: texts not blank, quantity positive, fees not negative, revenue = quantity × price. */
        public Settlement {
            if (positionId == null || positionId.isBlank()) throw new IllegalArgumentException("positionId must not be blank");
            if (marketTicker == null || marketTicker.isBlank()) throw new IllegalArgumentException("marketTicker must not be blank");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(settlementPrice, "settlementPrice");
            Objects.requireNonNull(realizedPnl, "realizedPnl");
            Objects.requireNonNull(settledAt, "settledAt");
            if (!Objects.requireNonNull(quantity, "quantity").isPositive()) {
                throw new IllegalArgumentException("settled quantity must be positive, was " + quantity);
            }
            if (Objects.requireNonNull(fees, "fees").isNegative()) throw new IllegalArgumentException("fees must not be negative, was " + fees);
            if (settlementPrice.isNegative() || settlementPrice.compareTo(Dollars.of(1)) > 0) {
                throw new IllegalArgumentException("settlement price must be within $0 and $1, was " + settlementPrice);
            }
            Dollars expected = settlementPrice.times(quantity);
            if (!expected.equals(Objects.requireNonNull(revenue, "revenue"))) {
                throw new IllegalArgumentException("revenue " + revenue + " is not quantity × price = " + expected);
            }
        }

        /**
         * The settlement of {@code before} into {@code after} ({@link Position#settle}).
         *
         * @param before the open position
         * @param after the same position settled
         * @param heldSideWon whether the held side won
         * @return the settlement row
         */
        public static Settlement of(Position before, Position after, boolean heldSideWon) {
            return of(before, after, MarketOutcome.won(heldSideWon ? before.side() : before.side().opposite()));
        }

        /**
         * The settlement of {@code before} into {@code after} ({@link Position#settle(MarketOutcome, Instant)}).
         *
         * @param before the open position
         * @param after the same position settled
         * @param outcome how the market resolved
         * @return the settlement row: the held side's per-contract payout as the price
         */
        public static Settlement of(Position before, Position after, MarketOutcome outcome) {
            if (!before.id().equals(after.id())) throw new IllegalArgumentException("not the same position: " + before.id() + " / " + after.id());
            Dollars price = Dollars.ofUnits(Math.multiplyExact(before.settlementValueMicros(outcome), 100L));
            Contracts q = before.currentQuantity();
            return new Settlement(before.id(), before.marketTicker(), MarketResult.valueOf(outcome.kind().name()),
                    before.side(), q, price, before.settlementPayout(outcome), Dollars.ZERO,
                    after.realizedPnl().minus(before.realizedPnl()), after.closedAt().orElseThrow());
        }
    }
}
