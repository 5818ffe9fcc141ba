package com.precog.application.port.out;

import com.precog.domain.money.Probability;
import java.time.Instant;
import java.util.Objects;

/**
 * The current model view of one market: P(YES), its 95% interval, the confidence, the model
 * version that produced it and when. Immutable.
 */
public record ProbabilityEstimate(Probability yesProbability, Probability ciLow, Probability ciHigh, Probability confidence, String modelVersion,
                                  Instant asOf) {
    public ProbabilityEstimate {
        Objects.requireNonNull(yesProbability, "yesProbability");
        Objects.requireNonNull(ciLow, "ciLow");
        Objects.requireNonNull(ciHigh, "ciHigh");
        Objects.requireNonNull(confidence, "confidence");
        if (ciLow.compareTo(yesProbability) > 0 || ciHigh.compareTo(yesProbability) < 0) {
            throw new IllegalArgumentException("interval [" + ciLow + ", " + ciHigh + "] must contain " + yesProbability);
        }
        if (modelVersion == null || modelVersion.isBlank()) throw new IllegalArgumentException("modelVersion must not be blank");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** A point estimate (zero-width interval). */
    public static ProbabilityEstimate point(Probability p, Probability confidence, String modelVersion, Instant asOf) {
        return new ProbabilityEstimate(p, p, p, confidence, modelVersion, asOf);
    }

    public long ciWidthMillionths() {
        return ciHigh.millionths() - ciLow.millionths();
    }
}
