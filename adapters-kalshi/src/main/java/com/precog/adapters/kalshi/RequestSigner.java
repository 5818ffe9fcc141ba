package com.precog.adapters.kalshi;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs Kalshi requests: RSASSA-PSS (SHA-256, MGF1-SHA-256, salt 32) over
 * {@code timestamp_ms + METHOD + path}, where the path includes {@code /trade-api/v2} and excludes
 * the query string; the body is never signed. A fresh timestamp is taken for every call of
 * {@link #headersFor}. Neither the key, the key id nor signatures are ever logged or printed.
 * Thread-safe.
 */
public final class RequestSigner {
    private static final Logger LOG = LoggerFactory.getLogger(RequestSigner.class);
    public static final String HEADER_KEY = "KALSHI-ACCESS-KEY";
    public static final String HEADER_TIMESTAMP = "KALSHI-ACCESS-TIMESTAMP";
    public static final String HEADER_SIGNATURE = "KALSHI-ACCESS-SIGNATURE";
    static final PSSParameterSpec PSS = new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);

    private final String keyId;
    private final PrivateKey key;
    private final LongSupplier epochMillis;

    private RequestSigner(String keyId, PrivateKey key, LongSupplier epochMillis) {
        if (keyId == null || keyId.isBlank()) throw new IllegalArgumentException("apiKeyId must not be blank");
        this.keyId = keyId;
        this.key = Objects.requireNonNull(key, "key");
        this.epochMillis = Objects.requireNonNull(epochMillis, "epochMillis");
    }

    public static RequestSigner of(String keyId, PrivateKey key, LongSupplier epochMillis) {
        return new RequestSigner(keyId, key, epochMillis);
    }

    /** Loads the PEM key file (warning when others can read it) and signs with wall-clock time. */
    public static RequestSigner fromFile(String keyId, Path keyFile, java.time.Clock clock) {
        return new RequestSigner(keyId, loadPrivateKey(keyFile), clock::millis);
    }

    /** The three auth headers for one request, with a fresh timestamp. */
    public Headers headersFor(String method, String pathWithOptionalQuery) {
        String ts = Long.toString(epochMillis.getAsLong());
        return new Headers(keyId, ts, sign(ts, method, pathWithOptionalQuery));
    }

    /** The signature for the given timestamp, method and path (the query string, if any, is dropped). */
    public String sign(String timestampMs, String method, String pathWithOptionalQuery) {
        byte[] message = message(timestampMs, method, pathWithOptionalQuery).getBytes(StandardCharsets.UTF_8);
        try {
            Signature s = Signature.getInstance("RSASSA-PSS");
            s.setParameter(PSS);
            s.initSign(key);
            s.update(message);
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a Kalshi request with the configured key: " + e.getClass().getSimpleName(), e);
        }
    }

    /** {@code timestamp + METHOD + path-without-query}: the exact pre-sign text. */
    public static String message(String timestampMs, String method, String pathWithOptionalQuery) {
        int q = pathWithOptionalQuery.indexOf('?');
        String path = q >= 0 ? pathWithOptionalQuery.substring(0, q) : pathWithOptionalQuery;
        return timestampMs + method.toUpperCase(java.util.Locale.ROOT) + path;
    }

    /** Verifies a base64 signature with a public key (PSS is randomised: verify, never byte-compare). */
    public static boolean verify(java.security.PublicKey publicKey, String message, String signatureBase64) {
        try {
            Signature s = Signature.getInstance("RSASSA-PSS");
            s.setParameter(PSS);
            s.initVerify(publicKey);
            s.update(message.getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Reads an unencrypted RSA private key in PKCS#1 ({@code BEGIN RSA PRIVATE KEY}) or PKCS#8 ({@code BEGIN PRIVATE KEY}) PEM. */
    public static PrivateKey loadPrivateKey(Path keyFile) {
        Objects.requireNonNull(keyFile, "keyFile");
        String pem;
        try {
            pem = Files.readString(keyFile, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new KalshiKeyException("Kalshi private key file does not exist: " + keyFile + " (KALSHI_PRIVATE_KEY_PATH)");
        } catch (AccessDeniedException e) {
            throw new KalshiKeyException("Kalshi private key file is not readable (permission denied): " + keyFile);
        } catch (IOException e) {
            throw new KalshiKeyException("Kalshi private key file cannot be read: " + keyFile + " (" + e.getClass().getSimpleName() + ")");
        }
        warnIfReadableByOthers(keyFile);
        return parsePem(pem, keyFile.toString());
    }

    /** Parses PEM text; {@code source} names it in error messages (the text itself never appears). */
    public static PrivateKey parsePem(String pem, String source) {
        if (pem == null || !pem.contains("-----BEGIN")) {
            throw new KalshiKeyException("Kalshi private key " + source + " is not a PEM file (expected '-----BEGIN RSA PRIVATE KEY-----' or '-----BEGIN PRIVATE KEY-----')");
        }
        Object parsed;
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            parsed = parser.readObject();
        } catch (IOException | RuntimeException e) {
            throw new KalshiKeyException("Kalshi private key " + source + " is not valid PEM (" + e.getClass().getSimpleName() + ")");
        }
        if (parsed instanceof PEMEncryptedKeyPair || parsed instanceof PKCS8EncryptedPrivateKeyInfo) {
            throw new KalshiKeyException("Kalshi private key " + source + " is passphrase-protected; provide an unencrypted PKCS#1 or PKCS#8 key");
        }
        try {
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            PrivateKey key;
            if (parsed instanceof PEMKeyPair pair) {
                key = converter.getKeyPair(pair).getPrivate();
            } else if (parsed instanceof PrivateKeyInfo info) {
                key = converter.getPrivateKey(info);
            } else {
                throw new KalshiKeyException("Kalshi private key " + source + " holds no private key (found "
                        + (parsed == null ? "nothing" : parsed.getClass().getSimpleName()) + "); expected an RSA private key in PKCS#1 or PKCS#8 PEM");
            }
            if (!(key instanceof RSAPrivateKey)) {
                throw new KalshiKeyException("Kalshi private key " + source + " is a " + key.getAlgorithm() + " key; only RSA keys are supported");
            }
            return key;
        } catch (org.bouncycastle.openssl.PEMException e) {
            throw new KalshiKeyException("Kalshi private key " + source + " cannot be decoded as an RSA key");
        }
    }

    static void warnIfReadableByOthers(Path keyFile) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(keyFile);
            if (perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.GROUP_READ)) {
                LOG.warn("Kalshi private key file {} is readable by other users; restrict it with: chmod 600 {}", keyFile, keyFile);
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: nothing to check
        }
    }

    /** True when {@link #loadPrivateKey} would warn about this file's permissions. */
    public static boolean readableByOthers(Path keyFile) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(keyFile);
            return perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.GROUP_READ);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    /** The auth headers of one request. {@link #toString()} hides every value. */
    public record Headers(String keyId, String timestampMs, String signature) {
        @Override
        public String toString() {
            return "Headers[keyId=***, timestampMs=" + timestampMs + ", signature=***]";
        }
    }

    @Override
    public String toString() {
        return "RequestSigner[***]";
    }
}
