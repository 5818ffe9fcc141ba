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

    /** @param store opens the play store (the composition root chooses the implementation) */
    public ImportPbpCommand(Supplier<HistoricalPlays> store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = PlayByPlayFile.expand(paths);
        if (files.isEmpty()) throw new IllegalArgumentException("PATH " + paths + " holds no nfl_pbp_*.csv[.gz] file");
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
        long read = 0;
        long added = 0;
        long malformed = 0;
        long[] shown = {0};
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode failed = mapper.createArrayNode();
        for (Path f : files) {
            ImportHistoricalPlays.Outcome outcome;
            long fileMalformed;
            try (PlayByPlayFile reader = PlayByPlayFile.open(f, bad -> {
                if (shown[0]++ < MAX_BAD_ROWS_SHOWN) err.println("precog: skipped malformed row " + bad);
            })) {
                Progress progress = new Progress(err, f, reader);
                outcome = useCase.importSource(f.toString(), progress);
                progress.finish();
                fileMalformed = reader.malformedRows();
            } catch (IOException e) {
                outcome = new ImportHistoricalPlays.Failed(f.toString(), 0, e.getMessage());
                fileMalformed = 0;
            }
            malformed += fileMalformed;
            read += outcome.read();
            switch (outcome) {
                case ImportHistoricalPlays.Imported i -> added += i.added();
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
        summary.put("already_stored", read - added - failedReads(failed));
        summary.put("malformed_rows", malformed);
        summary.set("failed_files", failed);
        summary.put("seconds", Math.round(seconds * 1000) / 1000.0);
        summary.put("plays_per_second", seconds > 0 ? Math.round(read / seconds) : 0);
        if (json) {
            out.println(summary.toString());
        } else {
            out.printf("Imported %d files: %d plays read, %d added, %d already stored, %d malformed rows skipped, %d files failed (%.1f s, %,d plays/s)%n",
                    files.size(), read, added, summary.get("already_stored").asLong(), malformed, failed.size(), seconds,
                    summary.get("plays_per_second").asLong());
        }
        out.flush();
        return failed.isEmpty() ? ExitCodes.OK : ExitCodes.RUNTIME_FAILURE;
    }

    private static long failedReads(ArrayNode failed) {
        long n = 0;
        for (var f : failed) n += f.get("plays_read_before_failure").asLong();
        return n;
    }

    /** Wraps the reader and draws a progress bar on stderr (every 1% of the file). */
    static final class Progress implements Iterator<HistoricalPlay> {
        private final PrintWriter err;
        private final Path file;
        private final PlayByPlayFile reader;
        private long plays;
        private int lastPercent = -1;

        Progress(PrintWriter err, Path file, PlayByPlayFile reader) {
            this.err = err;
            this.file = file;
            this.reader = reader;
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
            if (percent == lastPercent) return;
            lastPercent = percent;
            int filled = percent / 5;
            err.print("\r[" + "#".repeat(filled) + ".".repeat(20 - filled) + "] " + String.format("%3d%% %s %,d plays", percent, file.getFileName(), plays));
            err.flush();
        }

        void finish() {
            lastPercent = -1;
            draw();
            err.println();
            err.flush();
        }
    }
}
