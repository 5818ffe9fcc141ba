package com.precog.application.service.session;

import com.precog.application.port.out.ExitJournal;
import com.precog.application.port.out.MarketResults;
import com.precog.application.port.out.OrderGateway;
import com.precog.application.port.out.OrderJournal;
import com.precog.application.port.out.OrderRecord;
import com.precog.application.port.out.Portfolio;
import com.precog.application.port.out.TradeRecord;
import com.precog.application.service.exits.ExitExecutor;
import com.precog.application.service.positions.PositionBook;
import com.precog.domain.exit.ExitConditionKind;
import com.precog.domain.exit.PositionExit;
import com.precog.domain.market.MarketOutcome;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderState;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.position.Position;
import com.precog.domain.position.TrailingStopConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up reconciliation (SPEC §13: before trading, the venue is the truth). In order:
 * <ol>
 *   <li>every fill of one of our journaled orders (looked up by {@code client_order_id}) that is
 *       not yet recorded is recorded — a crash between a fill and its record loses nothing;</li>
 *   <li>every order of ours still resting at the venue is canceled (its decision is stale; the
 *       entry loop and the exit monitor decide afresh) — nothing is ever re-sent, so nothing is
 *       duplicated; orders the venue has that are not in the journal are reported and left alone;</li>
 *   <li>open positions are made equal to the venue's holdings per market and side: recovered sell
 *       fills of our exit orders that explain a surplus are booked against the positions first (a
 *       restart mid-exit keeps the exit's realized P&amp;L); then a missing
 *       position is adopted (cost and fees from the venue, attribution from the last journaled
 *       entry), a surplus is closed, a different quantity is replaced.</li>
 * </ol>
 * Idempotent: a second run right after the first finds nothing to do. The report lists every
 * venue fill it saw, so the session never opens a second position for a fill whose holding was
 * already reconciled.
 */
public final class StartupReconciliation {
    private static final Logger log = LoggerFactory.getLogger(StartupReconciliation.class);

    /** What one reconciliation found and did. */
    public record Report(int journaledOrders, int fillsRecovered, int ordersCanceled, int foreignOrders, int positionsAdopted,
                         int positionsClosed, int positionsKept, List<String> notes, Set<String> venueFillIds) {
        public Report {
            notes = List.copyOf(notes);
            venueFillIds = Set.copyOf(venueFillIds);
        }

        /** One line for logs and health. */
        public String summary() {
            return "orders journaled " + journaledOrders + ", fills recovered " + fillsRecovered + ", resting orders canceled " + ordersCanceled
                    + ", foreign orders " + foreignOrders + ", positions adopted " + positionsAdopted + ", closed " + positionsClosed
                    + ", kept " + positionsKept;
        }
    }

    private final ExecutionEnvironment environment;
    private final OrderGateway venue;
    private final OrderJournal journal;
    private final Portfolio portfolio;
    private final PositionBook book;
    private final TrailingStopConfig trailing;
    private final Duration fillLookback;
    private final Clock clock;
    private final MarketResults results;
    private volatile ExitJournal exitJournal;

    /**
     * @param fillLookback how far back venue fills are compared with the journal (at least the longest downtime to survive)
     */
    public StartupReconciliation(ExecutionEnvironment environment, OrderGateway venue, OrderJournal journal, Portfolio portfolio,
                                 PositionBook book, TrailingStopConfig trailing, Duration fillLookback, Clock clock) {
        this(environment, venue, journal, portfolio, book, trailing, fillLookback, clock, ticker -> Optional.empty());
    }

    /**
     * @param results how markets resolved: a position the venue no longer holds because its market was
     *                determined while the daemon was down is kept for the session to settle at that outcome
     *                (a settlement row with its P&amp;L) instead of being closed with an unknown P&amp;L
     */
    public StartupReconciliation(ExecutionEnvironment environment, OrderGateway venue, OrderJournal journal, Portfolio portfolio,
                                 PositionBook book, TrailingStopConfig trailing, Duration fillLookback, Clock clock, MarketResults results) {
        this.results = Objects.requireNonNull(results, "results");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.venue = Objects.requireNonNull(venue, "venue");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.portfolio = Objects.requireNonNull(portfolio, "portfolio");
        this.book = Objects.requireNonNull(book, "book");
        this.trailing = Objects.requireNonNull(trailing, "trailing");
        this.fillLookback = Objects.requireNonNull(fillLookback, "fillLookback");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Report reconcile() {
        Instant now = clock.instant();
        List<String> notes = new ArrayList<>();
        List<OrderRecord> ours = new ArrayList<>();
        for (OrderRecord o : journal.orders()) {
            if (o.attribution().environment() == environment) ours.add(o);
        }
        Set<String> ourIds = new HashSet<>();
        for (OrderRecord o : ours) ourIds.add(o.request().clientOrderId().value());

        // 1. resting orders: cancel ours (their fills are read after the cancel), report foreign ones
        int canceled = 0;
        int foreign = 0;
        for (OrderState open : venue.openOrders()) {
            if (!ourIds.contains(open.clientOrderId().value())) {
                foreign++;
                notes.add("order " + open.clientOrderId() + " in " + open.marketTicker() + " is resting at the venue but not in the journal: left alone");
                continue;
            }
            OrderState after = venue.cancel(open.marketTicker(), open.clientOrderId());
            canceled++;
            notes.add("canceled resting " + open.action() + " " + open.side() + " " + open.clientOrderId() + " in " + open.marketTicker()
                    + " (filled " + after.filled() + " of " + after.requested() + ")");
        }

        // 2. fills the journal does not have yet
        int recovered = 0;
        Map<String, OrderRecord> byId = new HashMap<>();
        for (OrderRecord o : ours) byId.put(o.request().clientOrderId().value(), o);
        Set<String> venueFills = new HashSet<>();
        Map<String, List<Fill>> ourSells = new HashMap<>(); // by market and side, oldest first
        for (Fill f : venue.fillsSince(now.minus(fillLookback))) {
            venueFills.add(f.fillId());
            OrderRecord o = byId.get(f.clientOrderId().value());
            if (o == null) continue;
            Fill ordered = JournalingGateway.asOrdered(f, o.request());
            if (ordered.action() == OrderAction.SELL) {
                ourSells.computeIfAbsent(key(ordered.marketTicker(), ordered.side()), k -> new ArrayList<>()).add(ordered);
            }
            if (journal.recordTrade(new TradeRecord(ordered, o.attribution(), now))) recovered++;
        }

        // 3. positions equal to the venue's holdings
        book.load(now);
        Map<String, Portfolio.Holding> holdings = new HashMap<>();
        for (Portfolio.Holding h : portfolio.holdings()) holdings.put(key(h.marketTicker(), h.side()), h);
        Map<String, List<Position>> local = new HashMap<>();
        for (Position p : book.all()) local.computeIfAbsent(key(p.marketTicker(), p.side()), k -> new ArrayList<>()).add(p);
        Map<String, Long> booked = null; // per exit order, what its exit rows booked: read when a market needs it
        int adopted = 0;
        int closed = 0;
        int kept = 0;
        Set<String> keys = new HashSet<>(holdings.keySet());
        keys.addAll(local.keySet());
        for (String k : keys) {
            Portfolio.Holding h = holdings.get(k);
            List<Position> ps = local.getOrDefault(k, List.of());
            long localHundredths = 0;
            for (Position p : ps) localHundredths += p.currentQuantity().hundredths();
            long venueHundredths = h == null ? 0 : h.count().hundredths();
            if (localHundredths > venueHundredths && ourSells.containsKey(k)) {
                // a restart mid-exit: our exit orders sold at the venue what the book still holds. Their fills are booked
                // (newest first: the ones the crash kept from being booked) before anything is closed at an unknown P&L
                if (booked == null) booked = bookedByExitOrder(now); // read once, for every market that needs it
                ps = bookLostExitFills(ps, ourSells.get(k), localHundredths - venueHundredths, booked, now, notes);
                localHundredths = 0;
                for (Position p : ps) localHundredths += p.currentQuantity().hundredths();
            }
            if (localHundredths == venueHundredths) {
                kept += ps.size();
                continue;
            }
            if (venueHundredths == 0 && !ps.isEmpty()) {
                String ticker = ps.get(0).marketTicker();
                Optional<MarketOutcome> outcome = outcomeOf(ticker);
                if (outcome.isPresent()) { // paid out at the venue while we were away: the session settles it at that outcome
                    kept += ps.size();
                    notes.add("kept " + ps.size() + " position(s) in " + ticker + " the venue no longer holds: the market resolved ("
                            + outcome.get().kind() + "); settled by the session's first discovery");
                    continue;
                }
            }
            for (Position p : ps) {
                book.update(p.afterExit(p.currentQuantity(), Dollars.ZERO, 0, now), now);
                closed++;
                notes.add("closed position " + p.id() + " (" + p.currentQuantity() + " " + p.side() + " " + p.marketTicker()
                        + "): the venue holds " + Contracts.ofHundredths(venueHundredths) + "; realized P&L unknown, recorded as 0");
            }
            if (h != null) {
                book.open(adopt(h, ours, now), now);
                adopted++;
                notes.add("adopted " + h.count() + " " + h.side() + " " + h.marketTicker() + " from the venue (cost " + h.cost() + ")");
            }
        }
        Report r = new Report(ours.size(), recovered, canceled, foreign, adopted, closed, kept, notes, venueFills);
        log.info("start-up reconciliation ({}): {}", environment.wireName(), r.summary());
        for (String n : notes) log.info("reconciliation: {}", n);
        return r;
    }

    /**
     * Books up to {@code unbooked} hundredths of our recovered sell fills (newest first) against the positions, oldest
     * position first, as exits with their realized P&L after the fills' fees (pro rata when a fill is split). Returns the
     * positions still open.
     */
    /**
     * Where the exits are journaled: an exit fill a crash kept from being booked then also gets its
     * {@code position_exits} row, with the condition its order's client id names ({@link ExitExecutor#conditionOf}),
     * like an exit booked while running. Without it such fills are booked against their position only.
     */
    public StartupReconciliation useExitJournal(ExitJournal exits) {
        this.exitJournal = Objects.requireNonNull(exits, "exits");
        return this;
    }

    /**
     * Books what our exit orders sold at the venue beyond what their exit rows booked (a crash between the venue's fill
     * and the executor's booking). Per exit order (its id names the condition, {@link ExitExecutor#conditionOf}): the
     * venue's filled quantity less the quantity of the exit rows of that order ({@link ExitExecutor#exitIdPrefix}); the
     * newest fills of the order are booked first, each with its exit row, up to {@code unbooked}. Fills already booked
     * are never booked again (a stop's sale booked before a normal stop, the market then settled while the daemon was
     * down), and without the exit journal — or for orders of earlier releases, whose ids name no condition — nothing is
     * booked here.
     */
    /** Per exit order ({@link ExitExecutor#exitIdPrefix}): the hundredths its exit rows booked; empty without the exit journal. */
    private Map<String, Long> bookedByExitOrder(Instant now) {
        Map<String, Long> booked = new HashMap<>();
        ExitJournal journal = exitJournal;
        if (journal == null) return booked;
        for (PositionExit e : journal.exitsSince(now.minus(fillLookback))) {
            int cut = e.exitId().indexOf('/');
            if (cut > 0) booked.merge(e.exitId().substring(0, cut + 1), e.quantity().hundredths(), Long::sum);
        }
        return booked;
    }

    private List<Position> bookLostExitFills(List<Position> ps, List<Fill> sells, long unbooked, Map<String, Long> booked, Instant now,
                                             List<String> notes) {
        ExitJournal journal = exitJournal;
        List<Position> open = new ArrayList<>(ps);
        if (journal == null) return open;
        open.sort(java.util.Comparator.comparing(Position::openedAt).thenComparing(Position::id));
        Map<String, Long> lost = new HashMap<>(); // per exit order: hundredths sold at the venue and not booked
        for (Fill f : sells) {
            if (ExitExecutor.conditionOf(f.clientOrderId()).isPresent()) lost.merge(ExitExecutor.exitIdPrefix(f.clientOrderId()), f.count().hundredths(), Long::sum);
        }
        lost.replaceAll((order, sold) -> Math.max(0, sold - booked.getOrDefault(order, 0L)));
        long left = unbooked;
        for (int i = sells.size() - 1; i >= 0 && left > 0; i--) {
            Fill f = sells.get(i);
            Optional<ExitConditionKind> condition = ExitExecutor.conditionOf(f.clientOrderId());
            if (condition.isEmpty()) continue;
            String order = ExitExecutor.exitIdPrefix(f.clientOrderId());
            long fromFill = Math.min(Math.min(f.count().hundredths(), left), lost.getOrDefault(order, 0L));
            if (fromFill <= 0) continue;
            long fillLeft = fromFill;
            int stages = condition.get() == ExitConditionKind.PARTIAL_EXIT_TARGET ? ExitExecutor.partialStagesOf(f.clientOrderId()) : 0;
            for (int j = 0; j < open.size() && fillLeft > 0; j++) {
                Position p = open.get(j);
                long q = Math.min(fillLeft, p.currentQuantity().hundredths());
                if (q <= 0) continue;
                Contracts sold = Contracts.ofHundredths(q);
                Dollars proceeds = Dollars.ofUnits(Math.multiplyExact(q, f.price().micros())); // hundredths × micros = units
                Dollars fees = Dollars.ofUnits(Math.floorDiv(Math.multiplyExact(f.fee().units(), q), f.count().hundredths()));
                Dollars pnl = p.realizedPnlOf(sold, proceeds, fees);
                Position next = p.afterExit(sold, pnl, stages, now);
                book.update(next, now); // the position first: a crash before the exit row books it at no second start
                journal.recordExit(new PositionExit(order + "rc-" + f.fillId() + "-" + p.id(), p.id(), p.marketTicker(), condition.get(),
                        condition.get().priority(), sold, f.price(), fees, pnl, next.currentQuantity(), List.of(), environment, now));
                notes.add("booked " + sold + " " + p.side() + " of position " + p.id() + " sold by exit fill " + f.fillId() + " at " + f.price()
                        + " (" + condition.get().wireName() + ", not booked before the restart)");
                open.set(j, next);
                fillLeft -= q;
            }
            long taken = fromFill - fillLeft;
            left -= taken;
            lost.merge(order, -taken, Long::sum);
        }
        open.removeIf(p -> !p.isOpen());
        return open;
    }

    private Position adopt(Portfolio.Holding h, List<OrderRecord> ours, Instant now) {
        // average price per contract, rounded up to the micro-dollar (cost is what was paid, fees separate)
        long priceMicros = Math.ceilDiv(Math.multiplyExact(h.cost().units(), 100L), Math.multiplyExact(h.count().hundredths(), 100L));
        long valid = Math.max(1, Math.min(priceMicros, Price.ONE_DOLLAR_MICROS - 1));
        if (valid != priceMicros) {
            // a cost no holding of that size can have (a venue reporting what was ever traded, not what is held): the
            // position is adopted at the nearest valid price, and the operator is told its P&L rests on a guessed basis
            log.warn("reconciliation: the venue reports cost {} for {} {} {}, not a price in (0, 1) per contract: adopted at {}; its P&L is not"
                    + " trustworthy — check the position (precog positions show) and close it by hand if needed", h.cost(), h.count(), h.side(),
                    h.marketTicker(), Price.ofMicros(valid));
        }
        priceMicros = valid;
        String strategy = "";
        String model = "";
        for (OrderRecord o : ours) {
            if (o.request().marketTicker().equals(h.marketTicker())
                    && o.request().side() == h.side() && o.request().action() == OrderAction.BUY) {
                strategy = o.attribution().strategy().toString();
                model = o.attribution().modelVersion();
            }
        }
        String event = h.marketTicker().contains("-") ? h.marketTicker().substring(0, h.marketTicker().lastIndexOf('-')) : h.marketTicker();
        return Position.open("rc-" + h.marketTicker() + "-" + h.side().name().toLowerCase(java.util.Locale.ROOT) + "-" + now.toEpochMilli(),
                h.marketTicker(), event, h.side(), ConfidenceLevel.MEDIUM, environment, strategy, model, Price.ofMicros(priceMicros),
                h.feesPaid().isNegative() ? Dollars.ZERO : h.feesPaid(), h.count(), trailing, now);
    }

    private Optional<MarketOutcome> outcomeOf(String ticker) {
        try {
            return results.outcome(ticker);
        } catch (RuntimeException e) {
            log.warn("reconciliation: could not read the result of {}: {}", ticker, e.getMessage());
            return Optional.empty();
        }
    }

    private static String key(String ticker, Side side) {
        return ticker + "|" + side;
    }
}
