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
 * SPEC §8 data_stale, checked once a tick for every tracked market: its prices over {@code priceStaleAfter} (120 s) old
 * or its live game's last good state over {@code gameStaleAfter} (60 s) old halt entries in that market until both are
 * fresh again.
 * <ul>
 *   <li>Prices: the market-data feed says when it last knew the book to be the venue's
 *       ({@code MarketDataFeed.pricesAsOf}). While the stream is down the books come from REST polls; when those fail
 *       too, the last copy ages and, past the limit, entries stop trading on it. A feed that cannot tell is taken as
 *       fresh (it hides a stale book, and an entry without a book is skipped).</li>
 *   <li>Game state: a market whose linked game is live. Without it, a game feed that stopped (ESPN down, every
 *       observation rejected as an anomaly) left the in-game model pricing an old score and clock, and entries followed
 *       its false edges. A market whose game is no longer live has no game state to be stale.</li>
 * </ul>
 */
public final class DataFreshness {
    private final Supplier<? extends Collection<String>> markets;
    private final Function<String, Optional<Instant>> pricesAsOf;
    private final Function<String, Optional<GameState>> gameOfMarket;
    private final CircuitBreakerService breakers;
    private final Clock clock;

    /**
     * @param markets      the tickers tracked now
     * @param pricesAsOf   when the feed last knew a market's book to be current (empty: it cannot tell)
     * @param gameOfMarket the last good state of a market's linked game (empty when it has none)
     */
    public DataFreshness(Supplier<? extends Collection<String>> markets, Function<String, Optional<Instant>> pricesAsOf,
                         Function<String, Optional<GameState>> gameOfMarket, CircuitBreakerService breakers, Clock clock) {
        this.markets = Objects.requireNonNull(markets, "markets");
        this.pricesAsOf = Objects.requireNonNull(pricesAsOf, "pricesAsOf");
        this.gameOfMarket = Objects.requireNonNull(gameOfMarket, "gameOfMarket");
        this.breakers = Objects.requireNonNull(breakers, "breakers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Trips or releases data_stale per market; call once a tick. */
    public void check() {
        Instant now = clock.instant();
        Instant pricesDue = now.minus(breakers.config().priceStaleAfter());
        Set<String> stale = new HashSet<>(); // the markets data_stale holds now, read once
        for (BreakerEvent e : breakers.active()) if (e.kind() == BreakerKind.DATA_STALE) stale.add(e.scope());
        Collection<String> tracked = markets.get();
        for (String ticker : tracked) {
            Instant prices = pricesAsOf.apply(ticker).orElse(now);
            Optional<GameState> game = gameOfMarket.apply(ticker);
            Instant gameAt = game.isPresent() && game.get().isLive() ? game.get().observedAt() : null; // not live: nothing to be stale
            if (gameAt != null || prices.isBefore(pricesDue) || stale.contains(ticker)) breakers.checkFreshness(ticker, prices, gameAt);
        }
        stale.removeAll(new HashSet<>(tracked));
        for (String gone : stale) { // no longer tracked (closed, settled): no data of it is needed, so none is stale
            breakers.resolve(BreakerKind.DATA_STALE, gone, "system", "market no longer tracked");
        }
    }
}
