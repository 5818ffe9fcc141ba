package com.precog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.PregamePrices.PregamePrice;
import com.precog.domain.game.GameId;
import com.precog.domain.money.Probability;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link PregamePrices} must do: exact probabilities, the first price of a game kept. */
public abstract class PregamePricesContract {
    protected static final Instant T = Instant.parse("2026-09-13T16:59:30Z");
    protected static final GameId GAME = GameId.of("NFL-401437644");

    protected abstract PregamePrices newPrices();

    @Test
    void aRecordedPriceIsFoundExactly_andTheFirstOneWins() {
        PregamePrices p = newPrices();
        assertThat(p.find(GAME)).isEmpty();
        PregamePrice first = new PregamePrice(GAME, "KXNFLGAME-22SEP11TBDAL-DAL", Probability.ofMillionths(540_500), T);
        assertThat(p.record(first)).isTrue();
        assertThat(p.record(new PregamePrice(GAME, "KXNFLGAME-22SEP11TBDAL-TB", Probability.ofMillionths(600_000), T.plusSeconds(20))))
                .as("a second price of the game is a no-op").isFalse();
        assertThat(p.find(GAME)).contains(first);
        assertThat(p.find(GameId.of("NFL-401437645"))).isEmpty();
    }

    @Test
    void aPriceMustBeAProbabilityStrictlyInsideZeroAndOne() {
        assertThatThrownBy(() -> new PregamePrice(GAME, "T", Probability.ofMillionths(0), T)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PregamePrice(GAME, "T", Probability.ofMillionths(1_000_000), T)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PregamePrice(GAME, " ", Probability.ofMillionths(500_000), T)).isInstanceOf(IllegalArgumentException.class);
    }
}
