package com.precog.application.service.positions;

import com.precog.domain.market.BookTop;
import com.precog.domain.market.Market;
import com.precog.domain.money.Probability;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest known state of every market a position is held in: its metadata (ladder, fees,
 * close time), top of book and when it was seen, 24 h volume, and the current model
 * probability of YES. Shared by the monitor and the exit executor. Thread-safe; each market's
 * state is an immutable {@link View} replaced on update.
 */
public final class MarketBoard {
    /**
     * One market's state. {@code volume24hHundredths} −1 = unknown; {@code yesProbability} empty
     * until a model has spoken.
     */
    public record View(Market market, BookTop top, Instant bookAt, long volume24hHundredths,
                       Optional<Probability> yesProbability, Instant updatedAt) {
        public View {
            Objects.requireNonNull(market, "market");
            Objects.requireNonNull(top, "top");
            Objects.requireNonNull(bookAt, "bookAt");
            Objects.requireNonNull(yesProbability, "yesProbability");
            Objects.requireNonNull(updatedAt, "updatedAt");
        }
    }

    private final ConcurrentHashMap<String, View> views = new ConcurrentHashMap<>();
    private volatile long blockedCandidateEdgeMicros = Long.MIN_VALUE;

    /** Registers (or replaces the metadata of) a market; the book starts empty until the first update. */
    public void putMarket(Market market, Instant at) {
        Objects.requireNonNull(market, "market");
        views.compute(market.ticker(), (k, v) -> v == null
                ? new View(market, BookTop.EMPTY, Instant.EPOCH, -1, Optional.empty(), at)
                : new View(market, v.top(), v.bookAt(), v.volume24hHundredths(), v.yesProbability(), at));
    }

    public void updateBook(String ticker, BookTop top, Instant at) {
        Objects.requireNonNull(top, "top");
        views.computeIfPresent(ticker, (k, v) -> new View(v.market(), top, at, v.volume24hHundredths(), v.yesProbability(), at));
    }

    public void updateVolume(String ticker, long volume24hHundredths, Instant at) {
        views.computeIfPresent(ticker, (k, v) -> new View(v.market(), v.top(), v.bookAt(), volume24hHundredths, v.yesProbability(), at));
    }

    public void updateProbability(String ticker, Probability yes, Instant at) {
        Objects.requireNonNull(yes, "yes");
        views.computeIfPresent(ticker, (k, v) -> new View(v.market(), v.top(), v.bookAt(), v.volume24hHundredths(), Optional.of(yes), at));
    }

    public Optional<View> view(String ticker) {
        return Optional.ofNullable(views.get(ticker));
    }

    /** The raw view or null (hot path). */
    View viewOrNull(String ticker) {
        return views.get(ticker);
    }

    /**
     * The best entry candidate the risk limits currently block, as its edge in micro-dollars
     * ({@link Long#MIN_VALUE} = none): the input of the rebalance condition. Set by the trading core.
     */
    public void setBlockedCandidateEdge(long edgeMicros) {
        this.blockedCandidateEdgeMicros = edgeMicros;
    }

    public long blockedCandidateEdgeMicros() {
        return blockedCandidateEdgeMicros;
    }
}
