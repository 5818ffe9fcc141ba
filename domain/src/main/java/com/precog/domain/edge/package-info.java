/**
 * Fee-exact edges on executable prices (SPEC §4): the edge of buying one contract of a side is
 * {@code q − price − fee(price)} dollars, where {@code q} is that side's win probability and the
 * fee is rounded up to $0.0001. {@link com.precog.domain.edge.Edge} is the immutable value;
 * {@link com.precog.domain.edge.EdgeMath} and {@link com.precog.domain.edge.EdgeDetector} are the
 * allocation-free forms on scaled {@code long}s (probabilities in millionths, prices in
 * micro-dollars, edges and fees in 10<sup>-8</sup> $ units), filling a caller-owned, single-threaded
 * {@link com.precog.domain.edge.MarketEdges}. Thresholds and confidence gates decide what an
 * edge recommends.
 */
package com.precog.domain.edge;
