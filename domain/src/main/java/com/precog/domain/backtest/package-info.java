/**
 * The deterministic backtest core: feed {@link com.precog.domain.backtest.BacktestEvent}s
 * (quotes, forecasts, settlements, in time order) to
 * {@link com.precog.domain.backtest.BacktestEngine#replay} with
 * {@link com.precog.domain.backtest.BacktestSettings} and get a
 * {@link com.precog.domain.backtest.BacktestResult}: the same events always give the same trades
 * and P&amp;L to the 10<sup>-8</sup> $. The engine is a single-threaded workspace; events, settings
 * and results are immutable.
 */
package com.precog.domain.backtest;
