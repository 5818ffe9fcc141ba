package com.precog.runner.cli.ingame;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.application.port.out.ingame.HistoricalPlays;
import com.precog.application.service.ingame.ImportHistoricalPlays;
import com.precog.domain.model.ingame.HistoricalPlay;
import com.precog.runner.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code precog data import-pbp PATH... [--json]}: streams {@code nfl_pbp_*.csv[.gz]} files (or the
 * ones inside folders) into {@link HistoricalPlays}, one unit per file. Malformed rows are reported
 * with file and line on stderr, skipped and counted; a file that fails midway stores nothing; files
 * already imported add nothing. Progress goes to stderr; the summary to stdout (JSON with --json).
 * Exit 0 when every file was read, 1 when a file failed, 2 for a bad PATH.
 */
@Command(name = "import-pbp", mixinStandardHelpOptions = true,
        description = "Import NFL play-by-play files (nfl_pbp_*.csv[.gz]) into the historical_plays store.")
public final class ImportPbpCommand implements Callable<Integer> {
    static final int MAX_BAD_ROWS_SHOWN = 50;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of nfl_pbp_*.csv[.gz].")
    List<Path> paths;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<HistoricalPlays> store;

    /**
     * Whether stderr is a terminal with text logs, where the progress bar redraws one line with {@code \r}; otherwise
     * (a file, a pipe, a CI log, {@code --log-format json}) progress is a plain line per file and at most one every
     * {@link #PLAIN_PROGRESS_NANOS}. Null: decided at the call, as every command's {@link com.precog.runner.cli.ProgressBar}.
     */
    Boolean terminal;

    /** @param store opens the play store (the composition root chooses the implementation) */
    public ImportPbpCommand(Supplier<HistoricalPlays> store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = PlayByPlayFile.expand(paths, note -> err.println("precog: " + note));
        if (files.isEmpty()) throw new IllegalArgumentException(PlayByPlayFile.noPlayFiles(paths));
        HistoricalPlays plays = store.get();
        try {
            return importAll(files, plays, out, err);
        } finally {
            if (plays instanceof AutoCloseable resource) closeQuietly(resource, err);
        }
    }

    private static void closeQuietly(AutoCloseable resource, PrintWriter err) {
        try {
            resource.close();
        } catch (Exception e) {
            err.println("precog: closing the play store failed: " + e.getMessage());
        }
    }

    /**
     * A store that also releases {@code resource} (e.g. the database it runs on) when the command ends:
     * the command closes every store that is {@link AutoCloseable}.
     */
    public static HistoricalPlays closing(HistoricalPlays store, AutoCloseable resource) {
        return new Closing(Objects.requireNonNull(store, "store"), Objects.requireNonNull(resource, "resource"));
    }

    private record Closing(HistoricalPlays store, AutoCloseable resource) implements HistoricalPlays, AutoCloseable {
        @Override
        public long addAll(Iterator<HistoricalPlay> plays) {
            return store.addAll(plays);
        }

        @Override
        public long count() {
            return store.count();
        }

        @Override
        public List<HistoricalPlay> inSeasons(int first, int last) {
            return store.inSeasons(first, last);
        }

        @Override
        public void close() throws Exception {
            resource.close();
        }
    }

    private Integer importAll(List<Path> files, HistoricalPlays plays, PrintWriter out, PrintWriter err) {
        ImportHistoricalPlays useCase = new ImportHistoricalPlays(plays);
        long started = System.nanoTime();
        long read = 0; // plays of the files imported (a failed file's are in failed_files)
        long added = 0;
        long malformed = 0; // malformed rows of the files imported
        long[] shown = {0};
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode failed = mapper.createArrayNode();
        for (Path f : files) {
            ImportHistoricalPlays.Outcome outcome;
            long fileMalformed;
            try (PlayByPlayFile reader = PlayByPlayFile.open(f, bad -> {
                if (shown[0]++ < MAX_BAD_ROWS_SHOWN) err.println("precog: skipped malformed row " + bad);
            })) {
                Progress progress = new Progress(err, f, reader, terminal != null ? terminal
                        : !com.precog.runner.cli.PrecogCommand.jsonLogs(spec) && com.precog.runner.cli.ProgressBar.stderrIsTerminal());
                outcome = useCase.importSource(f.toString(), progress);
                progress.finish(outcome instanceof ImportHistoricalPlays.Imported);
                fileMalformed = reader.malformedRows();
            } catch (IOException e) {
                outcome = new ImportHistoricalPlays.Failed(f.toString(), 0, e.getMessage());
                fileMalformed = 0;
            }
            switch (outcome) {
                case ImportHistoricalPlays.Imported i -> {
                    read += i.read();
                    added += i.added();
                    malformed += fileMalformed;
                }
                case ImportHistoricalPlays.Failed x -> {
                    err.println("precog: " + f + " failed, nothing of it imported: " + x.reason());
                    failed.addObject().put("file", f.toString()).put("reason", x.reason()).put("plays_read_before_failure", x.read());
                }
            }
        }
        if (shown[0] > MAX_BAD_ROWS_SHOWN) err.println("precog: " + (shown[0] - MAX_BAD_ROWS_SHOWN) + " more malformed rows not shown");
        double seconds = (System.nanoTime() - started) / 1e9;
        ObjectNode summary = mapper.createObjectNode();
        summary.put("files", files.size());
        summary.put("plays_read", read);
        summary.put("plays_added", added);
        summary.put("already_stored", read - added);
        summary.put("malformed_rows", malformed);
        summary.set("failed_files", failed);
        summary.put("seconds", Math.round(seconds * 1000) / 1000.0);
        summary.put("plays_per_second", seconds > 0 ? Math.round(read / seconds) : 0);
        if (json) {
            out.println(summary.toString());
        } else {
            int imported = files.size() - failed.size();
            String head = failed.isEmpty() ? "Imported " + count(files.size(), "file")
                    : "Imported " + imported + " of " + count(files.size(), "file") + " (" + count(failed.size(), "file")
                            + " failed, nothing of " + (failed.size() == 1 ? "it" : "them") + " stored)";
            out.printf(java.util.Locale.ROOT, "%s: %s read, %,d added, %,d already stored, %s skipped (%.1f s, %,d plays/s)%n",
                    head, count(read, "play"), added, read - added, count(malformed, "malformed row"), seconds,
                    summary.get("plays_per_second").asLong());
        }
        out.flush();
        return failed.isEmpty() ? ExitCodes.OK : ExitCodes.RUNTIME_FAILURE;
    }

    /** {@code 1 file}, {@code 2 files}, {@code 1,234 plays}. */
    static String count(long n, String noun) {
        return String.format(java.util.Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** Least time between two plain progress lines (stderr not a terminal). */
    static final long PLAIN_PROGRESS_NANOS = 5_000_000_000L;

    /**
     * Wraps the reader and shows progress on stderr: on a terminal a bar redrawn in place with {@code \r}
     * (every 1% of the file); otherwise plain lines, at most one every {@link #PLAIN_PROGRESS_NANOS} while
     * the file is read and one when it ends.
     */
    static final class Progress implements Iterator<HistoricalPlay> {
        private final PrintWriter err;
        private final Path file;
        private final PlayByPlayFile reader;
        private final boolean terminal;
        private final long started = System.nanoTime();
        private long lastLine = started;
        private long plays;
        private int lastPercent = -1;

        Progress(PrintWriter err, Path file, PlayByPlayFile reader, boolean terminal) {
            this.err = err;
            this.file = file;
            this.reader = reader;
            this.terminal = terminal;
        }

        @Override
        public boolean hasNext() {
            return reader.hasNext();
        }

        @Override
        public HistoricalPlay next() {
            HistoricalPlay p = reader.next();
            if ((++plays & 1023) == 0) draw();
            return p;
        }

        private void draw() {
            int percent = (int) (reader.progress() * 100);
            if (terminal) {
                if (percent == lastPercent) return;
                lastPercent = percent;
                int filled = percent / 5;
                err.print("\r[" + "#".repeat(filled) + ".".repeat(20 - filled) + "] " + String.format("%3d%% %s %,d plays", percent, file.getFileName(), plays));
                err.flush();
            } else {
                long now = System.nanoTime();
                if (now - lastLine < PLAIN_PROGRESS_NANOS) return;
                lastLine = now;
                plainLine(percent);
            }
        }

        private void plainLine(int percent) {
            err.println(String.format(java.util.Locale.ROOT, "precog: %s: %d%%, %s read", file.getFileName(), percent, count(plays, "play")));
            err.flush();
        }

        /** Ends the file's progress: the bar's last frame, or (not a terminal) a last line unless the file failed (its failure is the line). */
        void finish(boolean imported) {
            if (terminal) {
                lastPercent = -1;
                draw();
                err.println();
                err.flush();
            } else if (imported) {
                plainLine((int) (reader.progress() * 100));
            }
        }
    }
}
