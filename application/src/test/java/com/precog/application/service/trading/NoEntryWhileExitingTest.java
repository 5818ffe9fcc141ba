package com.precog.application.service.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.TradingHalts;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoEntryWhileExitingTest {
    private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");
    private final Map<String, Integer> exiting = new HashMap<>();
    private TradingHalts.EntryPermission breakerAnswer = TradingHalts.Allowed.INSTANCE;
    private final NoEntryWhileExiting halts = new NoEntryWhileExiting((t, now) -> breakerAnswer, t -> exiting.getOrDefault(t, 0));

    @Test
    void aMarketWithAnExitBeingWorked_isRefused_otherMarketsAreNot() {
        exiting.put("KXNFLGAME-A", 1);
        assertThat(halts.mayEnter("KXNFLGAME-A", NOW)).isInstanceOfSatisfying(TradingHalts.Halted.class, h -> {
            assertThat(h.breaker()).isEqualTo("exit_in_progress");
            assertThat(h.reason()).contains("KXNFLGAME-A");
        });
        assertThat(halts.mayEnter("KXNFLGAME-B", NOW).allowed()).isTrue();
        exiting.put("KXNFLGAME-A", 0);
        assertThat(halts.mayEnter("KXNFLGAME-A", NOW).allowed()).as("allowed again once the exit ended").isTrue();
    }

    @Test
    void aTrippedBreaker_isReportedAsItself() {
        breakerAnswer = new TradingHalts.Halted("daily_loss", "limit reached");
        exiting.put("KXNFLGAME-A", 2);
        assertThat(halts.mayEnter("KXNFLGAME-A", NOW)).isEqualTo(new TradingHalts.Halted("daily_loss", "limit reached"));
        assertThat(halts.mayEnter("KXNFLGAME-B", NOW).allowed()).isFalse();
    }
}
