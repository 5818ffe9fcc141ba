package com.precog.runner.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import org.slf4j.LoggerFactory;

/** Configures Logback once per process: everything to stderr, text or JSON lines, secrets redacted. */
public final class Logging {
    private Logging() {}

    /** The two log formats of {@code --log-format}. */
    public enum Format { TEXT, JSON }

    /** What the CLI asked for ({@link #configure}); null until it asks. */
    private static Format requestedFormat;
    private static Level requestedLevel;
    /** Whether Logback has started in this process (set by {@link DefaultLogging}, Logback's first configurator). */
    private static boolean started;

    /**
     * Sends log lines at {@code level} or above to stderr in {@code format}. If Logback runs already, at once;
     * otherwise when Logback starts, at the first log call ({@link DefaultLogging}), so a command that logs
     * nothing never starts it (CLI start, docs/PERFORMANCE.md).
     */
    public static synchronized void configure(Format format, Level level) {
        Redactor.registerEnvironmentSecrets();
        requestedFormat = format;
        requestedLevel = level;
        if (started) {
            LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
            ctx.reset();
            apply(ctx);
        }
    }

    /** Called as Logback starts: applies what the CLI asked for and returns true, or false when it asked nothing yet. */
    static synchronized boolean starting(LoggerContext ctx) {
        started = true;
        if (requestedFormat == null) {
            return false;
        }
        apply(ctx);
        return true;
    }

    private static void apply(LoggerContext ctx) {
        toStderr(ctx, requestedFormat, requestedLevel);
        // third-party chatter stays at WARN unless asked for DEBUG
        for (String noisy : new String[] {"com.zaxxer.hikari", "org.flywaydb", "org.jooq", "io.zonky", "org.java_websocket", "com.google.inject"}) {
            ctx.getLogger(noisy).setLevel(requestedLevel.isGreaterOrEqual(Level.INFO) ? Level.WARN : requestedLevel);
        }
    }

    /** Sends every log line at {@code level} or above to stderr in {@code format}, secrets redacted. */
    static void toStderr(LoggerContext ctx, Format format, Level level) {
        Layout<ILoggingEvent> layout;
        if (format == Format.JSON) {
            layout = new JsonLinesLayout();
        } else {
            RedactingPatternLayout p = new RedactingPatternLayout();
            p.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n%ex");
            layout = p;
        }
        layout.setContext(ctx);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> enc = new LayoutWrappingEncoder<>();
        enc.setContext(ctx);
        enc.setLayout(layout);
        enc.start();
        ConsoleAppender<ILoggingEvent> app = new ConsoleAppender<>();
        app.setContext(ctx);
        app.setName("stderr");
        app.setTarget("System.err");
        app.setEncoder(enc);
        app.start();
        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(level);
        root.addAppender(app);
    }
}
