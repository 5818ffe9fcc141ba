package com.precog.runner.cli;

import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Where the top-level commands are registered (see {@link PrecogCommand#commandLine()}): each by its
 * {@code @Command} class, read for its name and description, and a factory that makes it only when the
 * arguments invoke it. Start-up then builds one command's picocli model, not all of them.
 */
@FunctionalInterface
public interface Commands {
    /**
     * Adds the top-level command {@code type}.
     *
     * @param type    the {@code @Command}-annotated class (its name, aliases and description list it in the help)
     * @param factory makes the command object (or a {@link CommandLine}) when it is needed
     * @param then    completes it once added to the root (nested commands registered by code)
     */
    void add(Class<?> type, Supplier<?> factory, Consumer<CommandLine> then);

    /** Adds the top-level command {@code type}, made by {@code factory} when it is needed. */
    default void add(Class<?> type, Supplier<?> factory) {
        add(type, factory, added -> { });
    }
}
