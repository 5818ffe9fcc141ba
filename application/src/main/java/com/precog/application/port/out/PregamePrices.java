package com.precog.application.port.out;

import com.precog.domain.game.GameId;
import com.precog.domain.money.Probability;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The market's pre-game price of each game, as the session saw it last before kick-off (table
 * {@code pregame_prices}, per execution environment). It sets the in-play expected margin
 * {@code 13.45·Φ⁻¹(p)}; keeping it lets a session restarted mid-game price with the same margin
 * instead of falling back to Elo. The first record of a game wins: later records are no-ops.
 */
public interface PregamePrices {
    /** Keeps a game's price; returns false when the game already has one (kept unchanged). */
    boolean record(PregamePrice price);

    Optional<PregamePrice> find(GameId game);

    /**
     * @param homeProbability the home side's probability implied by the market's last two-sided pre-game quote (its mid)
     * @param marketTicker    the market quoted
     * @param observedAt      when the quote was seen
     */
    record PregamePrice(GameId game, String marketTicker, Probability homeProbability, Instant observedAt) {
        public PregamePrice {
            Objects.requireNonNull(game, "game");
            if (marketTicker == null || marketTicker.isBlank()) throw new IllegalArgumentException("marketTicker must not be blank");
            Objects.requireNonNull(homeProbability, "homeProbability");
            if (homeProbability.millionths() <= 0 || homeProbability.millionths() >= 1_000_000) {
                throw new IllegalArgumentException("homeProbability must be inside (0, 1), was " + homeProbability);
            }
            Objects.requireNonNull(observedAt, "observedAt");
        }
    }
}
