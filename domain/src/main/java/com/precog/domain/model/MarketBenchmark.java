package com.precog.domain.model;

/**
 * The market's own probability, always evaluated next to every model (SPEC §3).
 *
 * <p>Historical games: the closing point spread through the normal model,
 * {@code P(home wins) = Φ(expected home margin / 13.45)} (Pro-Football-Reference). Live markets: the
 * midpoint of the executable YES quotes. Probabilities in [0, 1]; pure functions.
 */
public final class MarketBenchmark {
    /** Standard deviation of NFL final margins around the closing spread (points). */
    public static final double NFL_MARGIN_SIGMA = NormalInGameModel.NFL_SIGMA;

    private MarketBenchmark() {}

    /**
     * P(home wins) from the closing spread, with the NFL sigma.
     *
     * @param expectedHomeMargin the home side's expected margin in points (+ = home favoured), finite
     * @return {@code Φ(margin / 13.45)}, in [0, 1]
     * @throws IllegalArgumentException if the margin is not finite
     */
    public static double fromClosingHomeMargin(double expectedHomeMargin) {
        return fromClosingHomeMargin(expectedHomeMargin, NFL_MARGIN_SIGMA);
    }

    /**
     * P(home wins) from the closing spread.
     *
     * @param expectedHomeMargin the home side's expected margin in points, finite
     * @param sigma the standard deviation of final margins around the spread, positive
     * @return {@code Φ(margin / sigma)}, in [0, 1]
     * @throws IllegalArgumentException if the margin is not finite or sigma not positive
     */
    public static double fromClosingHomeMargin(double expectedHomeMargin, double sigma) {
        if (!Double.isFinite(expectedHomeMargin)) throw new IllegalArgumentException("expectedHomeMargin must be finite, was " + expectedHomeMargin);
        if (!(sigma > 0)) throw new IllegalArgumentException("sigma must be > 0, was " + sigma);
        return StandardNormal.cdf(expectedHomeMargin / sigma);
    }

    /**
     * Executable midpoint of a live binary market, {@code (yesBid + yesAsk)/2}, with prices in dollars as
     * doubles in [0, 1] (callers convert from the money types).
     *
     * @param yesBid the YES bid in dollars, in [0, 1]
     * @param yesAsk the YES ask in dollars, in [yesBid, 1]
     * @return the midpoint
     * @throws IllegalArgumentException if a price is out of range or the bid is above the ask
     */
    public static double fromQuotes(double yesBid, double yesAsk) {
        if (!(yesBid >= 0 && yesBid <= 1)) throw new IllegalArgumentException("yesBid must be in [0, 1], was " + yesBid);
        if (!(yesAsk >= 0 && yesAsk <= 1)) throw new IllegalArgumentException("yesAsk must be in [0, 1], was " + yesAsk);
        if (yesBid > yesAsk) throw new IllegalArgumentException("yesBid (" + yesBid + ") must not exceed yesAsk (" + yesAsk + ")");
        return (yesBid + yesAsk) / 2;
    }

    /**
     * Executable midpoint of a live market from exact prices: {@code (yesBid + yesAsk)/2}, a half micro-dollar
     * rounded half-even.
     *
     * @param yesBid the YES bid
     * @param yesAsk the YES ask
     * @return the midpoint as a money probability
     * @throws IllegalArgumentException if the bid is above the ask
     */
    public static com.precog.domain.money.Probability fromQuotes(com.precog.domain.money.Price yesBid, com.precog.domain.money.Price yesAsk) {
        java.util.Objects.requireNonNull(yesBid, "yesBid");
        java.util.Objects.requireNonNull(yesAsk, "yesAsk");
        if (yesBid.micros() > yesAsk.micros()) throw new IllegalArgumentException("yesBid (" + yesBid + ") must not exceed yesAsk (" + yesAsk + ")");
        long sum = yesBid.micros() + yesAsk.micros();
        long mid = sum / 2;
        if (sum % 2 != 0 && mid % 2 != 0) mid++;
        return com.precog.domain.money.Probability.ofMillionths(mid);
    }
}
