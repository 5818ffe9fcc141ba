package com.precog.runner.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Human-readable log lines with secrets removed. */
public final class RedactingPatternLayout extends PatternLayout {
    @Override
    public String doLayout(ILoggingEvent event) {
        return Redactor.redact(super.doLayout(event));
    }
}
