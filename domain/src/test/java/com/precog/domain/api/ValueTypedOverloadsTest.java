package com.precog.domain.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.edge.EdgeMath;
import com.precog.domain.exit.ExitConditionKind;
import com.precog.domain.exit.ExitContext;
import com.precog.domain.exit.ExitDecision;
import com.precog.domain.exit.ExitResolver;
import com.precog.domain.market.BookTop;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.position.Position;
import com.precog.domain.position.TrailingStopConfig;
import com.precog.domain.sizing.ExposureView;
import com.precog.domain.sizing.KellyFraction;
import com.precog.domain.sizing.MarketConditions;
import com.precog.domain.sizing.PositionSizer;
import com.precog.domain.sizing.SizingRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the value-typed overloads an embedder uses give exactly what the scaled-long forms give.
 */
class ValueTypedOverloadsTest {
    private final FeeSchedule fees = FeeSchedule.standard();

    @Test
    void takerEdgeWithValuesIsTheFeeExactEdge() {
        // 0.88 − 0.81 − ceil_0.0001(0.07 × 0.81 × 0.19 = 0.010773) = 0.0592
        assertThat(EdgeMath.takerEdge(fees, Probability.parse("0.88"), Price.parse("0.81"))).isEqualTo(Dollars.parse("0.0592"));
        assertThat(EdgeMath.takerEdge(fees, Probability.parse("0.50"), Price.parse("0.60")).isNegative()).isTrue();
    }

    @Test
    void sizingRequestOfValuesEqualsTheScaledRecord() {
        Price ask = Price.parse("0.81");
        Dollars fee = fees.takerFee(ask, Contracts.of(1));
        SizingRequest byValue = SizingRequest.of(Side.YES, ask, fee, Probability.parse("0.88"), KellyFraction.DEFAULT,
                MarketConditions.calm(), "nfl", Contracts.parse("2897.50"), false);
        SizingRequest scaled = new SizingRequest(Side.YES, 810_000, 1_080_000, 880_000, KellyFraction.DEFAULT,
                MarketConditions.calm(), "nfl", 289_750, false);
        assertThat(byValue).isEqualTo(scaled);
        assertThat(byValue.price()).isEqualTo(ask);
        assertThat(byValue.allInCostUnits()).isEqualTo(82_080_000L);
        assertThat(PositionSizer.defaults().size(byValue, ExposureView.flat(Dollars.of(10_000))))
                .isEqualTo(PositionSizer.defaults().size(scaled, ExposureView.flat(Dollars.of(10_000))));
        assertThatThrownBy(() -> SizingRequest.of(Side.YES, ask, Dollars.parse("-0.01"), Probability.HALF, KellyFraction.DEFAULT,
                MarketConditions.calm(), "", Contracts.ZERO, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exitContextValueOverloadsMatchTheScaledOnes() {
        Instant opened = Instant.parse("2026-10-06T18:00:00Z");
        Instant now = opened.plusSeconds(3_600);
        Instant close = Instant.parse("2026-10-11T00:15:00Z");
        Price entry = Price.parse("0.81");
        Position p = Position.open("pos-1", "KXNFLGAME-26OCT08TBDAL-DAL", "KXNFLGAME-26OCT08TBDAL", Side.YES, ConfidenceLevel.HIGH,
                ExecutionEnvironment.PAPER, "s@v1", "m@v1", entry, fees.takerFee(entry, Contracts.of(61)), Contracts.of(61),
                TrailingStopConfig.balanced(), opened);
        BookTop later = new BookTop(660_000, 100_000, 330_000, 100_000);
        ExitResolver resolver = ExitResolver.defaults();

        ExitContext byValue = new ExitContext().load(p)
                .market(later, Side.YES, Contracts.of(200_000), now, close, false, fees)
                .probability(Probability.parse("0.80"));
        ExitContext scaled = new ExitContext().load(p)
                .market(later, Side.YES, 20_000_000, now.toEpochMilli(), close.toEpochMilli(), false, fees)
                .probability(800_000);

        assertThat(byValue.volume24hHundredths()).isEqualTo(20_000_000);
        assertThat(byValue.nowMillis()).isEqualTo(now.toEpochMilli());
        assertThat(byValue.closeMillis()).isEqualTo(close.toEpochMilli());
        assertThat(byValue.currentEdgeMicros()).isEqualTo(scaled.currentEdgeMicros());
        ExitDecision decision = resolver.resolve(byValue);
        assertThat(decision).isEqualTo(resolver.resolve(scaled));
        assertThat(decision).isInstanceOfSatisfying(ExitDecision.Exit.class,
                e -> assertThat(e.condition()).isEqualTo(ExitConditionKind.STOP_LOSS));
    }
}
