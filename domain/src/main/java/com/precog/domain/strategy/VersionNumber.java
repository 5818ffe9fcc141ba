package com.precog.domain.strategy;

/**
 * A version {@code vMAJOR.MINOR} (minor = tuning, major = logic). Ordered by major then minor.
 * {@link #toString()} prints {@code v1.2} and round-trips through {@link #parse(String)}.
 */
public record VersionNumber(int major, int minor) implements Comparable<VersionNumber> {
    public VersionNumber {
        if (major < 0 || minor < 0) throw new IllegalArgumentException("version numbers must not be negative, was " + major + "." + minor);
    }

    /** Parses {@code v1.2} or {@code 1.2}. */
    public static VersionNumber parse(String text) {
        if (text != null) {
            String t = text.trim();
            if (t.startsWith("v") || t.startsWith("V")) t = t.substring(1);
            int dot = t.indexOf('.');
            if (dot > 0 && dot < t.length() - 1) {
                try {
                    return new VersionNumber(Integer.parseInt(t.substring(0, dot)), Integer.parseInt(t.substring(dot + 1)));
                } catch (NumberFormatException e) {
                    // fall through to the error below
                }
            }
        }
        throw new IllegalArgumentException("version must look like v1.0, was '" + text + "'");
    }

    public static VersionNumber of(String text) {
        return parse(text);
    }

    public VersionNumber nextMinor() {
        return new VersionNumber(major, minor + 1);
    }

    public VersionNumber nextMajor() {
        return new VersionNumber(major + 1, 0);
    }

    @Override
    public int compareTo(VersionNumber o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return "v" + major + "." + minor;
    }
}
