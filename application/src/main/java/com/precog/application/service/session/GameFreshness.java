package com.precog.application.service.session;

import com.precog.application.service.risk.CircuitBreakerService;
import com.precog.domain.game.GameState;
import com.precog.domain.risk.BreakerEvent;
import com.precog.domain.risk.BreakerKind;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * SPEC §8 data_stale for the game side: a tracked market whose game is live but whose last good game state is older
 * than the breaker's {@code gameStaleAfter} (60 s) halts entries in that market until a fresh state arrives, and a
 * market whose game is no longer live is released. Without it, a game feed that stopped (ESPN down, every observation
 * rejected as an anomaly) left the in-game model pricing an old score and clock, and entries followed its false edges.
 * The price side needs no check here: the market-data feed hides a book that is stale (gap, lost stream) and an entry
 * without a book is skipped, so the price passed is "now".
 */
public final class GameFreshness {
    private final Supplier<? extends Collection<String>> markets;
    private final Function<String, Optional<GameState>> gameOfMarket;
    private final CircuitBreakerService breakers;
    private final Clock clock;

    /**
     * @param markets      the tickers tracked now
     * @param gameOfMarket the last good state of a market's linked game (empty when it has none)
     */
    public GameFreshness(Supplier<? extends Collection<String>> markets, Function<String, Optional<GameState>> gameOfMarket,
                         CircuitBreakerService breakers, Clock clock) {
        this.markets = Objects.requireNonNull(markets, "markets");
        this.gameOfMarket = Objects.requireNonNull(gameOfMarket, "gameOfMarket");
        this.breakers = Objects.requireNonNull(breakers, "breakers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Trips or releases data_stale per market; call once a tick. */
    public void check() {
        Instant now = clock.instant();
        Set<String> stale = new HashSet<>(); // the markets data_stale holds now, read once
        for (BreakerEvent e : breakers.active()) if (e.kind() == BreakerKind.DATA_STALE) stale.add(e.scope());
        for (String ticker : markets.get()) {
            Optional<GameState> game = gameOfMarket.apply(ticker);
            if (game.isPresent() && game.get().isLive()) {
                breakers.checkFreshness(ticker, now, game.get().observedAt());
            } else if (stale.contains(ticker)) {
                breakers.checkFreshness(ticker, now, null); // the game ended or is gone: nothing left to be stale
            }
        }
    }
}
