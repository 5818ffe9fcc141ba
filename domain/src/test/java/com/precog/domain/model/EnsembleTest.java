package com.precog.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class EnsembleTest {
    private final Ensemble noShrink = new Ensemble(new EnsembleWeights(EnsembleWeights.specDefaults().weights(), 0, 0.25));

    @Test
    void weightsAreNormalisedOverPresentMembers() {
        ModelEstimate e = noShrink.combine(Map.of("elo", ModelEstimate.point(0.60, 1), "regression", ModelEstimate.point(0.70, 1)));
        // (0.40·0.60 + 0.35·0.70)/0.75
        assertThat(e.probability()).isCloseTo((0.40 * 0.60 + 0.35 * 0.70) / 0.75, within(1e-15));
    }

    @Test
    void intervalIsMeanPlusMinus196SdOverSqrtN_andConfidenceFromAgreement() {
        ModelEstimate e = noShrink.combine(Map.of("elo", ModelEstimate.point(0.60, 1), "regression", ModelEstimate.point(0.70, 1)));
        double sd = Math.sqrt(((0.6 - 0.65) * (0.6 - 0.65) + (0.7 - 0.65) * (0.7 - 0.65)) / 1);
        double half = 1.959963984540054 * sd / Math.sqrt(2);
        assertThat(e.lower()).isCloseTo(e.probability() - half, within(1e-12));
        assertThat(e.upper()).isCloseTo(e.probability() + half, within(1e-12));
        assertThat(e.confidence()).isCloseTo(1 - sd / 0.25, within(1e-12));
    }

    @Test
    void shrinksTowardHalfByTheFactor() {
        Ensemble spec = new Ensemble(EnsembleWeights.specDefaults());
        ModelEstimate e = spec.combine(Map.of("elo", ModelEstimate.point(0.80, 0.9)));
        assertThat(e.probability()).isCloseTo(0.5 + 0.9 * 0.30, within(1e-15));
        assertThat(e.confidence()).isEqualTo(0.9); // single member keeps its own confidence
    }

    @Test
    void absentAndZeroWeightMembersDropOut_noneIsAnError() {
        Map<String, ModelEstimate> m = new LinkedHashMap<>();
        m.put("market", ModelEstimate.point(0.9, 1)); // not weighted by default
        m.put("elo", ModelEstimate.point(0.6, 1));
        assertThat(noShrink.combine(m).probability()).isCloseTo(0.6, within(1e-15));
        assertThatThrownBy(() -> noShrink.combine(Map.of("market", ModelEstimate.point(0.9, 1)))).hasMessageContaining("no member");
    }

    @Property
    void outputStaysInUnitIntervalAndBetweenMembers(@ForAll @DoubleRange(min = 0, max = 1) double a,
                                                    @ForAll @DoubleRange(min = 0, max = 1) double b,
                                                    @ForAll @DoubleRange(min = 0, max = 1) double c) {
        ModelEstimate e = noShrink.combine(Map.of("elo", ModelEstimate.point(a, 1), "regression", ModelEstimate.point(b, 1),
                "historical", ModelEstimate.point(c, 1)));
        assertThat(e.probability()).isBetween(Math.min(a, Math.min(b, c)) - 1e-12, Math.max(a, Math.max(b, c)) + 1e-12);
        assertThat(e.lower()).isGreaterThanOrEqualTo(0);
        assertThat(e.upper()).isLessThanOrEqualTo(1);
        assertThat(e.confidence()).isBetween(0.0, 1.0);
    }
}
