package com.precog.runner.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.runner.logging.Redactor;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Instant;

/**
 * A command's stderr. With {@code --log-format text} what is written passes through unchanged. With
 * {@code --log-format json} every line becomes one JSON object shaped like a log line ({@code ts}, {@code level},
 * {@code logger}, {@code thread}, {@code msg}; secrets redacted), so every line on stderr parses as JSON: the
 * {@code precog: …} messages, usage errors, a usage printed there, configuration problems. A carriage return ends a
 * line too (a progress bar redrawn in place becomes one object per drawing, at level INFO). {@link #errors()} is what commands get as
 * their error writer (level ERROR; WARN for a line that starts with "warning"), {@link #info()} is for lines that report
 * what happens rather than a problem (level INFO).
 */
public final class StderrLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter target;
    private final Object lock = new Object();
    private volatile boolean json;
    /** The writer whose line is being written (JSON format): another writer's line ends it first, as on a terminal. */
    private LineWriter active;
    private final LineWriter errorLines = new LineWriter("ERROR");
    private final LineWriter infoLines = new LineWriter("INFO");
    private final PrintWriter errors = new PrintWriter(errorLines, true);
    private final PrintWriter info = new PrintWriter(infoLines, true);

    /** Lines written here go to {@code target}, as JSON objects when {@code json}. */
    public StderrLines(PrintWriter target, boolean json) {
        this.target = target;
        this.json = json;
    }

    /** Switches the format (system.yaml's {@code logging.format} may set it once the command has read its configuration). */
    public void json(boolean on) {
        synchronized (lock) {
            if (json && !on) finish();
            json = on;
        }
    }

    public boolean json() {
        return json;
    }

    /** The error writer: problems, usage errors. */
    public PrintWriter errors() {
        return errors;
    }

    /** The writer for lines that report progress or state. */
    public PrintWriter info() {
        return info;
    }

    /** Writes out a line not yet ended (JSON format) and flushes. */
    public void finish() {
        synchronized (lock) {
            errorLines.end();
            infoLines.end();
            target.flush();
        }
    }

    /** One JSON object as the log layout writes it, without the line end. */
    static String jsonLine(String level, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("ts", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString()); // as the log layout: milliseconds
        o.put("level", level);
        o.put("logger", "precog");
        o.put("thread", Thread.currentThread().getName());
        o.put("msg", Redactor.redact(message));
        return o.toString();
    }

    private final class LineWriter extends Writer {
        private final String level;
        private final StringBuilder partial = new StringBuilder();
        /** Whether the line being collected began after a carriage return: a progress bar redrawn in place (INFO). */
        private boolean redrawn;

        LineWriter(String level) {
            this.level = level;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            synchronized (lock) {
                if (!json) {
                    target.write(cbuf, off, len);
                    return;
                }
                if (len > 0 && active != this) {
                    if (active != null) active.end();
                    active = this;
                }
                for (int i = off; i < off + len; i++) {
                    char c = cbuf[i];
                    if (c == '\n' || c == '\r') {
                        end();
                        redrawn = c == '\r';
                    } else {
                        partial.append(c);
                    }
                }
            }
        }

        /** Emits the line collected so far, if any (an empty line is left out). */
        void end() {
            if (partial.isEmpty() || partial.toString().isBlank()) {
                partial.setLength(0);
                return;
            }
            String line = partial.toString();
            partial.setLength(0);
            String lvl = redrawn ? "INFO" : level.equals("ERROR") && line.regionMatches(true, 0, "warning", 0, 7) ? "WARN" : level;
            target.println(jsonLine(lvl, line));
        }

        @Override
        public void flush() {
            synchronized (lock) {
                target.flush();
            }
        }

        @Override
        public void close() {
            finish();
        }
    }
}
