package com.precog.application.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One configuration setting: the YAML file it lives in, its dotted path, its kind, allowed
 * range and built-in default (SPEC §12). Values are text as written in YAML (decimals quoted).
 */
public record ConfigKey(String file, String path, Kind kind, String min, String max, List<String> choices, String defaultValue,
                        String description) {

    /** The most decimal places a DECIMAL setting may have (values are used in millionths). */
    public static final int MAX_DECIMALS = 6;

    /** The value kinds a setting may have. */
    public enum Kind { DECIMAL, INTEGER, DURATION, BOOLEAN, CHOICE, TEXT }

    public ConfigKey {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        choices = choices == null ? List.of() : List.copyOf(choices);
        description = description == null ? "" : description;
        Optional<String> bad = problemWith(kind, min, max, choices, defaultValue);
        if (bad.isPresent()) {
            throw new IllegalArgumentException("built-in default of " + file + ":" + path + " is invalid: " + bad.get());
        }
    }

    /** The id used by overrides and error messages: {@code file:path}. */
    public String id() {
        return file + ":" + path;
    }

    /** The allowed range or set, for messages (e.g. "0 to 0.50"). */
    public String allowed() {
        return switch (kind) {
            case DECIMAL, INTEGER -> "a " + kind.name().toLowerCase(Locale.ROOT) + " from " + min + " to " + max
                    + (kind == Kind.DECIMAL ? " (written as a quoted string)" : "");
            case DURATION -> "a positive duration such as \"30s\", \"5m\", \"24h\" from " + min + " to " + max;
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of " + String.join(", ", choices);
            case TEXT -> "text";
        };
    }

    /** Why {@code value} is not acceptable, or empty when it is. */
    public Optional<String> problemWith(String value) {
        return problemWith(kind, min, max, choices, value);
    }

    private static Optional<String> problemWith(Kind kind, String min, String max, List<String> choices, String value) {
        if (value == null) return Optional.of("missing value");
        try {
            switch (kind) {
                case DECIMAL -> {
                    BigDecimal v = new BigDecimal(value.trim());
                    if (v.compareTo(new BigDecimal(min)) < 0 || v.compareTo(new BigDecimal(max)) > 0) {
                        return Optional.of("out of range");
                    }
                    // money and probabilities are exact in millionths (or finer): a 7th decimal would be refused, or
                    // silently cut, where the value is used
                    if (v.stripTrailingZeros().scale() > MAX_DECIMALS) return Optional.of("more than " + MAX_DECIMALS + " decimal places");
                }
                case INTEGER -> {
                    long v = Long.parseLong(value.trim());
                    if (v < Long.parseLong(min) || v > Long.parseLong(max)) return Optional.of("out of range");
                }
                case DURATION -> {
                    Duration d = parseDuration(value);
                    if (d.compareTo(parseDuration(min)) < 0 || d.compareTo(parseDuration(max)) > 0) {
                        return Optional.of("out of range");
                    }
                }
                case BOOLEAN -> {
                    if (!value.equals("true") && !value.equals("false")) return Optional.of("not a boolean");
                }
                case CHOICE -> {
                    if (!choices.contains(value)) return Optional.of("not an allowed choice");
                }
                case TEXT -> { }
            }
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            return Optional.of("not a valid " + kind.name().toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    /** Parses "500ms", "30s", "5m", "24h", "2d" or ISO-8601 ("PT30S"). Must be positive. */
    public static Duration parseDuration(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        Duration d;
        if (s.startsWith("p")) {
            d = Duration.parse(text.trim().toUpperCase(Locale.ROOT));
        } else if (s.endsWith("ms")) {
            d = Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
        } else {
            long n = Long.parseLong(s.substring(0, s.length() - 1));
            d = switch (s.charAt(s.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new NumberFormatException("unknown duration unit in '" + text + "'");
            };
        }
        if (d.isNegative() || d.isZero()) throw new NumberFormatException("duration must be positive: '" + text + "'");
        return d;
    }
}
