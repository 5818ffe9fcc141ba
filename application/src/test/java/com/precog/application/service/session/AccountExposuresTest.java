package com.precog.application.service.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.InMemoryPositions;
import com.precog.application.port.out.InMemoryTradableMarkets;
import com.precog.application.port.out.TradableMarket;
import com.precog.application.service.positions.PositionBook;
import com.precog.domain.market.Market;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.market.Side;
import com.precog.domain.market.TickLadder;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Price;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.position.Position;
import com.precog.domain.position.TrailingStopConfig;
import com.precog.domain.sizing.ExposureView;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exposure seen by a candidate entry: open positions and the entry orders still resting. */
class AccountExposuresTest {
    static final Instant T0 = Instant.parse("2026-12-06T18:00:00Z");
    final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    final InMemoryTradableMarkets markets = new InMemoryTradableMarkets();
    final PositionBook book = new PositionBook(new InMemoryPositions(), 10_000);
    final List<AccountExposures.RestingEntry> resting = new ArrayList<>();
    final AccountExposures exposures = new AccountExposures(book, markets, () -> Dollars.of(10_000), () -> List.copyOf(resting), clock, ZoneOffset.UTC);

    void market(String ticker, String game) {
        Market m = new Market(ticker, game, "KXNFLGAME", "test", "", MarketStatus.OPEN, T0.plusSeconds(86_400), TickLadder.cent(),
                FeeSchedule.standard(), false);
        markets.put(new TradableMarket(m, "NFL", game, 5_000, 1_000_000, 1_000_000));
    }

    /**
     * SPEC §5: ≤ 10 open positions and ≤ 3 per game, with resting entries counted. Each resting entry in a market without
     * a position becomes a position when it fills: before, it added its cost but not its count, so entries resting in
     * three markets of one game left the game "empty" and a fourth (and an eleventh account-wide) entry was let through.
     */
    @Test
    void aRestingEntryInAMarketWithoutAPositionCountsAsAnOpenPositionOfItsGame() {
        for (int i = 1; i <= 4; i++) market("KXNFLGAME-G1-M" + i, "G1");
        resting.add(new AccountExposures.RestingEntry("KXNFLGAME-G1-M1", Side.YES, 1_000, 400_000));
        resting.add(new AccountExposures.RestingEntry("KXNFLGAME-G1-M2", Side.NO, 1_000, 400_000));
        resting.add(new AccountExposures.RestingEntry("KXNFLGAME-G1-M3", Side.YES, 1_000, 400_000));

        ExposureView v = exposures.viewFor("KXNFLGAME-G1-M4", "G1", "NFL");

        assertThat(v.openPositions()).isEqualTo(3);
        assertThat(v.gamePositions()).isEqualTo(3);
        assertThat(v.gameExposure()).isEqualTo(Dollars.of(12));
    }

    @Test
    void twoRestingEntriesOfOneMarketAreOnePosition() {
        market("KXNFLGAME-G1-M1", "G1");
        market("KXNFLGAME-G2-M1", "G2");
        resting.add(new AccountExposures.RestingEntry("KXNFLGAME-G1-M1", Side.YES, 1_000, 400_000));
        resting.add(new AccountExposures.RestingEntry("KXNFLGAME-G1-M1", Side.YES, 500, 410_000));

        ExposureView v = exposures.viewFor("KXNFLGAME-G2-M1", "G2", "NFL");

        assertThat(v.openPositions()).isEqualTo(1);
        assertThat(v.gamePositions()).isZero();
    }

    /**
     * Every entry fill opens its own position record (id = fill id), so an entry that took three price levels is three records
     * in one market. The count limits are about holdings: one market held (one side only, SPEC §5) is one open position.
     * Before, the three records counted three, and one entry swept across levels used up the game's three-position limit.
     */
    @Test
    void severalFillsOfOneMarketAreOneOpenPosition() {
        market("KXNFLGAME-G1-M1", "G1");
        market("KXNFLGAME-G1-M2", "G1");
        for (int i = 1; i <= 3; i++) {
            book.open(Position.open("fill-" + i, "KXNFLGAME-G1-M1", "G1", Side.YES, ConfidenceLevel.HIGH, ExecutionEnvironment.PAPER, "pre_game_entry@1.0",
                    "fair@1.0", Price.of("0.4" + i), Dollars.of("0.17"), Contracts.of(10), TrailingStopConfig.balanced(), T0), T0);
        }

        ExposureView v = exposures.viewFor("KXNFLGAME-G1-M2", "G1", "NFL");

        assertThat(v.openPositions()).isEqualTo(1);
        assertThat(v.gamePositions()).isEqualTo(1);
    }
}
