package com.precog.adapters.kalshi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precog.adapters.kalshi.fake.SharedData;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class DeltaFrameParserTest {
    private final DeltaFrameParser p = new DeltaFrameParser();

    @Test
    void givenTheDocumentedDeltaFrame_parse_extractsEveryField() {
        String frame = SharedData.kalshiText("ws_orderbook_delta.json");
        assertThat(p.parse(frame)).isTrue();
        assertThat(p.sid).isEqualTo(2);
        assertThat(p.seq).isEqualTo(3);
        assertThat(frame.substring(p.tickerStart, p.tickerEnd)).isEqualTo("FED-23DEC-T3.00");
        assertThat(p.priceMicros).isEqualTo(960_000);
        assertThat(p.deltaHundredths).isEqualTo(-5_400);
        assertThat(p.yesSide).isTrue();
        assertThat(p.ownOrder).isFalse();
    }

    @Test
    void givenOtherFramesOrUnusualShapes_parse_declinesSoJacksonHandlesThem() {
        assertThat(p.parse(SharedData.kalshiText("ws_orderbook_snapshot.json"))).isFalse();
        assertThat(p.parse(SharedData.kalshiText("ws_ticker.json"))).isFalse();
        assertThat(p.parse("{\"type\":\"orderbook_delta\",\"sid\":2,\"seq\":3,\"msg\":{\"market_ticker\":\"A\\u0042\",\"price_dollars\":\"0.5\",\"delta_fp\":\"1.00\",\"side\":\"yes\"}}")).isFalse();
        assertThat(p.parse("{\"type\":\"orderbook_delta\",\"sid\":2,\"seq\":3,\"msg\":{\"market_ticker\":\"A\",\"price_dollars\":\"0.1234567\",\"delta_fp\":\"1.00\",\"side\":\"yes\"}}")).isFalse();
        assertThat(p.parse("{\"type\":\"orderbook_delta\",\"sid\":2,\"seq\":3,\"msg\":{\"market_ticker\":\"A\",\"price_dollars\":\"0.5\",\"delta_fp\":\"1.00\",\"side\":\"maybe\"}}")).isFalse();
        assertThat(p.parse("{\"type\":\"orderbook_delta\",\"sid\":2,\"msg\":{\"market_ticker\":\"A\",\"price_dollars\":\"0.5\",\"delta_fp\":\"1.00\",\"side\":\"yes\"}}")).isFalse();
        assertThat(p.parse("{\"type\":\"orderbook_delta\",\"sid\":2,\"seq\":3,\"msg\":{\"market_ticker\":\"A\",\"price_dollars\":\"0.5\",\"delta_fp\":\"1.00\",\"side\":\"yes\"}} trailing")).isFalse();
        assertThat(p.parse("{\"type\":\"orderbook_delta\",\"sid\":2,\"seq\":3,\"msg\":{\"market_ticker\":\"A\",\"price_dollars\":\"0.5\",\"delta_fp\":\"1.00\",\"side\":\"yes\"")).isFalse();
        assertThat(p.parse("")).isFalse();
    }

    @Test
    void givenAnyKeyOrderWhitespaceAndExtraFields_parse_agreesWithJackson() {
        String f = " {\n \"seq\" : 77 , \"msg\" : { \"side\" : \"no\", \"ts_ms\": 1669149841000, \"client_order_id\":\"abc\", \"delta_fp\":\"12.5\","
                + " \"price_dollars\":\"0.0003\", \"market_ticker\":\"KX-1\", \"subaccount\": 0, \"flag\": true, \"z\": null }, \"sid\" : 9, \"type\" : \"orderbook_delta\" } ";
        assertThat(p.parse(f)).isTrue();
        assertThat(p.seq).isEqualTo(77);
        assertThat(p.sid).isEqualTo(9);
        assertThat(p.priceMicros).isEqualTo(300);
        assertThat(p.deltaHundredths).isEqualTo(1250);
        assertThat(p.yesSide).isFalse();
        assertThat(p.ownOrder).isTrue();
    }

    @Property(tries = 300)
    void parsedValuesAlwaysMatchJackson(@ForAll @IntRange(min = 1, max = 999_999) int micros, @ForAll @IntRange(min = -999_999, max = 999_999) int hundredths,
                                        @ForAll boolean yes, @ForAll @IntRange(min = 0, max = 1_000_000) int seq, @ForAll @StringLength(min = 1, max = 30) String tickerSeed)
            throws Exception {
        String ticker = tickerSeed.replaceAll("[^A-Za-z0-9.-]", "X");
        String price = java.math.BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString();
        String delta = java.math.BigDecimal.valueOf(hundredths, 2).toPlainString();
        String frame = "{\"type\":\"orderbook_delta\",\"sid\":3,\"seq\":" + seq + ",\"msg\":{\"market_ticker\":\"" + ticker + "\",\"price_dollars\":\""
                + price + "\",\"delta_fp\":\"" + delta + "\",\"side\":\"" + (yes ? "yes" : "no") + "\",\"ts_ms\":1}}";
        assertThat(p.parse(frame)).isTrue();
        JsonNode j = new ObjectMapper().readTree(frame).path("msg");
        assertThat(p.priceMicros).isEqualTo(LocalBooks.micros(j.path("price_dollars").asText()));
        assertThat(p.deltaHundredths).isEqualTo(LocalBooks.signedHundredths(j.path("delta_fp").asText()));
        assertThat(frame.substring(p.tickerStart, p.tickerEnd)).isEqualTo(ticker);
        assertThat(p.seq).isEqualTo(seq);
    }

    @Property(tries = 300)
    void arbitraryTextNeverThrows(@ForAll String junk) {
        p.parse(junk);
        p.parse("{\"type\":\"orderbook_delta\"," + junk);
    }
}
