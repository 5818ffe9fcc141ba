package com.precog.domain.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identity of a model version: a name ({@code [a-z][a-z0-9_]{0,62}}) and a version {@code vMAJOR.MINOR}
 * (minor = tuning, major = logic). Text form {@code name@vMAJOR.MINOR}, e.g. {@code elo_nfl@v1.0}.
 * Immutable; ordered by name, then version.
 *
 * @param name the model name, {@code [a-z][a-z0-9_]{0,62}}
 * @param major the major version, {@code >= 0}
 * @param minor the minor version, {@code >= 0}
 */
public record ModelRef(String name, int major, int minor) implements Comparable<ModelRef> {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Pattern VERSION = Pattern.compile("v(\\d{1,6})\\.(\\d{1,6})");

    /**
     * Validates the reference.
     *
     * @throws IllegalArgumentException if the name does not match or a version number is negative
     * @throws NullPointerException if the name is null
     */
    public ModelRef {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("model name must match [a-z][a-z0-9_]{0,62}, was '" + name + "'");
        if (major < 0) throw new IllegalArgumentException("major must be >= 0, was " + major);
        if (minor < 0) throw new IllegalArgumentException("minor must be >= 0, was " + minor);
    }

    /**
     * Parses the text form.
     *
     * @param text {@code name@vMAJOR.MINOR}, e.g. {@code elo_nfl@v1.0}
     * @return the reference
     * @throws IllegalArgumentException if the text does not have that form
     */
    public static ModelRef parse(String text) {
        int at = text == null ? -1 : text.indexOf('@');
        if (at < 0) throw new IllegalArgumentException("model must look like NAME@vMAJOR.MINOR (e.g. elo_nfl@v1.0), was '" + text + "'");
        return of(text.substring(0, at), text.substring(at + 1));
    }

    /**
     * A reference from a name and a version string.
     *
     * @param name the model name
     * @param version {@code vMAJOR.MINOR}, e.g. {@code v1.0}
     * @return the reference
     * @throws IllegalArgumentException if either part is malformed
     */
    public static ModelRef of(String name, String version) {
        if (name == null) throw new IllegalArgumentException("model name must match [a-z][a-z0-9_]{0,62}, was null");
        if (version == null) throw new IllegalArgumentException("version must look like vMAJOR.MINOR (e.g. v1.0), was null");
        var m = VERSION.matcher(version);
        if (!m.matches()) throw new IllegalArgumentException("version must look like vMAJOR.MINOR (e.g. v1.0), was '" + version + "'");
        return new ModelRef(name, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** {@return the version text, {@code vMAJOR.MINOR}} */
    public String version() {
        return "v" + major + "." + minor;
    }

    /** {@return the text form {@code name@vMAJOR.MINOR}} */
    @Override
    public String toString() {
        return name + "@" + version();
    }

    @Override
    public int compareTo(ModelRef o) {
        int c = name.compareTo(o.name);
        if (c != 0) return c;
        c = Integer.compare(major, o.major);
        return c != 0 ? c : Integer.compare(minor, o.minor);
    }
}
