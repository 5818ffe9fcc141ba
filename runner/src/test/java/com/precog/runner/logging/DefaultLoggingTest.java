package com.precog.runner.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class DefaultLoggingTest {
    @Test
    void isFoundByLogbackAsAService() {
        assertThat(ServiceLoader.load(Configurator.class)).anyMatch(c -> c instanceof DefaultLogging);
    }

    @Test
    void defaultIsWarningsToStderrAsRedactedText() {
        LoggerContext ctx = new LoggerContext();
        DefaultLogging.configureDefault(ctx);
        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        var appender = (ConsoleAppender<?>) root.getAppender("stderr");
        assertThat(appender.getTarget()).isEqualTo("System.err");
        assertThat(appender.isStarted()).isTrue();
        var layout = ((LayoutWrappingEncoder<?>) appender.getEncoder()).getLayout();
        assertThat(layout).isInstanceOf(RedactingPatternLayout.class);
        assertThat(((RedactingPatternLayout) layout).getPattern()).isEqualTo("%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n%ex");
    }

    @Test
    void aLogbackTestXmlOnTheClasspathWins() {
        // the persistence test jar on this classpath brings a logback-test.xml: Logback's own configurators must read it
        assertThat(DefaultLogging.class.getClassLoader().getResource("logback-test.xml")).isNotNull();
        assertThat(DefaultLogging.explicitConfiguration()).isTrue();
        LoggerContext ctx = new LoggerContext();
        assertThat(DefaultLogging.configure(ctx, true)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(ctx.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("stderr")).isNull();
    }

    @Test
    void withoutExplicitConfigurationTheDefaultIsBuilt() {
        LoggerContext ctx = new LoggerContext();
        assertThat(DefaultLogging.configure(ctx, false)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        assertThat(ctx.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("stderr")).isNotNull();
        assertThat(ctx.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void whenLogbackStartsAfterTheCliAskedItGetsTheCliConfiguration() {
        Logging.configure(Logging.Format.JSON, Level.DEBUG);   // Logback may or may not run in this JVM yet
        LoggerContext fresh = new LoggerContext();
        DefaultLogging c = new DefaultLogging();
        c.setContext(fresh);
        assertThat(c.configure(fresh)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        Logger root = fresh.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.DEBUG);
        var layout = ((LayoutWrappingEncoder<?>) ((ConsoleAppender<?>) root.getAppender("stderr")).getEncoder()).getLayout();
        assertThat(layout).isInstanceOf(JsonLinesLayout.class);
        assertThat(fresh.getLogger("org.jooq").getLevel()).isEqualTo(Level.DEBUG);
        Logging.configure(Logging.Format.TEXT, Level.INFO);
    }

    @Test
    void aConfigurationFilePropertyWins() {
        System.setProperty("logback.configurationFile", "elsewhere.xml");
        try {
            assertThat(DefaultLogging.explicitConfiguration()).isTrue();
        } finally {
            System.clearProperty("logback.configurationFile");
        }
    }
}
