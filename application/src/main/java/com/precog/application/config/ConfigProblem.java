package com.precog.application.config;

/** One invalid setting: where it is, what it says, and what is allowed. */
public record ConfigProblem(String file, String path, String value, String problem, String allowed) {
    @Override
    public String toString() {
        return file + ": " + path + " = " + (value == null ? "(missing)" : "\"" + value + "\"") + ": " + problem
                + (allowed == null || allowed.isEmpty() ? "" : "; allowed: " + allowed);
    }
}
