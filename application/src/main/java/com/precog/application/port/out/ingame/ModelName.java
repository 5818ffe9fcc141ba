package com.precog.application.port.out.ingame;

/** Rules for model names and {@code NAME@V} references. */
public final class ModelName {
    private ModelName() {}

    /** A name is 1–64 characters of letters, digits, '-', '_' or '.'. */
    public static String check(String name) {
        if (name == null || !name.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new IllegalArgumentException("model name must be 1-64 letters, digits, '-', '_' or '.', was '" + name + "'");
        }
        return name;
    }

    /** A parsed {@code NAME@V} reference. */
    public record Reference(String name, int version) {
        public Reference {
            check(name);
            if (version < 1) throw new IllegalArgumentException("model version must be >= 1, was " + version);
        }

        public static Reference parse(String text) {
            int at = text == null ? -1 : text.lastIndexOf('@');
            if (at <= 0 || at == text.length() - 1) throw new IllegalArgumentException("model must look like NAME@V, was '" + text + "'");
            String v = text.substring(at + 1);
            if (v.startsWith("v")) v = v.substring(1);
            try {
                return new Reference(text.substring(0, at), Integer.parseInt(v));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("model version must be an integer in '" + text + "'");
            }
        }

        @Override
        public String toString() {
            return name + "@" + version;
        }
    }
}
