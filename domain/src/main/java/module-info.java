/**
 * Precog's trading domain as a library: exact money types, Kalshi market structure, fee-aware
 * edges, binary Kelly sizing under risk limits, probability models and their evaluation, and
 * the deterministic backtest core. Depends on nothing but {@code java.base}.
 */
module com.precog.domain {
    exports com.precog.domain.money;
    exports com.precog.domain.market;
    exports com.precog.domain.order;
    exports com.precog.domain.edge;
    exports com.precog.domain.sizing;
    exports com.precog.domain.strategy;
    exports com.precog.domain.model;
    exports com.precog.domain.model.ingame;
    exports com.precog.domain.evaluation;
    exports com.precog.domain.backtest;
    exports com.precog.domain.game;
}
