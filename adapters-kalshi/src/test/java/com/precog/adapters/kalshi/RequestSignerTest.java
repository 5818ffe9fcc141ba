package com.precog.adapters.kalshi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precog.adapters.kalshi.fake.FakeKalshiExchange.TestKey;
import com.precog.adapters.kalshi.fake.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestSignerTest {
    @TempDir
    Path dir;

    private final JsonNode vectors = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(SharedData.kalshiText("auth_test_vectors.json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void givenDocumentedVectors_verify_acceptsEveryRecordedSignatureAndMessage() {
        PublicKey pub = TestKey.publicKey();
        for (JsonNode c : vectors.path("cases")) {
            String msg = RequestSigner.message(c.path("timestamp_ms").asText(), c.path("method").asText(), c.path("request_path_with_query").asText());
            assertThat(msg).isEqualTo(c.path("message_to_sign").asText());
            assertThat(RequestSigner.verify(pub, msg, c.path("signature_base64").asText())).isTrue();
            assertThat(RequestSigner.verify(pub, msg + "x", c.path("signature_base64").asText())).isFalse();
        }
    }

    @Test
    void givenPkcs1AndPkcs8Keys_sign_producesSignaturesThePublicKeyVerifies() {
        for (boolean pkcs1 : new boolean[] {true, false}) {
            Path key = TestKey.write(dir, pkcs1);
            PrivateKey pk = RequestSigner.loadPrivateKey(key);
            RequestSigner signer = RequestSigner.of("kid", pk, () -> 1703123456789L);
            String sig = signer.sign("1703123456789", "GET", "/trade-api/v2/portfolio/orders?limit=5&status=resting");
            assertThat(RequestSigner.verify(TestKey.publicKey(), "1703123456789GET/trade-api/v2/portfolio/orders", sig)).isTrue();
            // PSS is randomised: two signatures differ, both verify
            assertThat(signer.sign("1703123456789", "GET", "/trade-api/v2/x")).isNotEqualTo(signer.sign("1703123456789", "GET", "/trade-api/v2/x"));
        }
    }

    @Test
    void headersFor_takesAFreshTimestampEveryCall_andHidesSecretsInToString() {
        AtomicLong clock = new AtomicLong(1000);
        RequestSigner signer = RequestSigner.of("secret-key-id", RequestSigner.loadPrivateKey(TestKey.write(dir, false)), clock::incrementAndGet);
        RequestSigner.Headers a = signer.headersFor("POST", "/trade-api/v2/portfolio/events/orders");
        RequestSigner.Headers b = signer.headersFor("POST", "/trade-api/v2/portfolio/events/orders");
        assertThat(a.timestampMs()).isEqualTo("1001");
        assertThat(b.timestampMs()).isEqualTo("1002");
        assertThat(RequestSigner.verify(TestKey.publicKey(), "1001POST/trade-api/v2/portfolio/events/orders", a.signature())).isTrue();
        assertThat(a.toString()).doesNotContain("secret-key-id").doesNotContain(a.signature());
        assertThat(signer.toString()).doesNotContain("secret");
    }

    @Test
    void givenMissingUnreadableOrWrongKeyFiles_load_failsWithAClearMessageAndNoKeyMaterial() throws Exception {
        assertThatThrownBy(() -> RequestSigner.loadPrivateKey(dir.resolve("nope.pem")))
                .isInstanceOf(KalshiKeyException.class).hasMessageContaining("does not exist").hasMessageContaining("nope.pem");
        Path notPem = Files.writeString(dir.resolve("garbage.pem"), "hello world");
        assertThatThrownBy(() -> RequestSigner.loadPrivateKey(notPem)).isInstanceOf(KalshiKeyException.class).hasMessageContaining("not a PEM");
        Path pub = Files.writeString(dir.resolve("pub.pem"), vectors.path("public_key_pem").asText());
        assertThatThrownBy(() -> RequestSigner.loadPrivateKey(pub)).isInstanceOf(KalshiKeyException.class).hasMessageContaining("no private key");
        Path broken = Files.writeString(dir.resolve("broken.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        assertThatThrownBy(() -> RequestSigner.loadPrivateKey(broken)).isInstanceOf(KalshiKeyException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("AAAA"));
        if (!"root".equals(System.getProperty("user.name"))) {
            Path locked = TestKey.write(dir, false);
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            assertThatThrownBy(() -> RequestSigner.loadPrivateKey(locked)).isInstanceOf(KalshiKeyException.class).hasMessageContaining("not readable");
        }
    }

    @Test
    void givenAKeyReadableByOthers_readableByOthers_isTrue_andStillLoads() throws Exception {
        Path key = TestKey.write(dir, true);
        assertThat(RequestSigner.readableByOthers(key)).isFalse();
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(RequestSigner.readableByOthers(key)).isTrue();
        assertThat(RequestSigner.loadPrivateKey(key)).isNotNull();
    }
}
