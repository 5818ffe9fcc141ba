package com.precog.runner.cli;

/** The operator contract's exit codes (SPEC §13.1). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int RUNTIME_FAILURE = 1;
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
