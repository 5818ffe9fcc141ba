package com.precog.runner.logging;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from anything about to be logged: PEM private keys, request signatures,
 * API key ids, passwords and tokens, plus any literal secret value registered at start-up
 * (the actual KALSHI_API_KEY_ID, database password...). Thread-safe.
 */
public final class Redactor {
    public static final String MASK = "***";
    private static final Set<String> LITERALS = new CopyOnWriteArraySet<>();

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)"),
            Pattern.compile("(?i)((?:kalshi-access-signature|signature|kalshi-access-key|access[_-]?key|api[_-]?key[_-]?id|api[_-]?key|key[_-]?id|private[_-]?key|password|passwd|secret|token|authorization)[\"']?\\s*[:=]\\s*[\"']?)([^\\s\"',;}&]+)"));

    private Redactor() {}

    /** Registers a secret value that must never appear in a log line (ignored if shorter than 6 characters). */
    public static void registerSecret(String value) {
        if (value != null && value.trim().length() >= 6) LITERALS.add(value.trim());
    }

    /** Registers the secrets found in the environment (KALSHI_API_KEY_ID, PRECOG_DB_PASSWORD). */
    public static void registerEnvironmentSecrets() {
        registerSecret(System.getenv("KALSHI_API_KEY_ID"));
        registerSecret(System.getenv("PRECOG_DB_PASSWORD"));
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) return text;
        String out = text;
        for (String lit : LITERALS) {
            if (out.contains(lit)) out = out.replace(lit, MASK);
        }
        out = PATTERNS.get(0).matcher(out).replaceAll(Matcher.quoteReplacement("[REDACTED PRIVATE KEY]"));
        out = PATTERNS.get(1).matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        return out;
    }
}
