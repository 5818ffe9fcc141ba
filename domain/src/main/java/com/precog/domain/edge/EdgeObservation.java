package com.precog.domain.edge;

import com.precog.domain.market.BookTop;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ExecutionEnvironment;
import java.time.Instant;
import java.util.Objects;

/**
 * One recorded edge with every input needed to explain it later (SPEC §4): the book it was
 * computed on, the model version, P(YES), its 95% interval, the confidence, and the edge
 * itself (price, fee, value). Only edges above {@code ignore} are recorded. Immutable and thread-safe.
 *
 * @param observedAt      clock time of the computation
 * @param environment     where it was computed
 * @param marketTicker    the market
 * @param edge            side, liquidity, executable price, fee and value
 * @param yesProbability  the model's P(YES)
 * @param ciLow           lower bound of the 95% interval of P(YES)
 * @param ciHigh          upper bound of the 95% interval of P(YES)
 * @param confidence      the model's confidence
 * @param modelVersion    the model version that produced the probability
 * @param book            the top of the book used
 * @param action          recommended action
 */
public record EdgeObservation(Instant observedAt, ExecutionEnvironment environment, String marketTicker, Edge edge,
                              Probability yesProbability, Probability ciLow, Probability ciHigh, Probability confidence,
                              String modelVersion, BookTop book, EdgeAction action) {
    /**
     * Validates the observation.
     *
     * @throws IllegalArgumentException if the ticker or model version is blank, {@code ciLow > ciHigh},
     *         or the edge's win probability does not match {@code yesProbability} for its side
     * @throws NullPointerException if another component is null
     */
    public EdgeObservation {
        Objects.requireNonNull(observedAt, "observedAt");
        Objects.requireNonNull(environment, "environment");
        if (marketTicker == null || marketTicker.isBlank()) throw new IllegalArgumentException("marketTicker must not be blank");
        Objects.requireNonNull(edge, "edge");
        Objects.requireNonNull(yesProbability, "yesProbability");
        Objects.requireNonNull(ciLow, "ciLow");
        Objects.requireNonNull(ciHigh, "ciHigh");
        Objects.requireNonNull(confidence, "confidence");
        if (ciLow.compareTo(ciHigh) > 0) throw new IllegalArgumentException("ciLow " + ciLow + " must not exceed ciHigh " + ciHigh);
        if (modelVersion == null || modelVersion.isBlank()) throw new IllegalArgumentException("modelVersion must not be blank");
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(action, "action");
        if (!edge.side().probabilityFromYes(yesProbability).equals(edge.winProbability())) {
            throw new IllegalArgumentException("edge win probability " + edge.winProbability() + " does not match P(YES) " + yesProbability + " for " + edge.side());
        }
    }
}
