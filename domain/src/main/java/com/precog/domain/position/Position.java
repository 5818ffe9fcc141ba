package com.precog.domain.position;

import com.precog.domain.market.MarketOutcome;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.order.ExecutionEnvironment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One held position in one market (SPEC §7): contracts of one side bought at an average
 * {@code entryPrice} with {@code entryFees} paid, marked to exit at the held side's best bid.
 *
 * <p>All-in entry cost per contract = {@code (original × entryPrice + entryFees)/original},
 * held in 10^-8 $ units and rounded up (so P&amp;L is never flattered). {@code pnl_pct = (mark −
 * cost)/cost}. Quantities shrink only through {@link #afterExit}; the position is CLOSED exactly
 * when the current quantity is zero. {@code partialStagesDone} is a bit mask of the partial-exit
 * stages already executed (bit i = stage i+1). Immutable: every change is a new value (a new
 * SCD2 version in storage). Thread-safe.
 *
 * @param id the position's id, not blank
 * @param marketTicker the market's ticker, not blank
 * @param eventTicker the event's ticker; {@code null} becomes {@code ""}
 * @param side the side held
 * @param confidence the entry confidence (chooses the exit thresholds)
 * @param environment where the position lives
 * @param strategyVersion the strategy version that opened it; {@code null} becomes {@code ""}
 * @param modelVersion the model version that priced it; {@code null} becomes {@code ""}
 * @param entryPrice the average entry price
 * @param entryFees the entry fees paid, non-negative
 * @param originalQuantity the quantity opened, positive
 * @param currentQuantity the quantity still held, at most the original
 * @param openedAt when it was opened
 * @param mark the last mark (the held side's best bid)
 * @param markedAt when the mark was taken
 * @param trailingStop the trailing-stop state
 * @param partialStagesDone bit mask of the partial-exit stages executed, {@code >= 0}
 * @param realizedPnl the P&amp;L realized so far, after fees
 * @param status OPEN, or CLOSED exactly when the current quantity is zero
 * @param closedAt when it closed; present exactly when CLOSED
 */
public record Position(String id, String marketTicker, String eventTicker, Side side, ConfidenceLevel confidence,
                       ExecutionEnvironment environment, String strategyVersion, String modelVersion,
                       Price entryPrice, Dollars entryFees, Contracts originalQuantity, Contracts currentQuantity,
                       Instant openedAt, Price mark, Instant markedAt, TrailingStop trailingStop, int partialStagesDone,
                       Dollars realizedPnl, PositionStatus status, Optional<Instant> closedAt) {
    /**
     * Validates the invariants.
     *
     * @throws IllegalArgumentException if an id or ticker is blank, the fees are negative, the quantities
     *         are inconsistent, or the status disagrees with the quantity or the close time
     * @throws NullPointerException if another required component is null
     */
    public Position {
        requireText(id, "id");
        requireText(marketTicker, "marketTicker");
        eventTicker = eventTicker == null ? "" : eventTicker;
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(environment, "environment");
        strategyVersion = strategyVersion == null ? "" : strategyVersion;
        modelVersion = modelVersion == null ? "" : modelVersion;
        Objects.requireNonNull(entryPrice, "entryPrice");
        Objects.requireNonNull(entryFees, "entryFees");
        if (entryFees.isNegative()) throw new IllegalArgumentException("entryFees must not be negative, was " + entryFees);
        Objects.requireNonNull(originalQuantity, "originalQuantity");
        if (!originalQuantity.isPositive()) throw new IllegalArgumentException("originalQuantity must be positive, was " + originalQuantity);
        Objects.requireNonNull(currentQuantity, "currentQuantity");
        if (currentQuantity.compareTo(originalQuantity) > 0) {
            throw new IllegalArgumentException("currentQuantity " + currentQuantity + " exceeds originalQuantity " + originalQuantity);
        }
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(markedAt, "markedAt");
        Objects.requireNonNull(trailingStop, "trailingStop");
        if (partialStagesDone < 0) throw new IllegalArgumentException("partialStagesDone must not be negative, was " + partialStagesDone);
        Objects.requireNonNull(realizedPnl, "realizedPnl");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(closedAt, "closedAt");
        if ((status == PositionStatus.CLOSED) != currentQuantity.isZero()) {
            throw new IllegalArgumentException("status " + status + " does not match currentQuantity " + currentQuantity);
        }
        if ((status == PositionStatus.CLOSED) != closedAt.isPresent()) {
            throw new IllegalArgumentException("closedAt must be present exactly when the position is closed");
        }
    }

    private static void requireText(String s, String name) {
        if (s == null || s.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
    }

    /**
     * A freshly opened position: mark = entry price, trailing stop inactive, nothing realized.
     *
     * @param id the position's id
     * @param marketTicker the market's ticker
     * @param eventTicker the event's ticker
     * @param side the side bought
     * @param confidence the entry confidence
     * @param environment where it lives
     * @param strategyVersion the strategy version
     * @param modelVersion the model version
     * @param entryPrice the average entry price
     * @param entryFees the entry fees paid (e.g. {@code fees.takerFee(price, quantity)})
     * @param quantity the quantity bought, positive
     * @param trailing the trailing-stop parameters
     * @param at the entry time
     * @return the open position
     * @throws IllegalArgumentException as the constructor
     */
    public static Position open(String id, String marketTicker, String eventTicker, Side side, ConfidenceLevel confidence,
                                ExecutionEnvironment environment, String strategyVersion, String modelVersion,
                                Price entryPrice, Dollars entryFees, Contracts quantity, TrailingStopConfig trailing, Instant at) {
        return new Position(id, marketTicker, eventTicker, side, confidence, environment, strategyVersion, modelVersion,
                entryPrice, entryFees, quantity, quantity, at, entryPrice, at,
                TrailingStop.initial(trailing, entryPrice.micros(), at), 0, Dollars.ZERO, PositionStatus.OPEN, Optional.empty());
    }

    /** {@return {@code true} while the position holds contracts} */
    public boolean isOpen() {
        return status == PositionStatus.OPEN;
    }

    /** {@return the all-in entry cost of one contract in 10<sup>-8</sup> $ units (price plus the fee share), rounded up} */
    public long entryCostUnitsPerContract() {
        return entryCostUnitsPerContract(entryPrice.micros(), entryFees.units(), originalQuantity.hundredths());
    }

    /**
     * The all-in cost per contract of a fill.
     *
     * @param priceMicros the average price in micro-dollars
     * @param feeUnits the total fees in 10<sup>-8</sup> $ units
     * @param hundredths the quantity in hundredths, positive
     * @return {@code ceil((hundredths × priceMicros + feeUnits) × 100 / hundredths)} in 10<sup>-8</sup> $ units
     * @throws ArithmeticException on overflow or a zero quantity
     */
    public static long entryCostUnitsPerContract(long priceMicros, long feeUnits, long hundredths) {
        long total = Math.addExact(Math.multiplyExact(hundredths, priceMicros), feeUnits);
        return Math.ceilDiv(Math.multiplyExact(total, 100L), hundredths);
    }

    /** {@return the all-in entry cost per contract as dollars (rounded up to 8 decimals)} */
    public Dollars entryCostPerContract() {
        return Dollars.ofUnits(entryCostUnitsPerContract());
    }

    /** {@return {@code pnl_pct = (mark − cost)/cost} in millionths, rounded down} */
    public long pnlPpm() {
        return TrailingStop.gainPpm(mark.micros(), entryCostUnitsPerContract());
    }

    /** {@return {@code pnl_pct} as a decimal with 6 places, rounded down} */
    public BigDecimal pnlPct() {
        return BigDecimal.valueOf(pnlPpm(), 6);
    }

    /** {@return the unrealized P&amp;L of the current quantity at the mark (before exit fees), {@code current × mark − current's share of the all-in entry cost}, the share rounded up} */
    public Dollars unrealizedPnl() {
        return currentQuantity.times(mark).minus(Dollars.ofUnits(entryCostUnitsOf(currentQuantity.hundredths())));
    }

    /**
     * The share of the all-in entry cost (price + entry fees) carried by {@code hundredths} of the original
     * quantity: {@code ceil(total × hundredths / original)}. Exact at the original quantity and at 0, so the cost
     * shares of successive sales, taken as differences of this, add up to the entry cost to the unit.
     */
    private long entryCostUnitsOf(long hundredths) {
        long total = Math.addExact(Math.multiplyExact(originalQuantity.hundredths(), entryPrice.micros()), entryFees.units());
        long original = originalQuantity.hundredths();
        long hi = Math.multiplyHigh(total, hundredths);
        long lo = total * hundredths;
        if (hi == 0 && lo >= 0) return Math.ceilDiv(lo, original);
        java.math.BigInteger[] qr = java.math.BigInteger.valueOf(total).multiply(java.math.BigInteger.valueOf(hundredths))
                .divideAndRemainder(java.math.BigInteger.valueOf(original));
        return qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
    }

    /** {@return the market value of the current quantity at the mark, exact} */
    public Dollars marketValue() {
        return currentQuantity.times(mark);
    }

    /**
     * Realized P&amp;L of a sale.
     *
     * @param sold the contracts sold
     * @param proceeds what the sale brought in ({@code count × price})
     * @param exitFees the exit fees paid
     * @return {@code proceeds − exitFees − sold × cost}; the cost share of a sale is rounded up, and the shares of
     *         sales that empty the position add up to exactly the all-in entry cost (price + entry fees)
     */
    public Dollars realizedPnlOf(Contracts sold, Dollars proceeds, Dollars exitFees) {
        long cost = sold.compareTo(currentQuantity) <= 0
                ? entryCostUnitsOf(currentQuantity.hundredths()) - entryCostUnitsOf(currentQuantity.hundredths() - sold.hundredths())
                : Math.ceilDiv(Math.multiplyExact(sold.hundredths(), entryCostUnitsPerContract()), 100L);
        return proceeds.minus(exitFees).minus(Dollars.ofUnits(cost));
    }

    /**
     * A new mark (held side's best bid); folds it into the trailing stop.
     *
     * @param newMark the held side's best bid
     * @param at when it was seen
     * @return the marked position, or {@code this} when nothing changes
     * @throws NullPointerException if {@code newMark} is null
     */
    public Position withMark(Price newMark, Instant at) {
        Objects.requireNonNull(newMark, "newMark");
        TrailingStop ts = trailingStop.update(newMark.micros(), entryCostUnitsPerContract(), at);
        if (newMark.equals(mark) && ts == trailingStop) return this;
        return new Position(id, marketTicker, eventTicker, side, confidence, environment, strategyVersion, modelVersion,
                entryPrice, entryFees, originalQuantity, currentQuantity, openedAt, newMark, at, ts, partialStagesDone,
                realizedPnl, status, closedAt);
    }

    /**
     * After selling {@code sold} contracts with realized P&amp;L {@code pnl} (after fees): reduces
     * the quantity, adds the P&amp;L, records the partial stages executed, closes at zero.
     *
     * @param sold the contracts sold, within (0, current]
     * @param pnl the realized P&amp;L of the sale
     * @param stagesExecuted bit mask of partial-exit stages the sale executed, {@code >= 0}
     * @param at when the sale completed
     * @return the reduced (or closed) position
     * @throws IllegalArgumentException if {@code sold} is out of range or the mask negative
     */
    public Position afterExit(Contracts sold, Dollars pnl, int stagesExecuted, Instant at) {
        Objects.requireNonNull(sold, "sold");
        Objects.requireNonNull(pnl, "pnl");
        if (!sold.isPositive() || sold.compareTo(currentQuantity) > 0) {
            throw new IllegalArgumentException("sold must be within (0, " + currentQuantity + "], was " + sold);
        }
        if (stagesExecuted < 0) throw new IllegalArgumentException("stagesExecuted must not be negative, was " + stagesExecuted);
        Contracts left = currentQuantity.minus(sold);
        boolean closed = left.isZero();
        return new Position(id, marketTicker, eventTicker, side, confidence, environment, strategyVersion, modelVersion,
                entryPrice, entryFees, originalQuantity, left, openedAt, mark, markedAt, trailingStop,
                partialStagesDone | stagesExecuted, realizedPnl.plus(pnl), closed ? PositionStatus.CLOSED : PositionStatus.OPEN,
                closed ? Optional.of(at) : Optional.empty());
    }

    /** {@return {@code pnl_pct} of the current mark rounded down to 4 decimals, for display} */
    public String pnlPctText() {
        return pnlPct().setScale(4, RoundingMode.FLOOR).toPlainString();
    }

    /**
     * Closes the whole remaining quantity at settlement: the held side pays $1 per contract when
     * it won, $0 when it lost (no fee). Realized P&amp;L = payout − remaining × all-in entry cost.
     *
     * @param heldSideWon whether the held side won
     * @param at the settlement time
     * @return the closed position
     * @throws IllegalStateException if the position is already closed
     */
    public Position settle(boolean heldSideWon, Instant at) {
        return settle(MarketOutcome.won(heldSideWon ? side : side.opposite()), at);
    }

    /**
     * Closes the whole remaining quantity at the market's outcome (no fee): each contract pays what
     * the held side is worth ({@link MarketOutcome#valueMicros}: $1 or $0, or the settlement value of a
     * tie or fair-price resolution); a voided market pays back the entry price
     * ({@link #settlementValueMicros}).
     *
     * @param outcome how the market resolved
     * @param at the settlement time
     * @return the closed position
     * @throws IllegalStateException if the position is already closed
     */
    public Position settle(MarketOutcome outcome, Instant at) {
        if (!isOpen()) throw new IllegalStateException("position " + id + " is already closed");
        return afterExit(currentQuantity, realizedPnlOf(currentQuantity, settlementPayout(outcome), Dollars.ZERO), 0, at);
    }

    /**
     * What one remaining contract is paid at {@code outcome}, in micro-dollars: the held side's value
     * ({@link MarketOutcome#valueMicros}), or for a voided market the average entry price (Kalshi returns
     * positions "at original cost"; entry fees are not assumed refunded, so a void realizes −fees).
     *
     * @param outcome how the market resolved
     * @return the per-contract payout, {@code 0 .. 1,000,000}
     */
    public long settlementValueMicros(MarketOutcome outcome) {
        return outcome.kind() == MarketOutcome.Kind.VOID ? entryPrice.micros() : outcome.valueMicros(side);
    }

    /**
     * What settling the remaining quantity at {@code outcome} pays: quantity × {@link #settlementValueMicros}.
     *
     * @param outcome how the market resolved
     * @return the payout, exact
     */
    public Dollars settlementPayout(MarketOutcome outcome) {
        return Dollars.ofUnits(Math.multiplyExact(currentQuantity.hundredths(), settlementValueMicros(outcome)));
    }
}
