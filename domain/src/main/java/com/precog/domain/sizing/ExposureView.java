package com.precog.domain.sizing;

import com.precog.domain.money.Dollars;
import java.util.Objects;

/**
 * A read-only snapshot of the account as seen by one entry decision, filled by whoever owns
 * positions and orders (open orders count as exposure). Dollar amounts are all-in cost bases.
 * Immutable and thread-safe.
 *
 * @param bankroll              the account balance used as the Kelly bankroll and for the balance floor
 * @param totalExposure         cost basis of every open position and resting entry order
 * @param openPositions         number of open positions
 * @param heldYesHundredths     contracts of YES held in the candidate market (plus resting buys)
 * @param heldNoHundredths      contracts of NO held in the candidate market (plus resting buys)
 * @param marketExposure        cost basis already in the candidate market
 * @param gamePositions         open positions in markets of the candidate's game/event
 * @param gameExposure          cost basis in markets of the candidate's game/event
 * @param correlatedExposure    cost basis of positions correlated with the candidate
 * @param maxCorrelationMillionths highest correlation of an open position with the candidate, in [-1, 1] millionths
 * @param leagueExposure        cost basis in the candidate's league
 * @param tradesLastHour        entries in the last 60 minutes
 * @param tradesToday           entries since the start of the trading day
 */
public record ExposureView(Dollars bankroll, Dollars totalExposure, int openPositions, long heldYesHundredths, long heldNoHundredths,
                           Dollars marketExposure, int gamePositions, Dollars gameExposure, Dollars correlatedExposure,
                           long maxCorrelationMillionths, Dollars leagueExposure, int tradesLastHour, int tradesToday) {
    /**
     * Validates the snapshot.
     *
     * @throws IllegalArgumentException if an exposure, count or held quantity is negative or the
     *         correlation lies outside [-1 000 000, 1 000 000]
     * @throws NullPointerException if an amount is null
     */
    public ExposureView {
        Objects.requireNonNull(bankroll, "bankroll");
        nonNegative(totalExposure, "totalExposure");
        nonNegative(marketExposure, "marketExposure");
        nonNegative(gameExposure, "gameExposure");
        nonNegative(correlatedExposure, "correlatedExposure");
        nonNegative(leagueExposure, "leagueExposure");
        if (openPositions < 0 || gamePositions < 0 || tradesLastHour < 0 || tradesToday < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (heldYesHundredths < 0 || heldNoHundredths < 0) throw new IllegalArgumentException("held contracts must not be negative");
        if (maxCorrelationMillionths < -1_000_000 || maxCorrelationMillionths > 1_000_000) {
            throw new IllegalArgumentException("maxCorrelation must be within [-1, 1], was " + maxCorrelationMillionths / 1e6);
        }
    }

    private static void nonNegative(Dollars d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) throw new IllegalArgumentException(name + " must not be negative, was " + d);
    }

    /**
     * A flat account: nothing open, no trades yet.
     *
     * @param bankroll the account balance (the Kelly bankroll)
     * @return the snapshot with every exposure and count at zero
     */
    public static ExposureView flat(Dollars bankroll) {
        return new ExposureView(bankroll, Dollars.ZERO, 0, 0, 0, Dollars.ZERO, 0, Dollars.ZERO, Dollars.ZERO, 0, Dollars.ZERO, 0, 0);
    }

    /**
     * Contracts held (or bid for) of one side in the candidate market.
     *
     * @param side the side
     * @return {@link #heldYesHundredths()} or {@link #heldNoHundredths()}, in hundredths of a contract
     */
    public long heldHundredths(com.precog.domain.market.Side side) {
        return side == com.precog.domain.market.Side.YES ? heldYesHundredths : heldNoHundredths;
    }
}
