package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.EVENTS;
import static com.precog.adapters.persistence.jooq.Tables.GAMES;
import static com.precog.adapters.persistence.jooq.Tables.MARKETS;
import static com.precog.adapters.persistence.jooq.Tables.ORDERS;
import static com.precog.adapters.persistence.jooq.Tables.PLATFORMS;
import static com.precog.adapters.persistence.jooq.Tables.PROBABILITY_MODELS;
import static com.precog.adapters.persistence.jooq.Tables.SERIES;
import static com.precog.adapters.persistence.jooq.Tables.STRATEGIES;
import static com.precog.adapters.persistence.jooq.Tables.TEAMS;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/** Rows the foreign keys of the trading tables need, inserted through jOOQ. */
public final class DbFixtures {
    public static final OffsetDateTime T0 = OffsetDateTime.of(2026, 9, 13, 17, 0, 0, 0, ZoneOffset.UTC);

    private DbFixtures() {}

    /** Inserts platform, series, event and market {@code ticker} if absent. */
    public static void market(DSLContext dsl, String ticker) {
        dsl.insertInto(PLATFORMS).set(PLATFORMS.PLATFORM_ID, "kalshi").set(PLATFORMS.NAME, "Kalshi").onConflictDoNothing().execute();
        dsl.insertInto(SERIES).set(SERIES.SERIES_TICKER, "KXNFLGAME").set(SERIES.PLATFORM_ID, "kalshi")
                .set(SERIES.TITLE, "NFL game").set(SERIES.LEAGUE, "NFL").onConflictDoNothing().execute();
        String event = "EV-" + ticker;
        dsl.insertInto(EVENTS).set(EVENTS.EVENT_TICKER, event).set(EVENTS.SERIES_TICKER, "KXNFLGAME").set(EVENTS.TITLE, event)
                .onConflictDoNothing().execute();
        dsl.insertInto(MARKETS).set(MARKETS.TICKER, ticker).set(MARKETS.EVENT_TICKER, event).set(MARKETS.TITLE, ticker)
                .onConflictDoNothing().execute();
    }

    /** Inserts two teams and game {@code gameId} if absent. */
    public static void game(DSLContext dsl, String gameId) {
        long home = team(dsl, "NFL", gameId + "-H");
        long away = team(dsl, "NFL", gameId + "-A");
        dsl.insertInto(GAMES).set(GAMES.GAME_ID, gameId).set(GAMES.LEAGUE, "NFL").set(GAMES.SEASON, 2026)
                .set(GAMES.HOME_TEAM_ID, home).set(GAMES.AWAY_TEAM_ID, away).set(GAMES.SCHEDULED_START, T0)
                .onConflictDoNothing().execute();
    }

    public static long team(DSLContext dsl, String league, String abbreviation) {
        dsl.insertInto(TEAMS).set(TEAMS.LEAGUE, league).set(TEAMS.ABBREVIATION, abbreviation).set(TEAMS.NAME, abbreviation)
                .onConflictDoNothing().execute();
        return dsl.select(TEAMS.TEAM_ID).from(TEAMS).where(TEAMS.LEAGUE.eq(league), TEAMS.ABBREVIATION.eq(abbreviation)).fetchSingle().value1();
    }

    public static long strategy(DSLContext dsl, String name, String version) {
        return dsl.insertInto(STRATEGIES)
                .set(STRATEGIES.NAME, name).set(STRATEGIES.VERSION, version).set(STRATEGIES.STRATEGY_TYPE, "pre_game_entry")
                .set(STRATEGIES.CONFIG, JSONB.valueOf("{\"min_edge\": \"0.08\"}"))
                .set(STRATEGIES.CREATED_AT, T0).set(STRATEGIES.UPDATED_AT, T0)
                .returning(STRATEGIES.STRATEGY_ID).fetchSingle().getStrategyId();
    }

    public static long model(DSLContext dsl, String name, String version) {
        return dsl.insertInto(PROBABILITY_MODELS)
                .set(PROBABILITY_MODELS.NAME, name).set(PROBABILITY_MODELS.VERSION, version).set(PROBABILITY_MODELS.MODEL_TYPE, "elo")
                .set(PROBABILITY_MODELS.CONFIG, JSONB.valueOf("{\"k\": 20}"))
                .set(PROBABILITY_MODELS.CREATED_AT, T0).set(PROBABILITY_MODELS.UPDATED_AT, T0)
                .returning(PROBABILITY_MODELS.MODEL_ID).fetchSingle().getModelId();
    }

    public static long order(DSLContext dsl, String clientOrderId, String ticker, long strategyId, long modelId, String environment) {
        return dsl.insertInto(ORDERS)
                .set(ORDERS.CLIENT_ORDER_ID, clientOrderId).set(ORDERS.TICKER, ticker).set(ORDERS.SIDE, "yes")
                .set(ORDERS.ACTION, "buy").set(ORDERS.TIME_IN_FORCE, "good_till_canceled").set(ORDERS.LIMIT_PRICE, new BigDecimal("0.55"))
                .set(ORDERS.QUANTITY, new BigDecimal("10")).set(ORDERS.EDGE_PER_CONTRACT, new BigDecimal("0.08"))
                .set(ORDERS.WIN_PROBABILITY, new BigDecimal("0.70")).set(ORDERS.STRATEGY_NAME, "pregame")
                .set(ORDERS.STRATEGY_VERSION, "v1.0").set(ORDERS.MODEL_VERSION, "elo@v1.0")
                .set(ORDERS.STRATEGY_ID, strategyId).set(ORDERS.MODEL_ID, modelId)
                .set(ORDERS.EXECUTION_ENVIRONMENT, environment).set(ORDERS.CREATED_AT, T0)
                .returning(ORDERS.ID).fetchSingle().getId();
    }
}
