package com.precog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.market.Side;
import com.precog.domain.money.Dollars;
import com.precog.domain.sizing.ExposureView;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link Exposures} must have; {@link #hold} arranges an open position worth {@code cost}. */
public abstract class ExposuresContract {
    /** A fresh implementation with {@code bankroll} and nothing open. */
    protected abstract Exposures newExposures(Dollars bankroll);

    protected abstract void hold(Exposures e, String ticker, String gameId, String league, Side side, long hundredths, Dollars cost);

    @Test
    void flatAccount_showsBankrollAndNothingOpen() {
        ExposureView v = newExposures(Dollars.of(10_000)).viewFor("KX-A", "G1", "NFL");
        assertThat(v.bankroll()).isEqualTo(Dollars.of(10_000));
        assertThat(v.totalExposure()).isEqualTo(Dollars.ZERO);
        assertThat(v.openPositions()).isZero();
        assertThat(v.heldYesHundredths() + v.heldNoHundredths()).isZero();
    }

    @Test
    void holdings_aggregateByMarketGameAndLeague() {
        Exposures e = newExposures(Dollars.of(10_000));
        hold(e, "KX-A", "G1", "NFL", Side.YES, 1_000, Dollars.of(60));
        hold(e, "KX-B", "G1", "NFL", Side.NO, 500, Dollars.of(20));
        hold(e, "KX-C", "G2", "NBA", Side.YES, 200, Dollars.of(10));
        ExposureView a = e.viewFor("KX-A", "G1", "NFL");
        assertThat(a.totalExposure()).isEqualTo(Dollars.of(90));
        assertThat(a.openPositions()).isEqualTo(3);
        assertThat(a.heldYesHundredths()).isEqualTo(1_000);
        assertThat(a.heldNoHundredths()).isZero();
        assertThat(a.marketExposure()).isEqualTo(Dollars.of(60));
        assertThat(a.gamePositions()).isEqualTo(2);
        assertThat(a.gameExposure()).isEqualTo(Dollars.of(80));
        assertThat(a.leagueExposure()).isEqualTo(Dollars.of(80));
        assertThat(a.tradesToday()).isEqualTo(3);
        ExposureView other = e.viewFor("KX-D", "G3", "MLB");
        assertThat(other.gamePositions()).isZero();
        assertThat(other.leagueExposure()).isEqualTo(Dollars.ZERO);
    }
}
