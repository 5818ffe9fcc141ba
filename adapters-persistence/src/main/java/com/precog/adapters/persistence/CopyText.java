package com.precog.adapters.persistence;

/** PostgreSQL {@code COPY ... FROM STDIN} text format: the escaping of one column value. */
final class CopyText {
    private CopyText() {}

    /** Appends {@code s} with backslash, tab, newline and carriage return escaped; returns {@code sb}. */
    static StringBuilder escaped(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(ch);
            }
        }
        return sb;
    }
}
