/**
 * Precog's trading domain as a library: exact money types, Kalshi market structure, fee-aware
 * edges, binary Kelly sizing under risk limits, the ten exit conditions, probability models and
 * their evaluation, and the deterministic backtest core. Depends on nothing but {@code java.base}.
 *
 * <p>Exported (the embedder's API, listed in {@code domain/api/precog-domain.api}):
 * {@link com.precog.domain.money money}, {@link com.precog.domain.market market},
 * {@link com.precog.domain.order order}, {@link com.precog.domain.edge edge},
 * {@link com.precog.domain.sizing sizing}, {@link com.precog.domain.position position},
 * {@link com.precog.domain.exit exit}, {@link com.precog.domain.model model},
 * {@link com.precog.domain.model.ingame model.ingame},
 * {@link com.precog.domain.evaluation evaluation} and {@link com.precog.domain.backtest backtest}.
 *
 * <p>Not exported: the daemon's own machinery, which may change without notice —
 * {@code game} (ESPN game feeds, team codes, game linking), {@code strategy} (strategy
 * configuration and versioning), {@code execution} (exit order pricing and walking) and
 * {@code risk} (circuit-breaker bookkeeping). Precog's other modules use them from the class
 * path; a program on the module path cannot.
 *
 * <p>Units throughout: prices in micro-dollars ({@code Price.micros()}, 1 $ = 1,000,000),
 * counts in hundredths of a contract ({@code Contracts.hundredths()}), money in 10<sup>-8</sup> $
 * ({@code Dollars.units()}) and probabilities in millionths ({@code Probability.millionths()}).
 * Value types are immutable and thread-safe; the few mutable workspaces say so in their Javadoc.
 */
module com.precog.domain {
    exports com.precog.domain.money;
    exports com.precog.domain.market;
    exports com.precog.domain.order;
    exports com.precog.domain.edge;
    exports com.precog.domain.sizing;
    exports com.precog.domain.position;
    exports com.precog.domain.exit;
    exports com.precog.domain.model;
    exports com.precog.domain.model.ingame;
    exports com.precog.domain.evaluation;
    exports com.precog.domain.backtest;
}
