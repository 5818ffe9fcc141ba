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

    /** True while {@link #configure} starts Logback ({@link DefaultLogging} then leaves the context empty). */
    static volatile boolean configuring;

    /** The two log formats of {@code --log-format}. */
    public enum Format { TEXT, JSON }

    public static synchronized void configure(Format format, Level level) {
        Redactor.registerEnvironmentSecrets();
        configuring = true;   // Logback's start-up needs no default configuration: it is replaced right here
        LoggerContext ctx;
        try {
            ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        } finally {
            configuring = false;
        }
        ctx.reset();
        toStderr(ctx, format, level);
        // third-party chatter stays at WARN unless asked for DEBUG
        for (String noisy : new String[] {"com.zaxxer.hikari", "org.flywaydb", "org.jooq", "io.zonky", "org.java_websocket", "com.google.inject"}) {
            ctx.getLogger(noisy).setLevel(level.isGreaterOrEqual(Level.INFO) ? Level.WARN : level);
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
