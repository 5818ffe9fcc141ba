package com.precog.application.port.out;

import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.money.Dollars;
import com.precog.domain.order.Fill;
import com.precog.domain.sizing.ExposureView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * In-memory {@link Exposures}: open holdings (market, game, league, side, contracts, cost) and
 * entry times. Markets of the same game count as correlated at {@code sameGameCorrelationMillionths}.
 */
public final class InMemoryExposures implements Exposures {
    private record Holding(String ticker, String gameId, String league, Side side, long hundredths, long costUnits) {}

    private final Clock clock;
    private final long sameGameCorrelationMillionths;
    private Dollars bankroll;
    private final List<Holding> holdings = new ArrayList<>();
    private final List<Instant> entries = new ArrayList<>();

    public InMemoryExposures(Dollars bankroll, long sameGameCorrelationMillionths, Clock clock) {
        this.bankroll = bankroll;
        this.sameGameCorrelationMillionths = sameGameCorrelationMillionths;
        this.clock = clock;
    }

    public synchronized void setBankroll(Dollars bankroll) {
        this.bankroll = bankroll;
    }

    /** Adds a holding bought for {@code cost} and counts one entry now. */
    public synchronized void add(String ticker, String gameId, String league, Side side, long hundredths, Dollars cost) {
        holdings.add(new Holding(ticker, gameId, league.toUpperCase(java.util.Locale.ROOT), side, hundredths, cost.units()));
        entries.add(clock.instant());
    }

    /** Applies a buy fill (price × count + fee) as a holding. */
    public synchronized void apply(Fill fill, String gameId, String league) {
        if (fill.action() != OrderAction.BUY) throw new IllegalArgumentException("only buy fills open exposure");
        add(fill.marketTicker(), gameId, league, fill.side(), fill.count().hundredths(), fill.cashDelta().negate());
        bankroll = bankroll.plus(fill.cashDelta());
    }

    @Override
    public synchronized ExposureView viewFor(String marketTicker, String gameId, String league) {
        long total = 0;
        long market = 0;
        long game = 0;
        long leagueUnits = 0;
        long yes = 0;
        long no = 0;
        java.util.Set<String> openMarkets = new java.util.HashSet<>();
        java.util.Set<String> gameMarkets = new java.util.HashSet<>();
        long maxCorr = 0;
        for (Holding h : holdings) {
            total += h.costUnits();
            openMarkets.add(h.ticker());
            if (h.league().equalsIgnoreCase(league)) leagueUnits += h.costUnits();
            if (h.ticker().equals(marketTicker)) {
                market += h.costUnits();
                if (h.side() == Side.YES) yes += h.hundredths();
                else no += h.hundredths();
            }
            if (h.gameId().equals(gameId)) {
                game += h.costUnits();
                gameMarkets.add(h.ticker());
                if (!h.ticker().equals(marketTicker)) maxCorr = Math.max(maxCorr, sameGameCorrelationMillionths);
            }
        }
        Instant now = clock.instant();
        Instant dayStart = now.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        int hour = (int) entries.stream().filter(t -> t.isAfter(now.minus(Duration.ofHours(1)))).count();
        int day = (int) entries.stream().filter(t -> !t.isBefore(dayStart)).count();
        return new ExposureView(bankroll, Dollars.ofUnits(total), openMarkets.size(), yes, no, Dollars.ofUnits(market), gameMarkets.size(),
                Dollars.ofUnits(game), Dollars.ofUnits(game - market), maxCorr, Dollars.ofUnits(leagueUnits), hour, day);
    }
}
