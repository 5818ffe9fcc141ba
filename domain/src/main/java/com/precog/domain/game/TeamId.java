package com.precog.domain.game;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Precog's id of a team: its league and an upper-case code. NFL codes are franchise codes as in
 * the historical team file ({@code WAS}, {@code LVR}, {@code LAR}, {@code JAX}); other leagues use
 * ESPN's abbreviation. {@link #toString()} ({@code "NFL:WAS"}) round-trips through {@link #parse(String)}.
 */
public record TeamId(League league, String code) {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9&'.-]{1,12}");

    public TeamId {
        Objects.requireNonNull(league, "league");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("team code must be 1-12 upper-case letters/digits, was '" + code + "'");
        }
    }

    public static TeamId of(League league, String code) {
        return new TeamId(league, code == null ? null : code.trim().toUpperCase(Locale.ROOT));
    }

    public static TeamId parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) throw new IllegalArgumentException("team id must look like NFL:WAS, was '" + text + "'");
        return of(League.parse(text.substring(0, colon)), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return league + ":" + code;
    }
}
