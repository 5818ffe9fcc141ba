package com.precog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.Settlements.MarketResult;
import com.precog.application.port.out.Settlements.Settlement;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of every {@link Settlements}: exact amounts back, oldest first, one row per position. */
public abstract class SettlementsContract {
    protected static final Instant T0 = Instant.parse("2025-09-08T03:15:00Z");
    protected Settlements settlements;

    protected abstract Settlements newSettlements();

    @BeforeEach
    void setUpSettlements() {
        settlements = newSettlements();
    }

    protected static Settlement won(String position, String qty) {
        Contracts q = Contracts.of(qty);
        Dollars one = Dollars.of(1);
        return new Settlement(position, "KXNFLGAME-25SEP07DETGB-GB", MarketResult.YES, Side.YES, q, one, one.times(q), Dollars.ZERO,
                Dollars.of("38.26000001"), T0);
    }

    @Test
    void settlementsComeBackExactAndInOrder() {
        Settlement a = won("p-1", "100");
        Contracts q = Contracts.of("12.57");
        Settlement b = new Settlement("p-2", "KXNFLGAME-25SEP07DETGB-DET", MarketResult.NO, Side.YES, q, Dollars.ZERO, Dollars.ZERO,
                Dollars.ZERO, Dollars.of("-7.41530000"), T0.plusSeconds(1));
        assertThat(settlements.record(a)).isTrue();
        assertThat(settlements.record(b)).isTrue();
        assertThat(settlements.all()).containsExactly(a, b);
    }

    @Test
    void aTiedGamesSettlementAtHalfADollar_comesBackAsScalar() {
        Contracts q = Contracts.of("12.57");
        Dollars half = Dollars.of("0.50");
        Settlement tie = new Settlement("p-3", "KXNFLGAME-25SEP07DETGB-GB", MarketResult.SCALAR, Side.NO, q, half, half.times(q), Dollars.ZERO,
                Dollars.of("-1.25700000"), T0);
        assertThat(settlements.record(tie)).isTrue();
        assertThat(settlements.all()).containsExactly(tie);
        assertThat(settlements.all().get(0).revenue()).isEqualTo(Dollars.of("6.285"));
    }

    @Test
    void theSamePositionIsSettledOnce() {
        Settlement a = won("p-1", "100");
        assertThat(settlements.record(a)).isTrue();
        assertThat(settlements.record(won("p-1", "100"))).isFalse();
        assertThat(settlements.all()).containsExactly(a);
    }

    @Test
    void revenueMustBeQuantityTimesPrice() {
        assertThatThrownBy(() -> new Settlement("p", "T", MarketResult.YES, Side.YES, Contracts.of(10), Dollars.of(1),
                Dollars.of("9.99"), Dollars.ZERO, Dollars.ZERO, T0)).hasMessageContaining("is not quantity × price = 10");
        assertThatThrownBy(() -> new Settlement("p", "T", MarketResult.YES, Side.YES, Contracts.ZERO, Dollars.of(1),
                Dollars.ZERO, Dollars.ZERO, Dollars.ZERO, T0)).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> new Settlement("p", "T", MarketResult.YES, Side.YES, Contracts.of(1), Dollars.of(2),
                Dollars.of(2), Dollars.ZERO, Dollars.ZERO, T0)).hasMessageContaining("within $0 and $1");
    }
}
