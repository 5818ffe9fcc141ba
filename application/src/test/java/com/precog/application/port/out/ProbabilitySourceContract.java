package com.precog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.money.Probability;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link ProbabilitySource} must have; {@link #given} arranges what the model produced. */
public abstract class ProbabilitySourceContract {
    protected abstract ProbabilitySource newSource();

    /** Makes {@code source} know {@code estimate} as the newest for {@code ticker}. */
    protected abstract void given(ProbabilitySource source, String ticker, ProbabilityEstimate estimate);

    @Test
    void unknownMarket_isEmpty_latestEstimateWins() {
        ProbabilitySource s = newSource();
        assertThat(s.estimate("KX-NONE")).isEmpty();
        Instant t = Instant.parse("2026-09-07T12:00:00Z");
        ProbabilityEstimate first = new ProbabilityEstimate(Probability.of("0.6"), Probability.of("0.55"), Probability.of("0.65"), Probability.of("0.8"), "elo@v1.0", t);
        ProbabilityEstimate second = ProbabilityEstimate.point(Probability.of("0.62"), Probability.of("0.8"), "elo@v1.0", t.plusSeconds(15));
        given(s, "KX-A", first);
        assertThat(s.estimate("KX-A")).contains(first);
        given(s, "KX-A", second);
        assertThat(s.estimate("KX-A")).contains(second);
        assertThat(s.estimate("KX-A").orElseThrow().ciWidthMillionths()).isZero();
    }
}
