package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.DbFixtures.T0;
import static com.precog.adapters.persistence.jooq.Tables.POSITIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Decimals inside JSONB (the trailing stop state) come back exactly: same value, same scale, never a double. */
class JsonbDecimalRoundTripTest {
    private static TestDatabase db;
    private static DSLContext dsl;
    private static long strategyId;
    private static long modelId;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.freshSchema();
        dsl = db.dsl();
        DbFixtures.market(dsl, "KX-JSON");
        strategyId = DbFixtures.strategy(dsl, "s", "v1.0");
        modelId = DbFixtures.model(dsl, "m", "v1.0");
    }

    private JsonNode roundTrip(String positionId, JsonNode state) {
        dsl.insertInto(POSITIONS)
                .set(POSITIONS.POSITION_ID, positionId).set(POSITIONS.VERSION, 1).set(POSITIONS.TICKER, "KX-JSON")
                .set(POSITIONS.SIDE, "yes").set(POSITIONS.STATUS, "open")
                .set(POSITIONS.QUANTITY, new BigDecimal("10")).set(POSITIONS.ORIGINAL_QUANTITY, new BigDecimal("10"))
                .set(POSITIONS.ENTRY_PRICE, new BigDecimal("0.55")).set(POSITIONS.ENTRY_COST_PER_CONTRACT, new BigDecimal("0.5674"))
                .set(POSITIONS.ENTRY_FEES, new BigDecimal("0.18")).set(POSITIONS.TRAILING_STOP_STATE, JsonColumns.toJsonb(state))
                .set(POSITIONS.STRATEGY_ID, strategyId).set(POSITIONS.MODEL_ID, modelId).set(POSITIONS.OPENED_AT, T0)
                .set(POSITIONS.STRATEGY_VERSION, "s v1.0").set(POSITIONS.MODEL_VERSION, "m v1.0").set(POSITIONS.EVENT_TICKER, "")
                .set(POSITIONS.EXECUTION_ENVIRONMENT, "paper").set(POSITIONS.ROW_START_TS, T0)
                .execute();
        return JsonColumns.fromJsonb(dsl.fetchValue(POSITIONS.TRAILING_STOP_STATE, POSITIONS.POSITION_ID.eq(positionId)));
    }

    @Test
    void numbersKeepValueAndScale() {
        ObjectNode state = JsonColumns.MAPPER.createObjectNode();
        state.put("active", true);
        state.put("peak_price", new BigDecimal("0.654321"));
        state.put("stop_price", new BigDecimal("0.6500"));
        state.put("distance", new BigDecimal("0.05"));
        state.put("tiny", new BigDecimal("0.000000000000000000000000000001"));
        state.put("long", new BigDecimal("12345678901234567890.123456789012345678901"));
        state.putObject("config").put("activation_gain", new BigDecimal("0.10"));

        JsonNode back = roundTrip("p-numbers", state);

        assertThat(back.get("peak_price").decimalValue()).isEqualTo(new BigDecimal("0.654321"));
        assertThat(back.get("stop_price").decimalValue()).isEqualTo(new BigDecimal("0.6500"));   // equals: scale included
        assertThat(back.get("distance").decimalValue()).isEqualTo(new BigDecimal("0.05"));
        assertThat(back.get("tiny").decimalValue()).isEqualTo(new BigDecimal("0.000000000000000000000000000001"));
        assertThat(back.get("long").decimalValue()).isEqualTo(new BigDecimal("12345678901234567890.123456789012345678901"));
        assertThat(back.get("config").get("activation_gain").decimalValue()).isEqualTo(new BigDecimal("0.10"));
        assertThat(back.get("peak_price").isBigDecimal()).isTrue();
        assertThat(back).isEqualTo(state);
    }

    @Test
    void decimalStringsStayStrings() {
        ObjectNode state = JsonColumns.MAPPER.createObjectNode();
        state.put("peak_price", "0.6543");
        state.put("activated_at", "2026-09-13T17:05:00Z");
        JsonNode back = roundTrip("p-strings", state);
        assertThat(back.get("peak_price").isTextual()).isTrue();
        assertThat(new BigDecimal(back.get("peak_price").textValue())).isEqualTo(new BigDecimal("0.6543"));
    }

    @Test
    void aDefaultObjectMapperWouldHaveLostPrecision_whichIsWhyJsonColumnsExists() throws Exception {
        JSONB stored = dsl.select(org.jooq.impl.DSL.field("'{\"p\": 0.1234567890123456789}'::jsonb", JSONB.class)).fetchSingle().value1();
        JsonNode naive = new ObjectMapper().readTree(stored.data());
        assertThat(naive.get("p").isDouble()).isTrue();
        assertThat(naive.get("p").decimalValue()).isNotEqualTo(new BigDecimal("0.1234567890123456789"));
        assertThat(JsonColumns.fromJsonb(stored).get("p").decimalValue()).isEqualTo(new BigDecimal("0.1234567890123456789"));
    }
}
