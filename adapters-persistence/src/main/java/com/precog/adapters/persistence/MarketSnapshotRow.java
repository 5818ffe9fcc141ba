package com.precog.adapters.persistence;

import com.precog.domain.market.MarketStatus;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import java.time.Instant;
import java.util.Objects;

/**
 * One observation of a market's quotes and status, as the {@code market_snapshots} history stores it.
 * Quote fields are null when the book side is empty or the feed did not carry them.
 */
record MarketSnapshotRow(
        String ticker, MarketStatus status, Price yesBid, Price yesAsk, Price noBid, Price noAsk, Price lastPrice,
        Contracts volume, Contracts volume24h, Contracts openInterest, Dollars liquidity, Instant observedAt) {

    /** Absolute yes-bid move that is material (SPEC §11). */
    static final long YES_BID_STEP_MICROS = 10_000;            // $0.01
    /** Relative yes-bid move that is material, in basis points. */
    static final long RELATIVE_CHANGE_BPS = 200;                // 2%
    /** Absolute volume move that is material, in hundredths of a contract. */
    static final long VOLUME_STEP_HUNDREDTHS = 10 * Contracts.SCALE;

    MarketSnapshotRow {
        if (ticker == null || ticker.isBlank()) {
            throw new IllegalArgumentException("ticker must not be blank");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(observedAt, "observedAt");
    }

    /**
     * Whether this observation differs materially from {@code previous}: |Δ yes_bid| ≥ 0.01, relative
     * yes_bid change ≥ 2%, |Δ volume| ≥ 10, a status change, or a yes_bid appearing/disappearing.
     */
    boolean isMaterialChangeFrom(MarketSnapshotRow previous) {
        if (previous == null || previous.status != status) {
            return true;
        }
        if ((previous.yesBid == null) != (yesBid == null)) {
            return true;
        }
        if (yesBid != null) {
            long delta = Math.abs(yesBid.micros() - previous.yesBid.micros());
            if (delta >= YES_BID_STEP_MICROS || delta * 10_000 >= RELATIVE_CHANGE_BPS * previous.yesBid.micros()) {
                return true;
            }
        }
        long before = previous.volume == null ? 0 : previous.volume.hundredths();
        long now = volume == null ? 0 : volume.hundredths();
        return Math.abs(now - before) >= VOLUME_STEP_HUNDREDTHS;
    }
}
