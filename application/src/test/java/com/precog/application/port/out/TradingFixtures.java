package com.precog.application.port.out;

import com.precog.domain.edge.Edge;
import com.precog.domain.edge.EdgeAction;
import com.precog.domain.edge.EdgeObservation;
import com.precog.domain.market.BookTop;
import com.precog.domain.market.Market;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.market.TickLadder;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.strategy.Attribution;
import com.precog.domain.strategy.StrategyKey;
import java.time.Instant;

/** Small factories for trading test data (shared through the application test-jar). */
public final class TradingFixtures {
    private TradingFixtures() {}

    public static Market market(String ticker, String event, Instant close) {
        return new Market(ticker, event, "KXNFLGAME", "test " + ticker, "", MarketStatus.OPEN, close, TickLadder.cent(), FeeSchedule.standard(), false);
    }

    public static EdgeObservation edge(String ticker, Instant at, String yesProbability, String ask, ExecutionEnvironment env) {
        Edge e = Edge.taker(FeeSchedule.standard(), Side.YES, Probability.of(yesProbability), Price.of(ask));
        long askMicros = Price.of(ask).micros();
        return new EdgeObservation(at, env, ticker, e, Probability.of(yesProbability), Probability.of(yesProbability), Probability.of(yesProbability),
                Probability.of("0.80"), "elo@v1.0", new BookTop(askMicros - 20_000, 10_000, 1_000_000 - askMicros, 5_000), EdgeAction.ALERT);
    }

    public static OrderRecord order(String id, String ticker, ExecutionEnvironment env, Instant at) {
        OrderRequest r = OrderRequest.limit(ClientOrderId.of(id), ticker, Side.YES, OrderAction.BUY, Contracts.of(10), Price.of("0.60"));
        return new OrderRecord(r, new Attribution(StrategyKey.of("pregame", "v1.0"), "elo@v1.0", env), at, Dollars.of("0.08"), Probability.of("0.70"));
    }

    public static Fill fill(String fillId, String orderId, String ticker, Instant at) {
        return new Fill(fillId, ClientOrderId.of(orderId), "x-1", ticker, Side.YES, OrderAction.BUY, Price.of("0.60"), Contracts.of(4), Liquidity.TAKER,
                Dollars.of("0.0672"), at);
    }
}
