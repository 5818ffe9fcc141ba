package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.PREGAME_PRICES;

import com.precog.application.port.out.PregamePrices;
import com.precog.domain.game.GameId;
import com.precog.domain.money.Probability;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * {@link PregamePrices} on the append-only {@code pregame_prices} table, for one execution
 * environment; the primary key (environment, game) makes a second price of a game a no-op.
 */
final class JooqPregamePrices implements PregamePrices {
    private final DSLContext dsl;
    private final String environment;

    JooqPregamePrices(DSLContext dsl, com.precog.domain.order.ExecutionEnvironment environment) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.environment = Objects.requireNonNull(environment, "environment").wireName();
    }

    @Override
    public boolean record(PregamePrice p) {
        return dsl.insertInto(PREGAME_PRICES)
                .set(PREGAME_PRICES.EXECUTION_ENVIRONMENT, environment)
                .set(PREGAME_PRICES.GAME_ID, p.game().value())
                .set(PREGAME_PRICES.MARKET_TICKER, p.marketTicker())
                .set(PREGAME_PRICES.HOME_PROBABILITY, p.homeProbability().toBigDecimal())
                .set(PREGAME_PRICES.OBSERVED_AT, p.observedAt().atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public Optional<PregamePrice> find(GameId game) {
        return dsl.selectFrom(PREGAME_PRICES)
                .where(PREGAME_PRICES.EXECUTION_ENVIRONMENT.eq(environment), PREGAME_PRICES.GAME_ID.eq(game.value()))
                .fetchOptional(r -> new PregamePrice(GameId.of(r.getGameId()), r.getMarketTicker(), Probability.parse(r.getHomeProbability().toPlainString()),
                        r.getObservedAt().toInstant()));
    }
}
