package com.precog.domain.exit;

import com.precog.domain.market.BookTop;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.position.Position;
import java.util.Objects;

/**
 * Everything the ten exit conditions look at for one position in one cycle, held in primitive
 * fields (micro-dollars, contract hundredths, ppm, epoch milliseconds) so that evaluation
 * allocates nothing. One instance is reused per evaluating thread: {@link #load} the
 * position, then the market fields, then evaluate.
 *
 * <p>Sentinels: a missing bid/ask is 0, an unknown spread is −1 (one side empty), an unknown
 * 24 h volume, close time or probability is −1, "no candidate" is {@link Long#MIN_VALUE}.
 * Not thread-safe.
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

    /** Copies the position's fields (quantities, all-in cost, stages, trailing stop, confidence). */
    public ExitContext load(Position p) {
        confidence = p.confidence();
        entryCostUnits = p.entryCostUnitsPerContract();
        originalHundredths = p.originalQuantity().hundredths();
        currentHundredths = p.currentQuantity().hundredths();
        stagesDone = p.partialStagesDone();
        trailingActive = p.trailingStop().active();
        trailingStopMicros = p.trailingStop().stopPriceMicros();
        markMicros = p.mark().micros();
        return this;
    }

    /** Position fields from primitives (benchmarks and tests). */
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

    /** Market fields from a book top for the held side. */
    public ExitContext market(BookTop top, com.precog.domain.market.Side held, long volume24hHundredths, long nowMillis,
                              long closeMillis, boolean fractional, FeeSchedule fees) {
        return market(top.bidMicros(held), top.askMicros(held), top.spreadMicros(), volume24hHundredths, nowMillis, closeMillis, fractional, fees);
    }

    /** The held side's current model win probability in millionths (−1 = unknown). */
    public ExitContext probability(long heldProbabilityMillionths) {
        if (heldProbabilityMillionths < -1 || heldProbabilityMillionths > 1_000_000) {
            throw new IllegalArgumentException("heldProbabilityMillionths must be within [0, 1_000_000] or -1, was " + heldProbabilityMillionths);
        }
        this.heldProbabilityMillionths = heldProbabilityMillionths;
        recomputeEdge();
        return this;
    }

    /** The best competing candidate's edge (micro-dollars; {@link Long#MIN_VALUE} = none) and whether limits block it. */
    public ExitContext candidate(long candidateEdgeMicros, boolean blockedByLimits) {
        this.candidateEdgeMicros = candidateEdgeMicros;
        this.candidateBlockedByLimits = blockedByLimits;
        return this;
    }

    /** Whether a loss-type circuit breaker requires flattening every position. */
    public ExitContext flattenRequired(boolean flatten) {
        this.flattenRequired = flatten;
        return this;
    }

    private void recomputeEdge() {
        edgeKnown = heldProbabilityMillionths >= 0 && markMicros > 0 && markMicros < 1_000_000;
        currentEdgeMicros = edgeKnown ? CurrentEdge.holdEdgeMicros(heldProbabilityMillionths, markMicros, fees) : 0;
    }

    // ---- queries used by the conditions (exact integer comparisons, no division)

    public boolean hasMark() {
        return markMicros > 0;
    }

    /** {@code pnl_pct ≤ thresholdPpm}, exactly: {@code (mark − cost) × 1e6 ≤ threshold × cost}. */
    public boolean pnlAtMost(long thresholdPpm) {
        return (markMicros * 100 - entryCostUnits) * 1_000_000L <= thresholdPpm * entryCostUnits;
    }

    /** {@code pnl_pct ≥ thresholdPpm}, exactly. */
    public boolean pnlAtLeast(long thresholdPpm) {
        return (markMicros * 100 - entryCostUnits) * 1_000_000L >= thresholdPpm * entryCostUnits;
    }

    /** pnl_pct in ppm, rounded down. */
    public long pnlPpm() {
        return Math.floorDiv((markMicros * 100 - entryCostUnits) * 1_000_000L, entryCostUnits);
    }

    public ConfidenceLevel confidence() {
        return confidence;
    }

    public long markMicros() {
        return markMicros;
    }

    public long askMicros() {
        return askMicros;
    }

    public long spreadMicros() {
        return spreadMicros;
    }

    public long volume24hHundredths() {
        return volume24hHundredths;
    }

    public long nowMillis() {
        return nowMillis;
    }

    public long closeMillis() {
        return closeMillis;
    }

    public boolean fractional() {
        return fractional;
    }

    public long originalHundredths() {
        return originalHundredths;
    }

    public long currentHundredths() {
        return currentHundredths;
    }

    public int stagesDone() {
        return stagesDone;
    }

    public boolean trailingActive() {
        return trailingActive;
    }

    public long trailingStopMicros() {
        return trailingStopMicros;
    }

    public boolean edgeKnown() {
        return edgeKnown;
    }

    /** The recomputed current edge (see {@link CurrentEdge}); meaningful only when {@link #edgeKnown()}. */
    public long currentEdgeMicros() {
        return currentEdgeMicros;
    }

    public long candidateEdgeMicros() {
        return candidateEdgeMicros;
    }

    public boolean candidateBlockedByLimits() {
        return candidateBlockedByLimits;
    }

    public boolean flattenRequired() {
        return flattenRequired;
    }

    /** Rounds a quantity down to what the market accepts: whole contracts unless fractional. */
    public long tradable(long hundredths) {
        return fractional ? hundredths : hundredths - hundredths % 100;
    }
}
