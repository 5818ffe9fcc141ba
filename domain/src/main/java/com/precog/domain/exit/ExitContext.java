package com.precog.domain.exit;

import com.precog.domain.market.BookTop;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Probability;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.position.Position;
import java.time.Instant;
import java.util.Objects;

/**
 * Everything the ten exit conditions look at for one position in one cycle, held in primitive
 * fields (micro-dollars, contract hundredths, ppm, epoch milliseconds) so that evaluation
 * allocates nothing. One instance is reused per evaluating thread: {@link #load} the
 * position, then the market fields, then evaluate.
 *
 * <p>Sentinels: a missing bid/ask is 0, an unknown spread is −1 (one side empty), an unknown
 * 24 h volume, close time or probability is −1, "no candidate" is {@link Long#MIN_VALUE}.
 * Embedders holding value types use the overloads {@link #market(BookTop, Side, Contracts, Instant, Instant, boolean, FeeSchedule)}
 * and {@link #probability(Probability)}.
 *
 * <p>Not thread-safe: a mutable workspace owned by one thread at a time. Values loaded stay
 * until overwritten, so load every group (position, market, probability, candidate, flatten)
 * for each position evaluated.
 */
public final class ExitContext {
    // position
    ConfidenceLevel confidence = ConfidenceLevel.HIGH;
    long entryCostUnits = 1;
    long originalHundredths;
    long currentHundredths;
    int stagesDone;
    boolean trailingActive;
    long trailingStopMicros;
    // market
    long markMicros;
    long askMicros;
    long spreadMicros = -1;
    long volume24hHundredths = -1;
    long nowMillis;
    long closeMillis = -1;
    boolean fractional;
    FeeSchedule fees = FeeSchedule.standard();
    // model and portfolio
    long heldProbabilityMillionths = -1;
    long candidateEdgeMicros = Long.MIN_VALUE;
    boolean candidateBlockedByLimits;
    boolean flattenRequired;
    // derived
    boolean edgeKnown;
    long currentEdgeMicros;

    /**
     * An empty workspace: confidence HIGH, no mark, unknown spread, volume, close time and
     * probability, no candidate, standard fees. Load a position and the market before evaluating.
     */
    public ExitContext() {
    }

    /**
     * Copies the position's fields: quantities, all-in entry cost per contract, partial stages done,
     * trailing stop, confidence, and its last mark as the initial mark (the current edge is recomputed
     * from it with the probability already loaded, if any).
     *
     * @param p the open position
     * @return this context, for chaining
     */
    public ExitContext load(Position p) {
        confidence = p.confidence();
        entryCostUnits = p.entryCostUnitsPerContract();
        originalHundredths = p.originalQuantity().hundredths();
        currentHundredths = p.currentQuantity().hundredths();
        stagesDone = p.partialStagesDone();
        trailingActive = p.trailingStop().active();
        trailingStopMicros = p.trailingStop().stopPriceMicros();
        markMicros = p.mark().micros();
        recomputeEdge(); // the edge follows the mark, whichever group was loaded first
        return this;
    }

    /**
     * Position fields from primitives (benchmarks and tests), instead of {@link #load(Position)}.
     *
     * @param confidence the entry confidence (chooses stop-loss and profit-target thresholds)
     * @param entryCostUnitsPerContract all-in entry cost of one contract (price + fee) in {@link com.precog.domain.money.Dollars} units, positive
     * @param originalHundredths the quantity opened, in hundredths, positive
     * @param currentHundredths the quantity still held, in hundredths, {@code 0 .. original}
     * @param stagesDone bit mask of the partial-exit stages already executed
     * @param trailingActive whether the trailing stop is armed
     * @param trailingStopMicros the trailing stop price in micro-dollars (meaningful when armed)
     * @return this context, for chaining
     * @throws IllegalArgumentException if the cost is not positive or the quantities are inconsistent
     * @throws NullPointerException if {@code confidence} is null
     */
    public ExitContext position(ConfidenceLevel confidence, long entryCostUnitsPerContract, long originalHundredths,
                                long currentHundredths, int stagesDone, boolean trailingActive, long trailingStopMicros) {
        this.confidence = Objects.requireNonNull(confidence, "confidence");
        if (entryCostUnitsPerContract <= 0) throw new IllegalArgumentException("entryCostUnitsPerContract must be positive, was " + entryCostUnitsPerContract);
        if (originalHundredths <= 0 || currentHundredths < 0 || currentHundredths > originalHundredths) {
            throw new IllegalArgumentException("quantities must satisfy 0 <= current <= original, 0 < original; were "
                    + currentHundredths + " / " + originalHundredths);
        }
        this.entryCostUnits = entryCostUnitsPerContract;
        this.originalHundredths = originalHundredths;
        this.currentHundredths = currentHundredths;
        this.stagesDone = stagesDone;
        this.trailingActive = trailingActive;
        this.trailingStopMicros = trailingStopMicros;
        return this;
    }

    /**
     * Market fields: the held side's best bid (the mark; 0 = none) and ask, the YES spread (−1 =
     * a side is empty), 24 h volume in hundredths (−1 = unknown), now and close time in epoch
     * millis (close −1 = unknown), whether counts may be fractional, and the fee schedule.
     * Recomputes the current edge when the probability is known.
     *
     * @param bidMicros the held side's best bid in micro-dollars (the mark), 0 = none
     * @param askMicros the held side's ask in micro-dollars, 0 = none
     * @param spreadMicros the YES spread in micro-dollars, −1 when a side is empty
     * @param volume24hHundredths 24 h volume in hundredths of a contract, −1 = unknown
     * @param nowMillis the evaluation time in epoch milliseconds
     * @param closeMillis the market's close time in epoch milliseconds, −1 = unknown
     * @param fractional whether the market trades fractional contracts
     * @param fees the market's fee schedule (the exit pays the taker fee)
     * @return this context, for chaining
     * @throws NullPointerException if {@code fees} is null
     */
    public ExitContext market(long bidMicros, long askMicros, long spreadMicros, long volume24hHundredths,
                              long nowMillis, long closeMillis, boolean fractional, FeeSchedule fees) {
        this.markMicros = bidMicros;
        this.askMicros = askMicros;
        this.spreadMicros = spreadMicros;
        this.volume24hHundredths = volume24hHundredths;
        this.nowMillis = nowMillis;
        this.closeMillis = closeMillis;
        this.fractional = fractional;
        this.fees = Objects.requireNonNull(fees, "fees");
        recomputeEdge();
        return this;
    }

    /**
     * Market fields from a book top for the held side.
     *
     * @param top the top of the book
     * @param held the side the position holds
     * @param volume24hHundredths 24 h volume in hundredths of a contract, −1 = unknown
     * @param nowMillis the evaluation time in epoch milliseconds
     * @param closeMillis the market's close time in epoch milliseconds, −1 = unknown
     * @param fractional whether the market trades fractional contracts
     * @param fees the market's fee schedule
     * @return this context, for chaining
     */
    public ExitContext market(BookTop top, Side held, long volume24hHundredths, long nowMillis,
                              long closeMillis, boolean fractional, FeeSchedule fees) {
        return market(top.bidMicros(held), top.askMicros(held), top.spreadMicros(), volume24hHundredths, nowMillis, closeMillis, fractional, fees);
    }

    /**
     * Market fields from value types: the embedder's form of
     * {@link #market(BookTop, Side, long, long, long, boolean, FeeSchedule)} (allocates nothing more).
     *
     * @param top the top of the book
     * @param held the side the position holds
     * @param volume24h contracts traded in the last 24 hours
     * @param now the evaluation time
     * @param close the market's close time
     * @param fractional whether the market trades fractional contracts
     * @param fees the market's fee schedule
     * @return this context, for chaining
     * @throws NullPointerException if an argument is null
     */
    public ExitContext market(BookTop top, Side held, Contracts volume24h, Instant now, Instant close, boolean fractional,
                              FeeSchedule fees) {
        return market(top, held, volume24h.hundredths(), now.toEpochMilli(), close.toEpochMilli(), fractional, fees);
    }

    /**
     * The held side's current model win probability (P(YES) for a YES position, 1 − P(YES) for NO).
     * Recomputes the current edge when the market has a mark.
     *
     * @param heldProbabilityMillionths the probability in millionths, {@code 0 .. 1_000_000}, or −1 = unknown
     * @return this context, for chaining
     * @throws IllegalArgumentException if the value lies outside [−1, 1 000 000]
     */
    public ExitContext probability(long heldProbabilityMillionths) {
        if (heldProbabilityMillionths < -1 || heldProbabilityMillionths > 1_000_000) {
            throw new IllegalArgumentException("heldProbabilityMillionths must be within [0, 1_000_000] or -1, was " + heldProbabilityMillionths);
        }
        this.heldProbabilityMillionths = heldProbabilityMillionths;
        recomputeEdge();
        return this;
    }

    /**
     * The held side's current model win probability as a value.
     *
     * @param heldProbability the probability that the held side wins
     * @return this context, for chaining
     */
    public ExitContext probability(Probability heldProbability) {
        return probability(heldProbability.millionths());
    }

    /**
     * The best competing entry candidate, for the rebalance condition.
     *
     * @param candidateEdgeMicros the candidate's edge in micro-dollars per contract; {@link Long#MIN_VALUE} = none
     * @param blockedByLimits whether the risk limits block the candidate
     * @return this context, for chaining
     */
    public ExitContext candidate(long candidateEdgeMicros, boolean blockedByLimits) {
        this.candidateEdgeMicros = candidateEdgeMicros;
        this.candidateBlockedByLimits = blockedByLimits;
        return this;
    }

    /**
     * Whether a loss-type circuit breaker requires flattening every position.
     *
     * @param flatten {@code true} to make the circuit-breaker condition fire
     * @return this context, for chaining
     */
    public ExitContext flattenRequired(boolean flatten) {
        this.flattenRequired = flatten;
        return this;
    }

    private void recomputeEdge() {
        edgeKnown = heldProbabilityMillionths >= 0 && markMicros > 0 && markMicros < 1_000_000;
        currentEdgeMicros = edgeKnown ? CurrentEdge.holdEdgeMicros(heldProbabilityMillionths, markMicros, fees) : 0;
    }

    // ---- queries used by the conditions (exact integer comparisons, no division)

    /** {@return {@code true} when the held side has a bid (a mark)} */
    public boolean hasMark() {
        return markMicros > 0;
    }

    /**
     * Exact P&amp;L comparison, {@code pnl_pct = (mark − cost) / cost} with the all-in entry cost.
     *
     * @param thresholdPpm the threshold in millionths of the cost (−150 000 = −15%)
     * @return {@code pnl_pct ≤ threshold}, computed as {@code (mark − cost) × 1e6 ≤ threshold × cost} (no division)
     */
    public boolean pnlAtMost(long thresholdPpm) {
        return (markMicros * 100 - entryCostUnits) * 1_000_000L <= thresholdPpm * entryCostUnits;
    }

    /**
     * Exact P&amp;L comparison.
     *
     * @param thresholdPpm the threshold in millionths of the cost (150 000 = +15%)
     * @return {@code pnl_pct ≥ threshold}, exact
     */
    public boolean pnlAtLeast(long thresholdPpm) {
        return (markMicros * 100 - entryCostUnits) * 1_000_000L >= thresholdPpm * entryCostUnits;
    }

    /** {@return {@code pnl_pct} of the mark against the all-in entry cost, in millionths, rounded down (toward −∞)} */
    public long pnlPpm() {
        return Math.floorDiv((markMicros * 100 - entryCostUnits) * 1_000_000L, entryCostUnits);
    }

    /** {@return the entry confidence} */
    public ConfidenceLevel confidence() {
        return confidence;
    }

    /** {@return the held side's best bid (the mark) in micro-dollars, 0 = none} */
    public long markMicros() {
        return markMicros;
    }

    /** {@return the held side's ask in micro-dollars, 0 = none} */
    public long askMicros() {
        return askMicros;
    }

    /** {@return the YES spread in micro-dollars, −1 when a side is empty} */
    public long spreadMicros() {
        return spreadMicros;
    }

    /** {@return the 24 h volume in hundredths of a contract, −1 = unknown} */
    public long volume24hHundredths() {
        return volume24hHundredths;
    }

    /** {@return the evaluation time in epoch milliseconds} */
    public long nowMillis() {
        return nowMillis;
    }

    /** {@return the market's close time in epoch milliseconds, −1 = unknown} */
    public long closeMillis() {
        return closeMillis;
    }

    /** {@return whether the market trades fractional contracts} */
    public boolean fractional() {
        return fractional;
    }

    /** {@return the quantity opened, in hundredths of a contract} */
    public long originalHundredths() {
        return originalHundredths;
    }

    /** {@return the quantity still held, in hundredths of a contract} */
    public long currentHundredths() {
        return currentHundredths;
    }

    /** {@return the bit mask of partial-exit stages already executed (bit i = stage i + 1)} */
    public int stagesDone() {
        return stagesDone;
    }

    /** {@return whether the trailing stop is armed} */
    public boolean trailingActive() {
        return trailingActive;
    }

    /** {@return the trailing stop price in micro-dollars (meaningful when armed)} */
    public long trailingStopMicros() {
        return trailingStopMicros;
    }

    /** {@return whether the current edge is known: a probability is loaded and the held side has a bid} */
    public boolean edgeKnown() {
        return edgeKnown;
    }

    /**
     * The recomputed current edge of holding (see {@link CurrentEdge}).
     *
     * @return micro-dollars per contract, may be negative; meaningful only when {@link #edgeKnown()}
     */
    public long currentEdgeMicros() {
        return currentEdgeMicros;
    }

    /** {@return the best candidate's edge in micro-dollars per contract, {@link Long#MIN_VALUE} = none} */
    public long candidateEdgeMicros() {
        return candidateEdgeMicros;
    }

    /** {@return whether the risk limits block the candidate} */
    public boolean candidateBlockedByLimits() {
        return candidateBlockedByLimits;
    }

    /** {@return whether a circuit breaker requires flattening every position} */
    public boolean flattenRequired() {
        return flattenRequired;
    }

    /**
     * Rounds a quantity down to what the market accepts.
     *
     * @param hundredths a quantity in hundredths of a contract, {@code >= 0}
     * @return the quantity rounded down to whole contracts unless the market is fractional
     */
    public long tradable(long hundredths) {
        return fractional ? hundredths : hundredths - hundredths % 100;
    }
}
