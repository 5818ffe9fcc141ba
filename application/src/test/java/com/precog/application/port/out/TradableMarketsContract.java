package com.precog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.strategy.EntryContext;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link TradableMarkets} must have; the hooks arrange markets and situations. */
public abstract class TradableMarketsContract {
    protected static final Instant T0 = Instant.parse("2026-09-07T12:00:00Z");

    protected abstract TradableMarkets newMarkets();

    protected abstract void given(TradableMarkets markets, TradableMarket market);

    protected abstract void givenSituation(TradableMarkets markets, String gameId, EntryContext ctx);

    @Test
    void findsByTickerAndGame_andKnowsSituations() {
        TradableMarkets ms = newMarkets();
        TradableMarket a = new TradableMarket(TradingFixtures.market("KX-G1-A", "KX-G1", T0.plusSeconds(86_400)), "nfl", "G1", 1000, 1_000_000, 0);
        TradableMarket b = new TradableMarket(TradingFixtures.market("KX-G1-B", "KX-G1", T0.plusSeconds(86_400)), "NFL", "G1", 1000, 1_000_000, 0);
        TradableMarket c = new TradableMarket(TradingFixtures.market("KX-G2-A", "KX-G2", T0.plusSeconds(86_400)), "NFL", "G2", 1000, 1_000_000, 0);
        given(ms, a);
        given(ms, b);
        given(ms, c);
        assertThat(ms.find("KX-G1-A")).contains(a);
        assertThat(ms.find("KX-G1-A").orElseThrow().league()).isEqualTo("NFL");
        assertThat(ms.find("nope")).isEmpty();
        assertThat(ms.ofGame("G1")).containsExactlyInAnyOrder(a, b);
        assertThat(ms.all()).hasSize(3);
        assertThat(ms.situation("G1", T0)).isEmpty();
        EntryContext ctx = EntryContext.pregame("NFL", 7200);
        givenSituation(ms, "G1", ctx);
        assertThat(ms.situation("G1", T0)).contains(ctx);
    }
}
