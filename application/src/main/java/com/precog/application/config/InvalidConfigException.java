package com.precog.application.config;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when configuration has problems; carries every one of them, not just the first. */
public class InvalidConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<ConfigProblem> problems;

    public InvalidConfigException(List<ConfigProblem> problems) {
        super("invalid configuration (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  "
                + problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
