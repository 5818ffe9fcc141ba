package com.precog.runner.daemon;

import com.precog.application.port.out.OrderJournal;
import com.precog.application.port.out.Portfolio;
import com.precog.application.port.out.Settlements;
import com.precog.application.port.out.TradeRecord;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.order.Fill;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The paper account: there is no exchange account behind paper trading, so the recorded trades
 * (tagged paper) and the recorded settlements of the environment are the truth. Holdings per
 * market and side are bought minus sold minus settled contracts; cost is the bought cost of what is
 * still held (average cost); cash is the starting bankroll minus purchases and fees plus sale
 * proceeds plus settlement payouts, each change rounded down to the cent as the exchange books it (SPEC §2: a
 * purchase of $5.6733 with its fee takes $5.68, a sale bringing $5.832 after its fee gives $5.83). A settled market holds nothing, so a restart's reconciliation
 * does not adopt its position again.
 */
public final class JournalPortfolio implements Portfolio {
    private final OrderJournal journal;
    private final ExecutionEnvironment environment;
    private final Dollars startingCash;
    private final Settlements settlements;

    /**
     * @param journal      the order journal (its trades of {@code environment} are the account's)
     * @param environment  the environment whose trades count (paper)
     * @param startingCash the paper bankroll
     * @param settlements  the settlements recorded in {@code environment}
     */
    public JournalPortfolio(OrderJournal journal, ExecutionEnvironment environment, Dollars startingCash, Settlements settlements) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.startingCash = Objects.requireNonNull(startingCash, "startingCash");
        this.settlements = Objects.requireNonNull(settlements, "settlements");
    }

    private static final class Acc {
        long hundredths;
        long costUnits;
        long feeUnits;
        long realizedUnits;
    }

    @Override
    public Dollars cashBalance() {
        long cash = startingCash.units();
        for (TradeRecord t : ours()) cash = Math.addExact(cash, t.fill().cashDelta().floorToCent().units());
        for (Settlements.Settlement st : settlements.all()) cash = Math.addExact(cash, st.revenue().floorToCent().units());
        return Dollars.ofUnits(cash);
    }

    @Override
    public List<Holding> holdings() {
        Map<String, Acc> acc = new LinkedHashMap<>();
        Map<String, Side> sides = new LinkedHashMap<>();
        for (TradeRecord t : ours()) {
            Fill f = t.fill();
            String key = f.marketTicker() + "|" + f.side();
            sides.put(key, f.side());
            Acc a = acc.computeIfAbsent(key, k -> new Acc());
            long value = Math.multiplyExact(f.count().hundredths(), f.price().micros());
            a.feeUnits += f.fee().units();
            if (f.action() == OrderAction.BUY) {
                a.hundredths += f.count().hundredths();
                a.costUnits += value;
            } else {
                long sold = Math.min(f.count().hundredths(), a.hundredths);
                long costOut = a.hundredths == 0 ? 0 : Math.multiplyExact(a.costUnits, sold) / a.hundredths;
                a.realizedUnits += value - costOut;
                a.costUnits -= costOut;
                a.hundredths -= sold;
            }
        }
        for (Settlements.Settlement st : settlements.all()) { // a settlement closes what was held at the result
            Acc a = acc.get(st.marketTicker() + "|" + st.side());
            if (a == null || a.hundredths <= 0) continue;
            long settled = Math.min(st.quantity().hundredths(), a.hundredths);
            long costOut = Math.multiplyExact(a.costUnits, settled) / a.hundredths;
            a.realizedUnits += st.revenue().units() - costOut;
            a.costUnits -= costOut;
            a.hundredths -= settled;
        }
        List<Holding> out = new ArrayList<>();
        for (Map.Entry<String, Acc> e : acc.entrySet()) {
            Acc a = e.getValue();
            if (a.hundredths <= 0) continue;
            String ticker = e.getKey().substring(0, e.getKey().lastIndexOf('|'));
            out.add(new Holding(ticker, sides.get(e.getKey()), Contracts.ofHundredths(a.hundredths), Dollars.ofUnits(a.costUnits),
                    Dollars.ofUnits(a.realizedUnits), Dollars.ofUnits(a.feeUnits)));
        }
        return out;
    }

    private List<TradeRecord> ours() {
        List<TradeRecord> out = new ArrayList<>();
        for (TradeRecord t : journal.trades()) if (t.attribution().environment() == environment) out.add(t);
        return out;
    }
}
