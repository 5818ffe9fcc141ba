package com.precog.runner.cli.ingame;

import com.precog.domain.model.ingame.HistoricalPlay;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Streaming reader of one {@code nfl_pbp_<season>.csv[.gz]} file: an iterator of {@link HistoricalPlay}
 * in file order. A malformed row is reported (file, line, reason) to the bad-row listener, counted and
 * skipped; an I/O failure (e.g. a truncated gzip) surfaces as {@link UncheckedIOException} from
 * {@link #hasNext()}. Play order inside a game is the row's position among the file's rows of that
 * game (a skipped row keeps its position, so later plays keep theirs). Columns are found by their
 * header names: the 21 of {@link #HEADER} in any order, other columns ignored. A missing value is an empty
 * field or {@code NA} (R's export); a required field that is missing makes the row malformed.
 */
final class PlayByPlayFile implements Iterator<HistoricalPlay>, Closeable {
    static final String HEADER = "game_id,season,week,season_type,home_team,away_team,qtr,game_seconds_remaining,"
            + "half_seconds_remaining,posteam,home_score_before,away_score_before,down,ydstogo,yardline_100,"
            + "home_timeouts_remaining,away_timeouts_remaining,spread_line,home_final,away_final,play_type";
    private static final int FIELDS = 21;

    /** A rejected row. */
    record BadRow(Path file, long line, String reason) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + reason;
        }
    }

    private final Path file;
    private final BufferedReader reader;
    private final CountingStream counting;
    private final long size;
    private final Consumer<BadRow> badRows;
    private final Map<String, Integer> nextIndex = new HashMap<>();
    private final int[] starts = new int[FIELDS];
    private final int[] ends = new int[FIELDS];
    private final String[] lastText = new String[FIELDS];
    private final Map<String, String> pool = new HashMap<>();
    private final int columns;
    private final int[] logical;
    private final int gameColumn;
    private String row;
    private String lastGame;
    private int lastGameNext;
    private String lastSpreadText;
    private double lastSpread;
    private long line = 1;
    private long malformed;
    private HistoricalPlay next;
    private boolean done;

    private PlayByPlayFile(Path file, Consumer<BadRow> badRows) throws IOException {
        this.file = file;
        this.badRows = badRows;
        this.size = Files.size(file);
        this.counting = new CountingStream(Files.newInputStream(file));
        InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(counting, 1 << 16) : counting;
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String header = reader.readLine();
        if (header != null && header.startsWith("\uFEFF")) header = header.substring(1); // a UTF-8 byte order mark (spreadsheet exports)
        String problem = header == null || header.isBlank() ? "the file is empty" : null;
        if (problem == null) {
            String[] found = columns(header);
            this.columns = found.length;
            this.logical = new int[found.length];
            problem = mapColumns(found, logical);
        } else {
            this.columns = 0;
            this.logical = new int[0];
        }
        int g = 0;
        while (g < logical.length && logical[g] != 0) g++;
        this.gameColumn = g;
        if (problem != null) {
            reader.close();
            throw new NotPlayByPlay(file + ":1: not a play-by-play file (header differs from the nfl_pbp format: " + problem + ")");
        }
    }

    /** The header's column names without surrounding blanks or quotes. */
    private static String[] columns(String header) {
        String[] cols = header.split(",", -1);
        for (int i = 0; i < cols.length; i++) {
            String c = cols[i].strip();
            cols[i] = c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"") ? c.substring(1, c.length() - 1) : c;
        }
        return cols;
    }

    /**
     * Fills {@code logical[c]} with the nfl_pbp field read from column {@code c} of the file (−1: a
     * column the format does not have, ignored); returns what is wrong, or null. Columns are matched
     * by name, so their order may differ and extra columns are allowed; each of the 21 must appear
     * exactly once.
     */
    private static String mapColumns(String[] found, int[] logical) {
        List<String> expected = List.of(HEADER.split(","));
        int[] seen = new int[FIELDS];
        java.util.Arrays.fill(seen, -1);
        for (int c = 0; c < found.length; c++) {
            int f = expected.indexOf(found[c]);
            logical[c] = f;
            if (f < 0) continue;
            if (seen[f] >= 0) return "column '" + found[c] + "' appears twice (columns " + (seen[f] + 1) + " and " + (c + 1) + ")";
            seen[f] = c;
        }
        List<String> missing = new ArrayList<>();
        for (int f = 0; f < FIELDS; f++) if (seen[f] < 0) missing.add(expected.get(f));
        if (missing.isEmpty()) return null;
        return "missing column" + (missing.size() == 1 ? " '" + missing.get(0) + "'" : "s '" + String.join("', '", missing) + "'")
                + headerHint(found, expected);
    }

    /** For a single renamed column: which column of the file holds a name the format does not know, in words. */
    private static String headerHint(String[] found, List<String> expected) {
        for (int c = 0; c < found.length; c++) {
            if (!expected.contains(found[c])) return "; column " + (c + 1) + " is '" + found[c] + "', not a column of the format";
        }
        return "";
    }

    /** Opens {@code file}; bad rows go to {@code badRows}. */
    /** A file whose header is not the nfl_pbp format: the operator named the wrong file (an IOException, so a batch import goes on). */
    static final class NotPlayByPlay extends IOException {
        NotPlayByPlay(String message) {
            super(message);
        }
    }

    static PlayByPlayFile open(Path file, Consumer<BadRow> badRows) throws IOException {
        return new PlayByPlayFile(file, badRows);
    }

    /** Files named {@code nfl_pbp_*.csv} or {@code nfl_pbp_*.csv.gz}: the files given, and those directly inside the folders given, sorted by name. */
    static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(x -> isPlayFile(x) && Files.isRegularFile(x)).sorted().forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new IllegalArgumentException("PATH " + p + " is neither a file nor a folder");
            }
        }
        return out;
    }

    static boolean isPlayFile(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith("nfl_pbp_") && (n.endsWith(".csv") || n.endsWith(".csv.gz"));
    }

    /** Reads every play of the files (expanded like {@link #expand}) into a list; bad rows go to {@code badRows}. */
    static List<HistoricalPlay> readAll(List<Path> paths, Consumer<BadRow> badRows) throws IOException {
        List<HistoricalPlay> out = new ArrayList<>(700_000);
        for (Path p : expand(paths)) {
            try (PlayByPlayFile r = open(p, badRows)) {
                while (r.hasNext()) out.add(r.next());
            } catch (NotPlayByPlay e) {
                throw new IllegalArgumentException(e.getMessage(), e); // bad input (exit 2), as a PATH that does not exist is
            }
        }
        return out;
    }

    Path file() {
        return file;
    }

    long malformedRows() {
        return malformed;
    }

    /** Share of the file's bytes consumed so far, in [0, 1]. */
    double progress() {
        return size == 0 ? 1 : Math.min(1.0, (double) counting.count / size);
    }

    @Override
    public boolean hasNext() {
        if (next != null) return true;
        if (done) return false;
        try {
            String s;
            while ((s = reader.readLine()) != null) {
                line++;
                if (s.isEmpty()) continue;
                HistoricalPlay p = parse(s);
                if (p != null) {
                    next = p;
                    return true;
                }
            }
            done = true;
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": read failed after line " + line + ": " + e.getMessage(), e);
        }
    }

    @Override
    public HistoricalPlay next() {
        if (!hasNext()) throw new NoSuchElementException();
        HistoricalPlay p = next;
        next = null;
        return p;
    }

    private HistoricalPlay parse(String s) {
        row = s;
        int n = split(s);
        String game = n > gameColumn ? text(0) : "";
        int index = -1;
        if (!game.isEmpty()) {
            if (game != lastGame) {
                Integer i = nextIndex.get(game);
                lastGameNext = i == null ? 0 : i;
                lastGame = game;
            }
            index = lastGameNext++;
            nextIndex.put(game, lastGameNext);
        }
        if (n != columns) return bad(columns + " fields expected, found " + n);
        if (game.isEmpty()) return bad("game_id is empty");
        try {
            return new HistoricalPlay(game, req(1, "season"), req(2, "week"), text(3), text(4), text(5), index,
                    req(6, "qtr"), req(7, "game_seconds_remaining"), opt(8, "half_seconds_remaining"), optText(9),
                    req(10, "home_score_before"), req(11, "away_score_before"), opt(12, "down"), opt(13, "ydstogo"),
                    opt(14, "yardline_100"), opt(15, "home_timeouts_remaining"), opt(16, "away_timeouts_remaining"),
                    spread(), req(18, "home_final"), req(19, "away_final"), text(20));
        } catch (IllegalArgumentException e) { // NumberFormatException included
            return bad(e.getMessage());
        }
    }

    /**
     * Field {@code i} as a shared String: the same text as the previous row's field returns the same
     * instance without copying (game ids, teams and spreads repeat for a whole game); other values
     * go through a pool, so a season holds each distinct text once.
     */
    private String text(int i) {
        int a = starts[i];
        int len = ends[i] - a;
        String last = lastText[i];
        if (last != null && last.length() == len && row.regionMatches(a, last, 0, len)) return last;
        String v = row.substring(a, ends[i]);
        String p = pool.putIfAbsent(v, v);
        v = p == null ? v : p;
        lastText[i] = v;
        return v;
    }

    private double spread() {
        if (missing(17)) return Double.NaN;
        String t = text(17);
        if (t != lastSpreadText) {
            lastSpread = Double.parseDouble(t);
            lastSpreadText = t;
        }
        return lastSpread;
    }

    private HistoricalPlay bad(String reason) {
        malformed++;
        badRows.accept(new BadRow(file, line, reason));
        return null;
    }

    private int req(int i, String name) {
        if (missing(i)) throw new IllegalArgumentException(name + (ends[i] == starts[i] ? " is empty" : " is NA"));
        return parseInt(i, name);
    }

    private int opt(int i, String name) {
        return missing(i) ? HistoricalPlay.MISSING : parseInt(i, name);
    }

    /** Field {@code i} is missing: empty, or {@code NA} as R's {@code write.csv} (and so nflfastR exports) writes it. */
    private boolean missing(int i) {
        int a = starts[i];
        int len = ends[i] - a;
        return len == 0 || len == 2 && row.charAt(a) == 'N' && row.charAt(a + 1) == 'A';
    }

    /** Text field {@code i}, {@code ""} when missing ({@link #missing}). */
    private String optText(int i) {
        return missing(i) ? "" : text(i);
    }

    private int parseInt(int field, String name) {
        int a = starts[field];
        int b = ends[field];
        int end = b;
        for (int k = b - 1; k > a; k--) { // an integral decimal as a float column exports it ("3.0", "75.00") reads as 3, 75
            char c = row.charAt(k);
            if (c == '.') {
                end = k;
                break;
            }
            if (c != '0') break;
        }
        boolean neg = row.charAt(a) == '-';
        int from = neg ? a + 1 : a;
        if (from == end || end - from > 9) throw new IllegalArgumentException(name + " is not an integer: '" + row.substring(a, b) + "'");
        int v = 0;
        for (int k = from; k < end; k++) {
            char c = row.charAt(k);
            if (c < '0' || c > '9') throw new IllegalArgumentException(name + " is not an integer: '" + row.substring(a, b) + "'");
            v = v * 10 + (c - '0');
        }
        return neg ? -v : v;
    }

    /**
     * Finds the comma-separated fields of {@code s}, keeping the offsets of the format's fields by
     * their place in {@link #HEADER} (columns the format does not have are skipped); returns the field count.
     */
    private int split(String s) {
        int n = 0;
        int start = 0;
        int len = s.length();
        int[] map = logical;
        for (int i = 0; i <= len; i++) {
            if (i == len || s.charAt(i) == ',') {
                int f = n < map.length ? map[n] : -1;
                if (f >= 0) {
                    boolean quoted = i - start >= 2 && s.charAt(start) == '"' && s.charAt(i - 1) == '"';
                    starts[f] = quoted ? start + 1 : start; // "x" reads as x (RFC 4180 quoting; no field holds a comma)
                    ends[f] = quoted ? i - 1 : i;
                }
                n++;
                start = i + 1;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static final class CountingStream extends FilterInputStream {
        volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
