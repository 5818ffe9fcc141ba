package com.precog.application.service.session;

import com.precog.application.port.out.Exposures;
import com.precog.application.port.out.TradableMarket;
import com.precog.application.port.out.TradableMarkets;
import com.precog.application.service.positions.PositionBook;
import com.precog.domain.market.Side;
import com.precog.domain.money.Dollars;
import com.precog.domain.position.Position;
import com.precog.domain.sizing.ExposureView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The account's exposure seen from a candidate market, computed from the open positions (cost
 * basis of the current quantity), the entry orders still resting (their full cost at the limit),
 * the cash balance and the entries made in the last hour and today. The position-count limits count
 * markets held — the position records of several fills in one market are one position, and an entry
 * resting in a market without a position counts as one open position of its game. Correlation between games is
 * not modelled (no correlated exposure).
 */
public final class AccountExposures implements Exposures {
    /** An entry order resting at the venue: what it could still add. */
    public record RestingEntry(String marketTicker, Side side, long hundredths, long priceMicros) { }

    private final PositionBook positions;
    private final TradableMarkets markets;
    private final Supplier<Dollars> bankroll;
    private final Supplier<Collection<RestingEntry>> resting;
    private final Clock clock;
    private final ZoneId tradingZone;
    private final Deque<Instant> entries = new ArrayDeque<>();

    public AccountExposures(PositionBook positions, TradableMarkets markets, Supplier<Dollars> bankroll,
                            Supplier<Collection<RestingEntry>> resting, Clock clock, ZoneId tradingZone) {
        this.positions = Objects.requireNonNull(positions, "positions");
        this.markets = Objects.requireNonNull(markets, "markets");
        this.bankroll = Objects.requireNonNull(bankroll, "bankroll");
        this.resting = Objects.requireNonNull(resting, "resting");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tradingZone = Objects.requireNonNull(tradingZone, "tradingZone");
    }

    /** Counts one entry (an order sent by the entry loop) for the hourly and daily trade limits. */
    public synchronized void recordEntry(Instant at) {
        entries.addLast(at);
    }

    @Override
    public synchronized ExposureView viewFor(String marketTicker, String gameId, String league) {
        Instant now = clock.instant();
        while (!entries.isEmpty() && entries.peekFirst().isBefore(now.minus(Duration.ofDays(1)))) entries.removeFirst();
        LocalDate today = LocalDate.ofInstant(now, tradingZone);
        int lastHour = 0;
        int todayCount = 0;
        for (Instant e : entries) {
            if (!e.isBefore(now.minus(Duration.ofHours(1)))) lastHour++;
            if (LocalDate.ofInstant(e, tradingZone).equals(today)) todayCount++;
        }
        long total = 0;
        long market = 0;
        long game = 0;
        long leagueUnits = 0;
        long heldYes = 0;
        long heldNo = 0;
        int open = 0;
        int gamePositions = 0;
        Set<String> held = new HashSet<>();
        for (Position p : positions.all()) {
            // every entry fill is its own position record: the count limits count markets held (one side per market), once each
            boolean newMarket = held.add(p.marketTicker());
            long cost = Math.ceilDiv(Math.multiplyExact(p.currentQuantity().hundredths(), p.entryCostUnitsPerContract()), 100L);
            if (newMarket) open++;
            total += cost;
            boolean sameMarket = p.marketTicker().equals(marketTicker);
            if (sameMarket) {
                market += cost;
                if (p.side() == Side.YES) heldYes += p.currentQuantity().hundredths();
                else heldNo += p.currentQuantity().hundredths();
            }
            Optional<TradableMarket> tm = markets.find(p.marketTicker());
            String pGame = tm.map(TradableMarket::gameId).orElse(p.eventTicker());
            String pLeague = tm.map(TradableMarket::league).orElse("");
            if (pGame.equals(gameId)) {
                game += cost;
                if (newMarket) gamePositions++;
            }
            if (!league.isEmpty() && pLeague.equals(league)) leagueUnits += cost;
        }
        for (RestingEntry r : resting.get()) {
            long cost = Math.multiplyExact(r.hundredths(), r.priceMicros()); // hundredths × micros = 10^-8 $
            total += cost;
            if (r.marketTicker().equals(marketTicker)) {
                market += cost;
                if (r.side() == Side.YES) heldYes += r.hundredths();
                else heldNo += r.hundredths();
            }
            Optional<TradableMarket> tm = markets.find(r.marketTicker());
            boolean sameGame = tm.isPresent() && tm.get().gameId().equals(gameId);
            // an entry resting in a market without a position becomes one when it fills: it counts against the open-position
            // and per-game position limits now, once per market, or entries resting in several markets all pass those limits
            if (held.add(r.marketTicker())) {
                open++;
                if (sameGame) gamePositions++;
            }
            if (sameGame) game += cost;
            if (tm.isPresent() && !league.isEmpty() && tm.get().league().equals(league)) leagueUnits += cost;
        }
        return new ExposureView(bankroll.get(), Dollars.ofUnits(total), open, heldYes, heldNo, Dollars.ofUnits(market), gamePositions,
                Dollars.ofUnits(game), Dollars.ZERO, 0, Dollars.ofUnits(leagueUnits), lastHour, todayCount);
    }
}
