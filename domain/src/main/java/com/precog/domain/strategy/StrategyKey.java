package com.precog.domain.strategy;

import java.util.Objects;

/**
 * Identity of one immutable strategy version: a name ({@code [a-z0-9_-]}, 1–64 characters) and
 * a {@link VersionNumber}. {@link #toString()} prints {@code name@v1.0} and round-trips through
 * {@link #parse(String)}.
 */
public record StrategyKey(String name, VersionNumber version) implements Comparable<StrategyKey> {
    public StrategyKey {
        if (name == null || !name.matches("[a-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("strategy name must be 1-64 characters of [a-z0-9_-], was '" + name + "'");
        }
        Objects.requireNonNull(version, "version");
    }

    public static StrategyKey of(String name, String version) {
        return new StrategyKey(name, VersionNumber.parse(version));
    }

    public static StrategyKey parse(String text) {
        int at = text == null ? -1 : text.indexOf('@');
        if (at <= 0) throw new IllegalArgumentException("strategy key must look like name@v1.0, was '" + text + "'");
        return new StrategyKey(text.substring(0, at), VersionNumber.parse(text.substring(at + 1)));
    }

    @Override
    public int compareTo(StrategyKey o) {
        int c = name.compareTo(o.name);
        return c != 0 ? c : version.compareTo(o.version);
    }

    @Override
    public String toString() {
        return name + "@" + version;
    }
}
