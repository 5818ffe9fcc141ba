package com.precog.runner.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.util.Map;

/** One JSON object per log line (ts, level, logger, thread, msg, mdc, error), secrets removed. */
public final class JsonLinesLayout extends LayoutBase<ILoggingEvent> {
    @Override
    public String doLayout(ILoggingEvent e) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"ts\":\"").append(Instant.ofEpochMilli(e.getTimeStamp())).append('"');
        field(sb, "level", e.getLevel().toString());
        field(sb, "logger", e.getLoggerName());
        field(sb, "thread", e.getThreadName());
        field(sb, "msg", Redactor.redact(e.getFormattedMessage()));
        Map<String, String> mdc = e.getMDCPropertyMap();
        if (mdc != null && !mdc.isEmpty()) {
            sb.append(",\"mdc\":{");
            boolean first = true;
            for (var m : mdc.entrySet()) {
                if (!first) sb.append(',');
                first = false;
                sb.append('"').append(escape(m.getKey())).append("\":\"").append(escape(Redactor.redact(m.getValue()))).append('"');
            }
            sb.append('}');
        }
        IThrowableProxy t = e.getThrowableProxy();
        if (t != null) field(sb, "error", Redactor.redact(ThrowableProxyUtil.asString(t)));
        return sb.append("}\n").toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append(",\"").append(name).append("\":\"").append(escape(value == null ? "" : value)).append('"');
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.toString();
    }
}
