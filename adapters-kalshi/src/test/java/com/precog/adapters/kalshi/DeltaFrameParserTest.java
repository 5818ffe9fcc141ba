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
    void givenTheDocumentedFrameAsSentOnTheWire_parse_takesTheCompactPath() throws Exception {
        String wire = new ObjectMapper().readTree(SharedData.kalshiText("ws_orderbook_delta.json")).toString(); // compact, key order kept
        assertThat(p.parse(wire)).isTrue();
        assertThat(p.compact).isTrue();
        assertThat(p.sid).isEqualTo(2);
        assertThat(p.seq).isEqualTo(3);
        assertThat(wire.substring(p.tickerStart, p.tickerEnd)).isEqualTo("FED-23DEC-T3.00");
        assertThat(p.priceMicros).isEqualTo(960_000);
        assertThat(p.deltaHundredths).isEqualTo(-5_400);
        assertThat(p.yesSide).isTrue();
        assertThat(p.ownOrder).isFalse();
        // the pretty-printed sample is the same frame through the general walk
        assertThat(p.parse(SharedData.kalshiText("ws_orderbook_delta.json"))).isTrue();
        assertThat(p.compact).isFalse();
        assertThat(p.priceMicros).isEqualTo(960_000);
    }

    @Test
    void givenOwnOrderFieldsOrARepeatedKeyAfterSide_compactPathAgreesWithJackson() {
        String own = "{\"type\":\"orderbook_delta\",\"sid\":4,\"seq\":9,\"msg\":{\"market_ticker\":\"KX-A\",\"price_dollars\":\"0.4100\",\"delta_fp\":\"3.00\","
                + "\"side\":\"no\",\"ts_ms\":1,\"client_order_id\":\"c-1\",\"subaccount\":0}}";
        assertThat(p.parse(own)).isTrue();
        assertThat(p.compact).isTrue();
        assertThat(p.ownOrder).isTrue();
        assertThat(p.yesSide).isFalse();
        assertThat(p.priceMicros).isEqualTo(410_000);
        String repeated = "{\"type\":\"orderbook_delta\",\"sid\":4,\"seq\":9,\"msg\":{\"market_ticker\":\"KX-A\",\"price_dollars\":\"0.4100\",\"delta_fp\":\"3.00\","
                + "\"side\":\"no\",\"price_dollars\":\"0.42\"}}";
        assertThat(p.parse(repeated)).isTrue();
        assertThat(p.compact).isFalse();
        assertThat(p.priceMicros).isEqualTo(420_000); // last value wins, as in Jackson
        assertThat(p.ownOrder).isFalse();
        assertThat(p.parse(own.replace("}}", "}} x"))).isFalse();
        assertThat(p.parse(own.replace("\"seq\":9", "\"seq\":x"))).isFalse();
        assertThat(p.parse(own.replace("\"side\":\"no\"", "\"side\":\"maybe\""))).isFalse();
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
        assertThat(p.compact).isTrue();
        JsonNode j = new ObjectMapper().readTree(frame).path("msg");
        assertThat(p.priceMicros).isEqualTo(LocalBooks.micros(j.path("price_dollars").asText()));
        assertThat(p.deltaHundredths).isEqualTo(LocalBooks.signedHundredths(j.path("delta_fp").asText()));
        assertThat(frame.substring(p.tickerStart, p.tickerEnd)).isEqualTo(ticker);
        assertThat(p.seq).isEqualTo(seq);
    }

    private boolean parseUtf8(String frame) {
        byte[] b = frame.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] padded = new byte[b.length + 7]; // at an offset, with bytes after the frame: only [off, off+len) is read
        System.arraycopy(b, 0, padded, 3, b.length);
        java.util.Arrays.fill(padded, 3 + b.length, padded.length, (byte) '}');
        return p.parseUtf8(padded, 3, b.length);
    }

    @Test
    void givenTheDocumentedFrameAsUtf8Bytes_parseUtf8_extractsEveryField_andDeclinesWhatItDoesNotFullyUnderstand() throws Exception {
        String wire = new ObjectMapper().readTree(SharedData.kalshiText("ws_orderbook_delta.json")).toString();
        byte[] b = wire.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.parseUtf8(b, 0, b.length)).isTrue();
        assertThat(new String(b, p.tickerStart, p.tickerEnd - p.tickerStart, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("FED-23DEC-T3.00");
        assertThat(p.sid).isEqualTo(2);
        assertThat(p.seq).isEqualTo(3);
        assertThat(p.priceMicros).isEqualTo(960_000);
        assertThat(p.deltaHundredths).isEqualTo(-5_400);
        assertThat(p.yesSide).isTrue();
        assertThat(p.ownOrder).isFalse();
        assertThat(p.parseUtf8(b, 0, b.length - 1)).isFalse(); // truncated
        assertThat(p.parseUtf8(b, 0, b.length + 1)).isFalse(); // beyond the array
        assertThat(parseUtf8(SharedData.kalshiText("ws_orderbook_delta.json"))).isFalse(); // pretty-printed: the String walk takes it
        assertThat(parseUtf8(wire.replace("FED-23DEC", "FED\\u002d23DEC"))).isFalse(); // escape in the ticker
        assertThat(parseUtf8(wire.replace("9b0f6b43", "9b0f\\\"6b43"))).isFalse(); // escaped quote in a skipped string
        assertThat(parseUtf8(wire.replace("\"-54.00\"", "\"-54.001\""))).isFalse();
        assertThat(parseUtf8(wire.replace("\"yes\"", "\"yess\""))).isFalse();
        assertThat(parseUtf8(wire.replace("\"seq\":3", "\"seq\":"))).isFalse();
        assertThat(parseUtf8(wire.replace("1669149841000", "[1]"))).isFalse();
        assertThat(parseUtf8(wire + " ")).isFalse();
        // multi-byte UTF-8 in a skipped string is fine: no ASCII byte occurs inside a UTF-8 character
        assertThat(parseUtf8(wire.replace("9b0f6b43", "9b0f\u0122\u20ac6b43"))).isTrue();
        assertThat(p.priceMicros).isEqualTo(960_000);
        String own = wire.replace("}}", ",\"client_order_id\":\"c-\u00e9\",\"subaccount\":0}}");
        assertThat(parseUtf8(own)).isTrue();
        assertThat(p.ownOrder).isTrue();
        assertThat(parseUtf8(wire.replace("}}", ",\"delta_fp\":\"1.00\"}}"))).isFalse(); // repeated key
    }

    @Property(tries = 300)
    void utf8AndStringPathsAlwaysAgree(@ForAll @IntRange(min = 1, max = 999_999) int micros, @ForAll @IntRange(min = -999_999, max = 999_999) int hundredths,
                                       @ForAll boolean yes, @ForAll @IntRange(min = 0, max = 1_000_000) int seq, @ForAll @StringLength(min = 1, max = 40) String tickerSeed,
                                       @ForAll @StringLength(max = 40) String marketId) {
        String ticker = tickerSeed.replaceAll("[^A-Za-z0-9.-]", "X");
        String id = marketId.replaceAll("[\"\\\\\\p{Cntrl}]", "_");
        String frame = "{\"type\":\"orderbook_delta\",\"sid\":3,\"seq\":" + seq + ",\"msg\":{\"market_ticker\":\"" + ticker + "\",\"market_id\":\"" + id
                + "\",\"price_dollars\":\"" + java.math.BigDecimal.valueOf(micros, 6).toPlainString() + "\",\"delta_fp\":\""
                + java.math.BigDecimal.valueOf(hundredths, 2).toPlainString() + "\",\"side\":\"" + (yes ? "yes" : "no") + "\",\"ts\":\"" + id + "\",\"ts_ms\":1}}";
        assertThat(p.parse(frame)).isTrue();
        long price = p.priceMicros;
        long delta = p.deltaHundredths;
        byte[] b = frame.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.parseUtf8(b, 0, b.length)).isTrue();
        assertThat(p.priceMicros).isEqualTo(price);
        assertThat(p.deltaHundredths).isEqualTo(delta);
        assertThat(p.seq).isEqualTo(seq);
        assertThat(p.yesSide).isEqualTo(yes);
        assertThat(new String(b, p.tickerStart, p.tickerEnd - p.tickerStart, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(ticker);
    }

    @Property(tries = 300)
    void arbitraryBytesNeverThrow(@ForAll byte[] junk, @ForAll String text) {
        p.parseUtf8(junk, 0, junk.length);
        byte[] b = ("{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":2,\"msg\":{\"market_ticker\":\"" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        p.parseUtf8(b, 0, b.length);
        assertThat(p.parseUtf8(junk, 1, -2)).isFalse();
    }

    @Property(tries = 300)
    void arbitraryTextNeverThrows(@ForAll String junk) {
        p.parse(junk);
        p.parse("{\"type\":\"orderbook_delta\"," + junk);
    }
}
