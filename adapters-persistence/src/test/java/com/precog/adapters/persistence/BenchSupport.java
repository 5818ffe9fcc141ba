package com.precog.adapters.persistence;

import com.precog.domain.market.MarketStatus;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.jooq.DSLContext;

/** Test-only access to package-private adapter internals for the benchmarks in {@code ..bench}. */
public final class BenchSupport {
    private BenchSupport() {}

    /** {@code rounds} successive, each material, observations of {@code markets} markets: rounds × markets rows. */
    public static List<List<Object>> snapshotRounds(int markets, int rounds, Instant t0) {
        List<List<Object>> out = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            List<Object> round = new ArrayList<>(markets);
            for (int m = 0; m < markets; m++) {
                long bid = 100_000 + ((m * 7919L + r * 20_000L) % 700_000);   // 0.10..0.80, moves ≥ 0.02 per round
                round.add(new MarketSnapshotRow(ticker(m), MarketStatus.OPEN, Price.ofMicros(bid), Price.ofMicros(bid + 10_000),
                        Price.ofMicros(1_000_000 - bid - 10_000), Price.ofMicros(1_000_000 - bid), Price.ofMicros(bid + 5_000),
                        Contracts.of(1_000 + r * 25L), Contracts.of(500 + r * 10L), Contracts.of(300), Dollars.of("2500.5"),
                        t0.plusSeconds(r * 15L)));
            }
            out.add(round);
        }
        return out;
    }

    public static String ticker(int m) {
        return "KXNFLGAME-BENCH-" + m;
    }

    /** A fresh SCD2 writer; returns a function writing one batch and returning the rows inserted. */
    @SuppressWarnings("unchecked")
    public static ToIntFunction<List<Object>> snapshotWriter(DSLContext dsl) {
        MarketSnapshotWriter w = new MarketSnapshotWriter(dsl);
        return batch -> w.write((List<MarketSnapshotRow>) (List<?>) batch);
    }

    /** The same rows as {@link #snapshotRounds}, as the final history (CSV for COPY): all closed but the last per ticker. */
    public static String snapshotHistoryCsv(List<List<Object>> rounds) {
        StringBuilder sb = new StringBuilder(rounds.size() * rounds.get(0).size() * 160);
        for (int r = 0; r < rounds.size(); r++) {
            for (Object o : rounds.get(r)) {
                MarketSnapshotRow s = (MarketSnapshotRow) o;
                boolean last = r == rounds.size() - 1;
                String end = last ? "" : ((MarketSnapshotRow) rounds.get(r + 1).get(0)).observedAt().toString();
                sb.append(s.ticker()).append(",open,").append(s.yesBid().toBigDecimal()).append(',').append(s.yesAsk().toBigDecimal())
                        .append(',').append(s.noBid().toBigDecimal()).append(',').append(s.noAsk().toBigDecimal())
                        .append(',').append(s.lastPrice().toBigDecimal()).append(',').append(s.volume().toBigDecimal())
                        .append(',').append(s.volume24h().toBigDecimal()).append(',').append(s.openInterest().toBigDecimal())
                        .append(',').append(s.liquidity().toBigDecimal()).append(',').append(s.observedAt())
                        .append(',').append(last ? "t" : "f").append(',').append(s.observedAt()).append(',').append(end).append('\n');
            }
        }
        return sb.toString();
    }

    /** Column list matching {@link #snapshotHistoryCsv}. */
    public static final String SNAPSHOT_COLUMNS = "ticker, status, yes_bid, yes_ask, no_bid, no_ask, last_price, volume, volume_24h, "
            + "open_interest, liquidity, observed_at, row_current_ind, row_start_ts, row_end_ts";
}
