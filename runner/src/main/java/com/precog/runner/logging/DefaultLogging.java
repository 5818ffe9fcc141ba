package com.precog.runner.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's first configurator (a service): when Logback starts, the CLI's configuration if it asked for one
 * ({@link Logging#configure}), else warnings and errors to stderr as text, secrets redacted. Set up in code (found by Logback as a service) instead of a logback.xml,
 * which would start an XML parser on every start of the CLI. A logback-test.xml, logback.xml or
 * {@code -Dlogback.configurationFile} still wins: Logback's own configurators then run as usual.
 */
public final class DefaultLogging extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext ctx) {
        if (Logging.starting(ctx)) {   // the CLI asked for its configuration before anything logged: that one
            return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
        }
        return configure(ctx, explicitConfiguration());
    }

    /** A logback-test.xml or logback.xml on the classpath, or {@code -Dlogback.configurationFile}. */
    static boolean explicitConfiguration() {
        ClassLoader loader = DefaultLogging.class.getClassLoader();
        return System.getProperty("logback.configurationFile") != null
                || loader.getResource("logback-test.xml") != null || loader.getResource("logback.xml") != null;
    }

    static ExecutionStatus configure(LoggerContext ctx, boolean explicitConfiguration) {
        if (explicitConfiguration) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configureDefault(ctx);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Warnings and errors to stderr as redacted text: what the former logback.xml said. */
    static void configureDefault(LoggerContext ctx) {
        Logging.toStderr(ctx, Logging.Format.TEXT, Level.WARN);
    }
}
