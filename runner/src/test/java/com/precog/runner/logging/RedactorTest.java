package com.precog.runner.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RedactorTest {
    private static final String PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END RSA PRIVATE KEY-----";

    @Test
    void removesKeysSignaturesAndKeyIds() {
        String line = "signing with " + PEM + " KALSHI-ACCESS-SIGNATURE: abc123+/== KALSHI-ACCESS-KEY=9f1c2d3e-aaaa password=hunter22 api_key_id: \"k-123\"";
        String r = Redactor.redact(line);
        assertThat(r).doesNotContain("MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo").doesNotContain("abc123+/==")
                .doesNotContain("9f1c2d3e-aaaa").doesNotContain("hunter22").doesNotContain("k-123")
                .contains("[REDACTED PRIVATE KEY]").contains("***").startsWith("signing with");
    }

    @Test
    void registeredLiteralSecretsNeverAppear() {
        Redactor.registerSecret("0e4e1f2a-5b6c-7d8e-9f00-aabbccddeeff");
        assertThat(Redactor.redact("using key 0e4e1f2a-5b6c-7d8e-9f00-aabbccddeeff for demo")).isEqualTo("using key *** for demo");
    }

    @Test
    void jsonAndTextLogLinesAreRedacted() {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true));
        try {
            Logging.configure(Logging.Format.JSON, Level.INFO);
            LoggerFactory.getLogger("t").info("order sent signature={} key {}", "SIGdeadbeef", PEM);
            Logging.configure(Logging.Format.TEXT, Level.INFO);
            LoggerFactory.getLogger("t").warn("retry with token=tok_secret_1", new IllegalStateException("private_key=abcdef123"));
        } finally {
            System.setErr(old);
        }
        String out = buf.toString();
        assertThat(out).contains("\"level\":\"INFO\"").contains("\"msg\":\"order sent signature=***");
        assertThat(out).doesNotContain("SIGdeadbeef").doesNotContain("MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo")
                .doesNotContain("tok_secret_1").doesNotContain("abcdef123");
        assertThat(out).contains("WARN").contains("retry with token=***");
    }
}
