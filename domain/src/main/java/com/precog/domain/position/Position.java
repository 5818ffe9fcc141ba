package com.precog.domain.position;

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
 * held in 10^-8 $ units and rounded up (so P&L is never flattered). {@code pnl_pct = (mark −
 * cost)/cost}. Quantities shrink only through {@link #afterExit}; the position is CLOSED exactly
 * when the current quantity is zero. {@code partialStagesDone} is a bit mask of the partial-exit
 * stages already executed (bit i = stage i+1). Immutable: every change is a new value (a new
 * SCD2 version in storage).
 */
public record Position(String id, String marketTicker, String eventTicker, Side side, ConfidenceLevel confidence,
                       ExecutionEnvironment environment, String strategyVersion, String modelVersion,
                       Price entryPrice, Dollars entryFees, Contracts originalQuantity, Contracts currentQuantity,
                       Instant openedAt, Price mark, Instant markedAt, TrailingStop trailingStop, int partialStagesDone,
                       Dollars realizedPnl, PositionStatus status, Optional<Instant> closedAt) {
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

    /** A freshly opened position: mark = entry price, trailing stop inactive, nothing realized. */
    public static Position open(String id, String marketTicker, String eventTicker, Side side, ConfidenceLevel confidence,
                                ExecutionEnvironment environment, String strategyVersion, String modelVersion,
                                Price entryPrice, Dollars entryFees, Contracts quantity, TrailingStopConfig trailing, Instant at) {
        return new Position(id, marketTicker, eventTicker, side, confidence, environment, strategyVersion, modelVersion,
                entryPrice, entryFees, quantity, quantity, at, entryPrice, at,
                TrailingStop.initial(trailing, entryPrice.micros(), at), 0, Dollars.ZERO, PositionStatus.OPEN, Optional.empty());
    }

    public boolean isOpen() {
        return status == PositionStatus.OPEN;
    }

    /** All-in entry cost of one contract in 10^-8 $ units (price plus the fee share), rounded up. */
    public long entryCostUnitsPerContract() {
        return entryCostUnitsPerContract(entryPrice.micros(), entryFees.units(), originalQuantity.hundredths());
    }

    /** {@code ceil((hundredths × priceMicros + feeUnits) × 100 / hundredths)}: the all-in cost per contract in 10^-8 $. */
    public static long entryCostUnitsPerContract(long priceMicros, long feeUnits, long hundredths) {
        long total = Math.addExact(Math.multiplyExact(hundredths, priceMicros), feeUnits);
        return Math.ceilDiv(Math.multiplyExact(total, 100L), hundredths);
    }

    /** All-in entry cost per contract as dollars (exact, 8 decimals). */
    public Dollars entryCostPerContract() {
        return Dollars.ofUnits(entryCostUnitsPerContract());
    }

    /** {@code (mark − cost)/cost} in millionths, rounded down. */
    public long pnlPpm() {
        return TrailingStop.gainPpm(mark.micros(), entryCostUnitsPerContract());
    }

    /** {@code pnl_pct} as a decimal with 6 places, rounded down. */
    public BigDecimal pnlPct() {
        return BigDecimal.valueOf(pnlPpm(), 6);
    }

    /** Unrealized P&L of the current quantity at the mark (before exit fees): {@code current × (mark − cost)}. */
    public Dollars unrealizedPnl() {
        long perContract = mark.micros() * 100 - entryCostUnitsPerContract();
        return Dollars.ofUnits(Math.floorDiv(Math.multiplyExact(currentQuantity.hundredths(), perContract), 100L));
    }

    /** Market value of the current quantity at the mark. */
    public Dollars marketValue() {
        return currentQuantity.times(mark);
    }

    /** Realized P&L after fees of selling {@code sold} contracts for {@code proceeds} (count × price) paying {@code exitFees}. */
    public Dollars realizedPnlOf(Contracts sold, Dollars proceeds, Dollars exitFees) {
        long cost = Math.ceilDiv(Math.multiplyExact(sold.hundredths(), entryCostUnitsPerContract()), 100L);
        return proceeds.minus(exitFees).minus(Dollars.ofUnits(cost));
    }

    /** A new mark (held side's best bid); folds it into the trailing stop. Returns {@code this} when nothing changes. */
    public Position withMark(Price newMark, Instant at) {
        Objects.requireNonNull(newMark, "newMark");
        TrailingStop ts = trailingStop.update(newMark.micros(), entryCostUnitsPerContract(), at);
        if (newMark.equals(mark) && ts == trailingStop) return this;
        return new Position(id, marketTicker, eventTicker, side, confidence, environment, strategyVersion, modelVersion,
                entryPrice, entryFees, originalQuantity, currentQuantity, openedAt, newMark, at, ts, partialStagesDone,
                realizedPnl, status, closedAt);
    }

    /**
     * After selling {@code sold} contracts with realized P&L {@code pnl} (after fees): reduces
     * the quantity, adds the P&L, records the partial stages executed, closes at zero.
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

    /** pnl_pct of the current mark rounded to 4 decimals, for display. */
    public String pnlPctText() {
        return pnlPct().setScale(4, RoundingMode.FLOOR).toPlainString();
    }

    /**
     * Closes the whole remaining quantity at settlement: the held side pays $1 per contract when
     * it won, $0 when it lost (no fee). Realized P&L = payout − remaining × all-in entry cost.
     */
    public Position settle(boolean heldSideWon, Instant at) {
        if (!isOpen()) throw new IllegalStateException("position " + id + " is already closed");
        Dollars payout = heldSideWon ? Dollars.ofUnits(Math.multiplyExact(currentQuantity.hundredths(), 1_000_000L)) : Dollars.ZERO;
        return afterExit(currentQuantity, realizedPnlOf(currentQuantity, payout, Dollars.ZERO), 0, at);
    }
}
