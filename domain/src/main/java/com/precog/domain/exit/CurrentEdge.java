package com.precog.domain.exit;

import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Price;

/**
 * The edge of a held position right now (SPEC §7, conditions 8–10), recomputed from the
 * current model probability and the current exit price — never a placeholder.
 *
 * <p><b>Decision</b>: the edge of holding is the expected value of one contract minus what
 * selling it now would net: {@code q − (exit − taker_fee(exit))}, where {@code q} is the held
 * side's win probability and {@code exit} the held side's best bid (a sale at the bid takes
 * liquidity, so it pays the taker fee). All amounts in micro-dollars per contract; exact.
 * Pure and allocation-free.
 */
public final class CurrentEdge {
    private CurrentEdge() {}

    /**
     * The edge of holding one contract: {@code q − (exit − taker_fee(exit))}.
     *
     * @param heldProbabilityMillionths the held side's win probability in millionths [0, 1e6]
     * @param exitPriceMicros           the held side's best bid in micro-dollars (0, 1e6)
     * @param fees                      the market's fee schedule
     * @return edge in micro-dollars per contract (may be negative); the fee is rounded up to $0.0001
     * @throws IllegalArgumentException if the probability or price is out of range
     */
    public static long holdEdgeMicros(long heldProbabilityMillionths, long exitPriceMicros, FeeSchedule fees) {
        if (heldProbabilityMillionths < 0 || heldProbabilityMillionths > 1_000_000) {
            throw new IllegalArgumentException("heldProbabilityMillionths must be within [0, 1_000_000], was " + heldProbabilityMillionths);
        }
        if (exitPriceMicros <= 0 || exitPriceMicros >= Price.ONE_DOLLAR_MICROS) {
            throw new IllegalArgumentException("exitPriceMicros must be within (0, 1_000_000), was " + exitPriceMicros);
        }
        long feeMicros = fees.takerFeePerContractUnits(exitPriceMicros) / 100; // fee units are multiples of $0.0001
        return heldProbabilityMillionths - (exitPriceMicros - feeMicros);
    }
}
