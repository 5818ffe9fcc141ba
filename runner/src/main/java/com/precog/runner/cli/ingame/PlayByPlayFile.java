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
 * field or {@code NA} (R's export); a required field that is missing makes the row malformed. Fields follow
 * RFC 4180: a field in double quotes may hold commas, doubled quotes ({@code ""} reads as {@code "}) and line
 * breaks (a row then spans several lines of the file, at most {@value #MAX_ROW_LINES}).
 */
final class PlayByPlayFile implements Iterator<HistoricalPlay>, Closeable {
    static final String HEADER = "game_id,season,week,season_type,home_team,away_team,qtr,game_seconds_remaining,"
            + "half_seconds_remaining,posteam,home_score_before,away_score_before,down,ydstogo,yardline_100,"
            + "home_timeouts_remaining,away_timeouts_remaining,spread_line,home_final,away_final,play_type";
    private static final int FIELDS = 21;
    /** Most lines one row may span (line breaks inside quoted fields). */
    static final int MAX_ROW_LINES = 100;
    private static final int OPEN_QUOTE = 1;
    private static final int TEXT_AFTER_QUOTE = 2;

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
    /** Lines read ahead while looking for the end of a quoted field that did not end, to be read again as rows. */
    private final java.util.ArrayDeque<String> givenBack = new java.util.ArrayDeque<>();
    /** What {@link #split} met: 0, {@link #OPEN_QUOTE} or {@link #TEXT_AFTER_QUOTE}. */
    private int quote;
    /** A field of the format holds a doubled quote: {@link #unescape} before reading the row. */
    private boolean escaped;
    private String row;
    private String lastGame;
    private int lastGameNext;
    private String lastSpreadText;
    private double lastSpread;
    private long line = 1;
    /** The line the current row starts on (a row with a quoted line break spans several). */
    private long rowLine;
    private long malformed;
    private HistoricalPlay next;
    private boolean done;

    private PlayByPlayFile(Path file, Consumer<BadRow> badRows) throws IOException {
        this.file = file;
        this.badRows = badRows;
        this.size = Files.size(file);
        this.counting = new CountingStream(Files.newInputStream(file));
        this.reader = new BufferedReader(new InputStreamReader(decompressed(file, counting), StandardCharsets.UTF_8), 1 << 16);
        String header;
        try {
            header = reader.readLine();
        } catch (IOException e) {
            reader.close();
            throw new IOException(file + ": reading the header failed: " + e.getMessage(), e);
        }
        if (header != null && header.startsWith("\uFEFF")) header = header.substring(1); // a UTF-8 byte order mark (spreadsheet exports)
        if (header == null || header.isBlank()) {
            reader.close();
            throw new NotPlayByPlay(file + ": not a play-by-play file: " + (header == null ? "the file is empty" : "the first line is blank, not a header"));
        }
        if (header.startsWith("\u001F")) {
            reader.close();
            throw new NotPlayByPlay(file + ": not a play-by-play file: the file is gzip-compressed but its name does not end in .gz (rename it to "
                    + file.getFileName() + ".gz)");
        }
        String[] found = columns(header);
        this.columns = found == null ? 0 : found.length;
        this.logical = new int[columns];
        String problem = found == null ? "a quoted column name is not closed" : mapColumns(found, logical);
        int g = 0;
        while (g < logical.length && logical[g] != 0) g++;
        this.gameColumn = g;
        if (problem != null) {
            reader.close();
            throw new NotPlayByPlay(file + ":1: not a play-by-play file (header differs from the nfl_pbp format: " + problem + ")");
        }
    }

    /**
     * The bytes of {@code file} as text bytes: gunzipped when its name ends in {@code .gz}. A {@code .gz} file
     * that is not gzip data fails here, naming the file and what it holds instead.
     */
    private static InputStream decompressed(Path file, InputStream raw) throws IOException {
        if (!file.getFileName().toString().endsWith(".gz")) return raw;
        try {
            return new GZIPInputStream(raw, 1 << 16);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            raw.close();
            String what = Files.size(file) == 0 ? "the file is empty"
                    : e instanceof java.io.EOFException ? "the gzip data ends inside its header (the file is cut short)"
                    : "its name ends in .gz but it is not gzip-compressed (" + e.getMessage() + "; a plain CSV file must be named .csv)";
            throw new NotPlayByPlay(file + ": not a play-by-play file: " + what);
        } catch (IOException e) {
            raw.close();
            throw new IOException(file + ": reading the gzip header failed: " + e.getMessage(), e);
        }
    }

    /** The header's column names without surrounding blanks or quotes; null when a quoted name is not closed. */
    private static String[] columns(String header) {
        List<String> cols = fields(header);
        if (cols == null) return null;
        String[] out = new String[cols.size()];
        for (int i = 0; i < out.length; i++) out[i] = cols.get(i).strip();
        return out;
    }

    /**
     * The fields of one CSV line (RFC 4180: a field in double quotes may hold commas and doubled quotes,
     * which read as one), their quotes removed; null when the line ends inside a quoted field.
     */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int len = line.length();
        while (true) {
            int next;
            if (i < len && line.charAt(i) == '"') {
                StringBuilder b = new StringBuilder();
                int j = i + 1;
                while (true) {
                    int q = line.indexOf('"', j);
                    if (q < 0) return null;
                    b.append(line, j, q);
                    if (q + 1 < len && line.charAt(q + 1) == '"') {
                        b.append('"');
                        j = q + 2;
                    } else {
                        next = q + 1;
                        break;
                    }
                }
                int comma = line.indexOf(',', next);
                if (comma < 0) comma = len;
                b.append(line, next, comma); // text after the closing quote (not RFC 4180) is kept as it stands
                out.add(b.toString());
                next = comma;
            } else {
                next = line.indexOf(',', i);
                if (next < 0) next = len;
                out.add(line.substring(i, next));
            }
            if (next >= len) return out;
            i = next + 1;
        }
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

    /** A file whose header is not the nfl_pbp format: the operator named the wrong file (an IOException, so a batch import goes on). */
    static final class NotPlayByPlay extends IOException {
        NotPlayByPlay(String message) {
            super(message);
        }
    }

    /** Opens {@code file}; bad rows go to {@code badRows}. */
    static PlayByPlayFile open(Path file, Consumer<BadRow> badRows) throws IOException {
        return new PlayByPlayFile(file, badRows);
    }

    /** Like {@link #expand(List, Consumer)}, notes dropped. */
    static List<Path> expand(List<Path> paths) throws IOException {
        return expand(paths, note -> {});
    }

    /**
     * Files named {@code nfl_pbp_*.csv} or {@code nfl_pbp_*.csv.gz}: the files given, and those directly
     * inside the folders given, sorted by name; each file once (by its real path: a file given twice, or
     * given and also inside a folder given, is read once, and {@code notes} says so).
     *
     * @throws IllegalArgumentException if a PATH is neither a file nor a folder
     */
    static List<Path> expand(List<Path> paths, Consumer<String> notes) throws IOException {
        List<Path> out = new ArrayList<>();
        Map<Path, Path> seen = new HashMap<>();
        for (Path p : paths) {
            List<Path> found = new ArrayList<>();
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(x -> isPlayFile(x) && Files.isRegularFile(x)).sorted().forEach(found::add);
                }
            } else if (Files.isRegularFile(p)) {
                found.add(p);
            } else {
                throw new IllegalArgumentException("PATH " + p + " is neither a file nor a folder");
            }
            for (Path f : found) {
                Path first = seen.putIfAbsent(f.toRealPath(), f);
                if (first == null) {
                    out.add(f);
                } else {
                    notes.accept(f.equals(first) ? f + " is given more than once; read once"
                            : f + " is the same file as " + first + "; read once");
                }
            }
        }
        return out;
    }

    /** The bad-input message for PATHs that hold no play-by-play file (only folders can). */
    static String noPlayFiles(List<Path> paths) {
        String names = String.join(", ", paths.stream().map(Path::toString).toList());
        return (paths.size() == 1 ? "PATH " + names + " holds" : "PATHs " + names + " hold")
                + " no play-by-play file (names nfl_pbp_*.csv or nfl_pbp_*.csv.gz, in lower case)";
    }

    static boolean isPlayFile(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith("nfl_pbp_") && (n.endsWith(".csv") || n.endsWith(".csv.gz"));
    }

    /**
     * What {@link #read} read.
     *
     * @param plays every play kept, in file order
     * @param files the files read (each once)
     * @param duplicatePlays plays skipped because their game had been read from an earlier file
     * @param malformedRows rows skipped as malformed
     */
    record Plays(List<HistoricalPlay> plays, List<Path> files, long duplicatePlays, long malformedRows) {}

    /** Every play of the files (expanded like {@link #expand}; a game met in an earlier file skipped); bad rows go to {@code badRows}. */
    static List<HistoricalPlay> readAll(List<Path> paths, Consumer<BadRow> badRows) throws IOException {
        return read(paths, badRows, note -> {}).plays();
    }

    /**
     * Reads every play of the files, expanded like {@link #expand} (each file once). The plays of a game
     * are taken from the first file holding it: a later file's rows of that game (the same season as
     * {@code .csv} and {@code .csv.gz}, a copy in another folder) are skipped and counted, and
     * {@code notes} gets one line per later file naming both files. Bad rows go to {@code badRows}.
     *
     * @throws IllegalArgumentException if a PATH does not exist, the PATHs hold no play-by-play file, or a
     *         file is not a play-by-play file (bad input, exit 2)
     */
    static Plays read(List<Path> paths, Consumer<BadRow> badRows, Consumer<String> notes) throws IOException {
        List<Path> files = expand(paths, notes);
        if (files.isEmpty()) throw new IllegalArgumentException(noPlayFiles(paths));
        List<HistoricalPlay> out = new ArrayList<>(700_000);
        Map<String, Path> gameFile = new HashMap<>();
        long duplicates = 0;
        long malformed = 0;
        for (Path p : files) {
            Map<Path, java.util.Set<String>> skippedGames = new java.util.LinkedHashMap<>();
            Map<Path, long[]> skippedPlays = new HashMap<>();
            try (PlayByPlayFile r = open(p, badRows)) {
                String lastGame = null;
                Path lastOwner = null;
                while (r.hasNext()) {
                    HistoricalPlay play = r.next();
                    String game = play.gameId();
                    if (game != lastGame) { // the ids of one file are shared instances (see text())
                        Path owner = gameFile.putIfAbsent(game, p);
                        lastOwner = owner == null ? p : owner;
                        lastGame = game;
                    }
                    if (lastOwner == p) {
                        out.add(play);
                    } else {
                        duplicates++;
                        skippedGames.computeIfAbsent(lastOwner, k -> new java.util.HashSet<>()).add(game);
                        skippedPlays.computeIfAbsent(lastOwner, k -> new long[1])[0]++;
                    }
                }
                malformed += r.malformedRows();
            } catch (NotPlayByPlay e) {
                throw new IllegalArgumentException(e.getMessage(), e); // bad input (exit 2), as a PATH that does not exist is
            }
            skippedGames.forEach((earlier, games) -> notes.accept(String.format(java.util.Locale.ROOT, "%s: %,d game%s (%,d plays) already read from %s; "
                    + "skipped, not counted twice", p, games.size(), games.size() == 1 ? "" : "s", skippedPlays.get(earlier)[0], earlier)));
        }
        return new Plays(out, files, duplicates, malformed);
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
            while ((s = readLine()) != null) {
                if (s.isEmpty()) continue;
                rowLine = line;
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

    /** The next line of the file (lines given back by {@link #joinLines} first), counted in {@link #line}; null at the end. */
    private String readLine() throws IOException {
        String s = givenBack.pollFirst();
        if (s == null) s = reader.readLine();
        if (s != null) line++;
        return s;
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
        if (quote == OPEN_QUOTE) n = joinLines(s);
        if (escaped && quote == 0 && n == columns) unescape();
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
        if (quote == OPEN_QUOTE) return bad("field " + (n + 1) + " opens a quote that is not closed (within " + MAX_ROW_LINES + " lines)");
        if (quote == TEXT_AFTER_QUOTE) return bad("field " + (n + 1) + " has text after its closing quote");
        if (n != columns) {
            return bad(columns + " fields expected, found " + n + (line > rowLine ? " (the row spans lines " + rowLine + "-" + line
                    + ": a quoted field holds a line break)" : ""));
        }
        if (game.isEmpty()) return bad("game_id is empty");
        try {
            return new HistoricalPlay(game, req(1, "season"), req(2, "week"), text(3), text(4), text(5), index,
                    req(6, "qtr"), req(7, "game_seconds_remaining"), opt(8, "half_seconds_remaining"), optText(9),
                    req(10, "home_score_before"), req(11, "away_score_before"), opt(12, "down"), opt(13, "ydstogo"),
                    opt(14, "yardline_100"), opt(15, "home_timeouts_remaining"), opt(16, "away_timeouts_remaining"),
                    spread(), req(18, "home_final"), req(19, "away_final"), text(20));
        } catch (IllegalArgumentException e) {
            return bad(e.getMessage());
        }
    }

    /**
     * The row that starts with {@code first} ends inside a quoted field: a line break inside quotes
     * (RFC 4180). Appends the following lines until the quote closes, at most {@value #MAX_ROW_LINES} lines
     * in all; when it does not close by then, the row is {@code first} alone (malformed) and the lines read
     * after it are given back, to be read as rows. Returns the field count of the row.
     */
    private int joinLines(String first) {
        List<String> more = new ArrayList<>();
        StringBuilder b = new StringBuilder(first);
        int n = 0;
        try {
            String s;
            while (quote == OPEN_QUOTE && more.size() < MAX_ROW_LINES - 1 && (s = readLine()) != null) {
                more.add(s);
                row = b.append('\n').append(s).toString();
                n = split(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": read failed after line " + line + ": " + e.getMessage(), e);
        }
        if (quote != OPEN_QUOTE) return n;
        for (int k = more.size() - 1; k >= 0; k--) givenBack.addFirst(more.get(k));
        line -= more.size();
        row = first;
        return split(first);
    }

    /** Rewrites {@link #row} as the format's fields alone with doubled quotes read as one (a quoted field held {@code ""}). */
    private void unescape() {
        StringBuilder b = new StringBuilder(row.length());
        for (int f = 0; f < FIELDS; f++) {
            int from = b.length();
            for (int k = starts[f]; k < ends[f]; k++) {
                char c = row.charAt(k);
                b.append(c);
                if (c == '"' && k + 1 < ends[f] && row.charAt(k + 1) == '"') k++;
            }
            starts[f] = from;
            ends[f] = b.length();
            b.append(',');
        }
        row = b.toString();
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
            lastSpread = number(t, "spread_line");
            lastSpreadText = t;
        }
        return lastSpread;
    }

    /** A finite decimal number ({@code -3.5}, {@code 7}, {@code 1e1}); anything else is a malformed row naming the column. */
    private static double number(String t, String name) {
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                throw new IllegalArgumentException(name + " is not a number: '" + t + "'");
            }
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!Double.isFinite(v)) throw new IllegalArgumentException(name + " is not a number: '" + t + "'");
        return v;
    }

    private HistoricalPlay bad(String reason) {
        malformed++;
        badRows.accept(new BadRow(file, rowLine, reason));
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
     * Finds the fields of {@code s} (RFC 4180: a field that starts with a double quote runs to the closing
     * quote and may hold commas, doubled quotes and line breaks), keeping the offsets of the format's
     * fields by their place in {@link #HEADER} (columns the format does not have are skipped; offsets of a
     * quoted field exclude its quotes); returns the number of fields found. Sets {@link #quote} to
     * {@link #OPEN_QUOTE} when {@code s} ends inside a quoted field, {@link #TEXT_AFTER_QUOTE} when a closing
     * quote is followed by more than a comma (the count is then of the fields before that one), and
     * {@link #escaped} when a field of the format holds a doubled quote. A line without quotes takes the
     * fast path: one {@code indexOf(',')} per field.
     */
    private int split(String s) {
        int n = 0;
        int i = 0;
        int len = s.length();
        int[] map = logical;
        quote = 0;
        escaped = false;
        while (true) {
            int f = n < map.length ? map[n] : -1;
            int start;
            int end;
            int next;
            if (i < len && s.charAt(i) == '"') {
                start = i + 1;
                int j = start;
                while (true) {
                    int q = s.indexOf('"', j);
                    if (q < 0) {
                        quote = OPEN_QUOTE;
                        return n;
                    }
                    if (q + 1 < len && s.charAt(q + 1) == '"') {
                        if (f >= 0) escaped = true;
                        j = q + 2;
                        continue;
                    }
                    end = q;
                    next = q + 1;
                    break;
                }
                if (next < len && s.charAt(next) != ',') {
                    quote = TEXT_AFTER_QUOTE;
                    return n;
                }
            } else {
                next = s.indexOf(',', i);
                if (next < 0) next = len;
                start = i;
                end = next;
            }
            if (f >= 0) {
                starts[f] = start;
                ends[f] = end;
            }
            n++;
            if (next >= len) return n;
            i = next + 1;
        }
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
