package com.precog.domain.backtest;

import com.precog.domain.edge.EdgeMath;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.sizing.ExposureView;
import com.precog.domain.sizing.MarketConditions;
import com.precog.domain.sizing.SizingDecision;
import com.precog.domain.sizing.SizingRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The deterministic core of a backtest: replays {@link BacktestEvent}s in order, enters at most
 * once per market when the fee-aware edge of the better side (against the executable ask) clears
 * the minimum and confidence allows, sizes with fractional Kelly under every SPEC §5 limit,
 * fills at the ask with the taker fee (never better than the quote, never more than its depth),
 * and settles at the outcome ($1 per winning contract, the settlement value of a market resolved to one — a tied
 * NFL game pays $0.50 a side —; a voided market returns the contracts at their entry price, the fee stays paid).
 *
 * <p>Same events and settings → same trades and P&amp;L, bit for bit. State lives in primitive
 * arrays indexed by market; the per-event path allocates nothing unless an entry is made.
 * Not thread-safe: one engine per replay.
 */
public final class BacktestEngine {
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 86_400_000L;

    private final BacktestSettings settings;
    private long[] yesBid = new long[0];
    private long[] yesAsk = new long[0];
    private long[] depth = new long[0];
    private long[] prob = new long[0];
    private long[] conf = new long[0];
    private long[] forecastAt = new long[0];
    private byte[] held = new byte[0]; // 0 none, 1 YES, 2 NO
    private long[] heldHundredths = new long[0];
    private long[] costUnits = new long[0];
    private long[] entryAt = new long[0];
    private long[] entryPrice = new long[0];
    private long[] entryFee = new long[0];
    private long[] entryEdge = new long[0];
    private long[] entryProb = new long[0];
    private boolean[] done = new boolean[0];

    private long cashUnits;
    private long openCostUnits;
    private int openPositions;
    private long[] recentEntries = new long[64];
    private int recentCount;
    private final List<BacktestTrade> trades = new ArrayList<>();
    private long[] equity = new long[256];
    private long[] equityAt = new long[256];
    private int equityCount;
    private long events;
    private int rejected;

    /**
     * A fresh engine holding the starting bankroll in cash.
     *
     * @param settings what the replay trades with
     * @throws NullPointerException if {@code settings} is null
     */
    public BacktestEngine(BacktestSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.cashUnits = settings.startingBankroll().units();
        equity[0] = cashUnits;
        equityAt[0] = Long.MIN_VALUE;
        equityCount = 1;
    }

    /**
     * Replays every event of a stream on a fresh engine.
     *
     * @param settings what the replay trades with
     * @param stream the events in time order (iterated once)
     * @return the result; positions still open count at cost
     * @throws IllegalStateException if a market settles twice
     */
    public static BacktestResult replay(BacktestSettings settings, Iterable<? extends BacktestEvent> stream) {
        BacktestEngine e = new BacktestEngine(settings);
        for (BacktestEvent ev : stream) e.on(ev);
        return e.result();
    }

    /**
     * Processes one event: a quote or forecast may enter the market, a settlement closes it.
     *
     * @param event the next event in time order
     * @throws IllegalStateException if the market was already settled and settles again
     */
    public void on(BacktestEvent event) {
        events++;
        int m = event.market();
        ensure(m);
        switch (event) {
            case BacktestEvent.Quote q -> {
                yesBid[m] = q.yesBidMicros();
                yesAsk[m] = q.yesAskMicros();
                depth[m] = q.depthHundredths();
                tryEnter(m, q.timeMillis());
            }
            case BacktestEvent.Forecast f -> {
                prob[m] = f.yesProbabilityMillionths();
                conf[m] = f.confidenceMillionths();
                forecastAt[m] = 1;
                tryEnter(m, f.timeMillis());
            }
            case BacktestEvent.Settlement s -> settle(m, s);
        }
    }

    private void tryEnter(int m, long now) {
        if (done[m] || held[m] != 0 || forecastAt[m] == 0 || yesAsk[m] == 0) return;
        if (conf[m] < settings.minConfidenceMillionths()) return;
        long yesAskM = yesAsk[m];
        long noAskM = 1_000_000L - yesBid[m];
        long pYes = prob[m];
        long feeYes = settings.fees().takerFeePerContractUnits(yesAskM);
        long feeNo = settings.fees().takerFeePerContractUnits(noAskM);
        long edgeYes = EdgeMath.edgeUnits(pYes, yesAskM, feeYes);
        long edgeNo = EdgeMath.edgeUnits(1_000_000L - pYes, noAskM, feeNo);
        boolean yes = edgeYes >= edgeNo;
        long edge = yes ? edgeYes : edgeNo;
        if (edge < settings.minEdgePerContract().units() || edge <= 0) return;
        long price = yes ? yesAskM : noAskM;
        long fee = yes ? feeYes : feeNo;
        long q = yes ? pYes : 1_000_000L - pYes;
        long spread = yesAskM - yesBid[m];
        SizingRequest req = new SizingRequest(yes ? Side.YES : Side.NO, price, fee, q, settings.kellyFraction(),
                new MarketConditions(1_000_000, 10_000, spread, 3_600, conf[m], 0), settings.league(), depth[m], false);
        pruneRecent(now);
        long equityNow = cashUnits + openCostUnits;
        ExposureView view = new ExposureView(Dollars.ofUnits(equityNow), Dollars.ofUnits(openCostUnits), openPositions, 0, 0,
                Dollars.ZERO, 0, Dollars.ZERO, Dollars.ZERO, 0, Dollars.ofUnits(openCostUnits), countSince(now - HOUR), countSince(now - DAY));
        SizingDecision d = settings.sizer().size(req, view);
        if (!(d instanceof SizingDecision.Sized s)) {
            rejected++;
            return;
        }
        Contracts n = s.contracts();
        Price p = Price.ofMicros(price);
        long fillFee = settings.fees().takerFee(p, n).units();
        long cost = n.times(p).units() + fillFee;
        if (cost > cashUnits) {
            rejected++;
            return;
        }
        cashUnits -= cost;
        openCostUnits += cost;
        openPositions++;
        held[m] = (byte) (yes ? 1 : 2);
        heldHundredths[m] = n.hundredths();
        costUnits[m] = cost;
        entryAt[m] = now;
        entryPrice[m] = price;
        entryFee[m] = fillFee;
        entryEdge[m] = edge;
        entryProb[m] = q;
        remember(now);
    }

    private void settle(int m, BacktestEvent.Settlement s) {
        if (done[m]) throw new IllegalStateException("market " + m + " settled twice");
        done[m] = true;
        if (held[m] == 0) return;
        boolean yes = held[m] == 1;
        long payout;
        if (s.voided()) {
            // Kalshi returns a voided position "at original cost": the contracts' cost basis
            // (settlement's *_total_cost_dollars); the entry fee (its separate fee_cost) stays paid, as in Position.settle
            payout = Math.multiplyExact(heldHundredths[m], entryPrice[m]);
        } else {
            payout = Math.multiplyExact(heldHundredths[m], s.valueMicros(yes)); // hundredths × micro-dollars = 10⁻⁸ $ units
        }
        cashUnits += payout;
        openCostUnits -= costUnits[m];
        openPositions--;
        trades.add(new BacktestTrade(m, entryAt[m], s.timeMillis(), yes ? Side.YES : Side.NO, Price.ofMicros(entryPrice[m]),
                Contracts.ofHundredths(heldHundredths[m]), Dollars.ofUnits(entryFee[m]), Dollars.ofUnits(entryEdge[m]), entryProb[m],
                Dollars.ofUnits(payout), Dollars.ofUnits(payout - costUnits[m])));
        held[m] = 0;
        heldHundredths[m] = 0;
        costUnits[m] = 0;
        if (equityCount == equity.length) {
            equity = Arrays.copyOf(equity, equityCount * 2);
            equityAt = Arrays.copyOf(equityAt, equityCount * 2);
        }
        equity[equityCount] = cashUnits + openCostUnits;
        equityAt[equityCount] = s.timeMillis();
        equityCount++;
    }

    private void remember(long t) {
        if (recentCount == recentEntries.length) recentEntries = Arrays.copyOf(recentEntries, recentCount * 2);
        recentEntries[recentCount++] = t;
    }

    private void pruneRecent(long now) {
        int keep = 0;
        while (keep < recentCount && recentEntries[keep] <= now - DAY) keep++;
        if (keep > 0) {
            System.arraycopy(recentEntries, keep, recentEntries, 0, recentCount - keep);
            recentCount -= keep;
        }
    }

    private int countSince(long from) {
        int c = 0;
        for (int i = recentCount - 1; i >= 0 && recentEntries[i] > from; i--) c++;
        return c;
    }

    private void ensure(int m) {
        if (m < yesBid.length) return;
        int n = Math.max(m + 1, yesBid.length * 2);
        yesBid = Arrays.copyOf(yesBid, n);
        yesAsk = Arrays.copyOf(yesAsk, n);
        depth = Arrays.copyOf(depth, n);
        prob = Arrays.copyOf(prob, n);
        conf = Arrays.copyOf(conf, n);
        forecastAt = Arrays.copyOf(forecastAt, n);
        held = Arrays.copyOf(held, n);
        heldHundredths = Arrays.copyOf(heldHundredths, n);
        costUnits = Arrays.copyOf(costUnits, n);
        entryAt = Arrays.copyOf(entryAt, n);
        entryPrice = Arrays.copyOf(entryPrice, n);
        entryFee = Arrays.copyOf(entryFee, n);
        entryEdge = Arrays.copyOf(entryEdge, n);
        entryProb = Arrays.copyOf(entryProb, n);
        done = Arrays.copyOf(done, n);
    }

    /** {@return the cash now, exact} */
    public Dollars cash() {
        return Dollars.ofUnits(cashUnits);
    }

    /** {@return the number of events processed so far} */
    public long eventsProcessed() {
        return events;
    }

    /** {@return the result so far (open positions count at cost); a snapshot, later events do not change it} */
    public BacktestResult result() {
        return new BacktestResult(settings.startingBankroll(), Dollars.ofUnits(cashUnits + openCostUnits), trades,
                Arrays.copyOf(equity, equityCount), Arrays.copyOf(equityAt, equityCount), events, rejected);
    }
}
