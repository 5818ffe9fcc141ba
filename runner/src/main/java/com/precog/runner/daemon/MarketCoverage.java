package com.precog.runner.daemon;

import com.precog.application.port.out.SessionHealth;
import com.precog.application.port.out.TradableMarket;
import com.precog.domain.game.League;
import com.precog.domain.market.Market;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which tracked markets the session can price, and why the others are never entered. The models
 * price game-winner markets of the football leagues only (Elo ratings of the bundled NFL history
 * before kick-off, the in-game models of four 15-minute quarters in play); a market of another
 * league, of a series that is no league's game-winner series, or not linked to a game of the ESPN
 * scoreboards the feed reads (today's; a ticker that matches no game is never linked) has no
 * probability unless the operator's fair values give one. Such markets stay tracked (their
 * books, positions adopted at start-up and settlements are followed) but no entry is ever sent.
 *
 * <p>Health component {@code model_coverage} counts them per series with the reason (UP: not trading a
 * market nobody can price is no fault); each series and reason is logged once per session.
 */
final class MarketCoverage {
    private static final Logger log = LoggerFactory.getLogger(MarketCoverage.class);

    static final String NOT_LINKED = "not linked to a game of today's ESPN scoreboards";

    /** The leagues whose game-winner markets the models price. */
    static final Set<League> MODELLED = EnumSet.of(League.NFL, League.NCAAF);

    private final Map<String, Optional<League>> leagueByTicker = new ConcurrentHashMap<>();
    private final Map<String, Long> discoveredAtMillis = new ConcurrentHashMap<>();
    private final Predicate<String> fairValue;
    private final Predicate<String> linked;
    private final java.time.Clock clock;
    private final long linkGraceMillis;
    private final Set<String> logged = ConcurrentHashMap.newKeySet();
    private volatile Supplier<List<TradableMarket>> tracked = List::of;
    private volatile Supplier<Set<String>> unknownSeries = Set::of;

    /**
     * @param fairValue whether the operator's fair values price a market
     * @param linked    whether a market is linked to its ESPN game
     * @param linkGrace how long after its discovery a market without a game is not reported yet (the feed's
     *                  first poll and the link sweep come after the first discovery)
     */
    MarketCoverage(Predicate<String> fairValue, Predicate<String> linked, java.time.Clock clock, java.time.Duration linkGrace) {
        this.fairValue = fairValue;
        this.linked = linked;
        this.clock = clock;
        this.linkGraceMillis = linkGrace.toMillis();
    }

    /** Configured series Kalshi does not know: health DEGRADED, naming them. */
    void unknownSeries(Supplier<Set<String>> series) {
        this.unknownSeries = series;
    }

    /** The session's tracked markets, once the session exists. */
    void track(Supplier<List<TradableMarket>> markets) {
        this.tracked = markets;
    }

    /** A discovered market: its series' league decides whether a model may price it. */
    void discovered(Market m) {
        leagueByTicker.put(m.ticker(), League.ofKalshiSeries(m.seriesTicker()));
        discoveredAtMillis.putIfAbsent(m.ticker(), clock.millis());
    }

    /** Whether a model may price this market: a discovered game-winner market of a modelled league. */
    boolean modelled(String ticker) {
        return leagueByTicker.getOrDefault(ticker, Optional.empty()).map(MODELLED::contains).orElse(false);
    }

    /** Why a market is never entered, empty when the fair values or a model can price it. */
    Optional<String> uncovered(TradableMarket m) {
        if (fairValue.test(m.ticker())) return Optional.empty();
        Optional<League> league = League.ofKalshiSeries(m.market().seriesTicker());
        if (league.isEmpty()) return Optional.of("not a game-winner series of a league");
        if (!MODELLED.contains(league.get())) return Optional.of("no model for " + league.get() + " games");
        long since = clock.millis() - discoveredAtMillis.getOrDefault(m.ticker(), clock.millis());
        if (!linked.test(m.ticker()) && since >= linkGraceMillis) return Optional.of(NOT_LINKED);
        return Optional.empty();
    }

    /** Health component {@code model_coverage}; logs each series and reason the first time it is seen. */
    SessionHealth.Component health() {
        List<TradableMarket> markets = tracked.get();
        Map<List<String>, Integer> counts = new TreeMap<>(java.util.Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        int untraded = 0;
        for (TradableMarket m : markets) {
            Optional<String> why = uncovered(m);
            if (why.isEmpty()) continue;
            untraded++;
            counts.merge(List.of(m.market().seriesTicker(), why.get()), 1, Integer::sum);
            if (logged.add(m.market().seriesTicker() + "|" + why.get())) {
                if (why.get().equals(NOT_LINKED)) {
                    log.info("markets of series {} are not entered while {} (first: {}); a --fair-values row prices one",
                            m.market().seriesTicker(), why.get(), m.ticker());
                } else {
                    log.warn("markets of series {} are tracked but never entered: {} (first: {}); a --fair-values row prices one",
                            m.market().seriesTicker(), why.get(), m.ticker());
                }
            }
        }
        StringBuilder d = new StringBuilder();
        Set<String> unknown = unknownSeries.get();
        if (!unknown.isEmpty()) d.append("series unknown to Kalshi (markets.yaml): ").append(String.join(", ", unknown)).append("; ");
        if (untraded == 0) {
            d.append("every tracked market can be priced");
        } else {
            d.append(untraded).append(" of ").append(markets.size()).append(" markets not traded: ");
            String sep = "";
            for (var e : counts.entrySet()) {
                d.append(sep).append(e.getKey().get(0)).append(": ").append(e.getValue()).append(" (").append(e.getKey().get(1)).append(')');
                sep = "; ";
            }
        }
        // not trading a market nobody can price is no fault; a configured series that does not exist is a mistake
        return new SessionHealth.Component("model_coverage", unknown.isEmpty() ? SessionHealth.Component.UP : SessionHealth.Component.DEGRADED,
                d.toString());
    }
}
