package com.precog.application.service.models;

import com.precog.domain.model.HistoricalGame;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Reads finished games with closing lines from the "spreadspoke" CSV format
 * ({@code nfl_scores_spreads_1966_2022.csv}: schedule_date M/d/yyyy, schedule_season, schedule_week,
 * schedule_playoff, team_home, score_home, score_away, team_away, team_favorite_id, spread_favorite,
 * …, stadium_neutral, …), mapping team names to franchise ids through a teams table in the
 * {@code nfl_teams.csv} format (team_name, team_name_short, team_id, …).
 *
 * <p>The closing home margin is {@code |spread_favorite|} when the favourite is the home team,
 * {@code −|spread_favorite|} when it is the away team and 0 for {@code PICK}; empty when no line.
 * Rows without both scores (unplayed) are skipped and counted. A malformed row fails the whole read
 * with its line number. Games come back sorted by date (stable).
 */
public final class HistoricalGamesCsv {
    /** schedule_date: month/day/year; STRICT, so an impossible day (2/30/2000) is a malformed row, not moved to another day. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");

    private HistoricalGamesCsv() {}

    /** Games read, plus counts of rows skipped (unplayed) and lines whose favourite matched neither team (line dropped). */
    public record Result(List<HistoricalGame> games, int unplayedSkipped, int unknownFavourite) {
        public Result {
            games = List.copyOf(games);
        }
    }

    /** Team name → franchise id from a {@code nfl_teams.csv}-format table. */
    public static Map<String, String> readTeams(Reader teams) throws IOException {
        Objects.requireNonNull(teams, "teams");
        Map<String, String> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(teams)) {
            String header = r.readLine();
            if (header == null) throw new IllegalArgumentException("teams table is empty");
            Map<String, Integer> col = columns(header);
            int name = need(col, "team_name"), id = need(col, "team_id");
            String line;
            int no = 1;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) continue;
                List<String> f = split(line);
                if (f.size() <= Math.max(name, id)) throw new IllegalArgumentException("teams line " + no + ": too few fields");
                out.put(f.get(name), f.get(id));
            }
        }
        return out;
    }

    public static Result read(Reader games, Map<String, String> teamIds) throws IOException {
        Objects.requireNonNull(games, "games");
        Objects.requireNonNull(teamIds, "teamIds");
        List<HistoricalGame> out = new ArrayList<>();
        int unplayed = 0, unknownFav = 0;
        try (BufferedReader r = new BufferedReader(games)) {
            String header = r.readLine();
            if (header == null) throw new IllegalArgumentException("games file is empty");
            Map<String, Integer> col = columns(header);
            int date = need(col, "schedule_date"), season = need(col, "schedule_season"), playoff = need(col, "schedule_playoff"),
                    home = need(col, "team_home"), sh = need(col, "score_home"), sa = need(col, "score_away"),
                    away = need(col, "team_away"), fav = need(col, "team_favorite_id"), spread = need(col, "spread_favorite"),
                    neutral = need(col, "stadium_neutral");
            String line;
            int no = 1;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) continue;
                List<String> f = split(line);
                try {
                    if (f.size() < col.size()) throw new IllegalArgumentException("has " + f.size() + " fields, header has " + col.size());
                    if (f.get(sh).isBlank() || f.get(sa).isBlank()) {
                        unplayed++;
                        continue;
                    }
                    String homeId = teamId(teamIds, f.get(home));
                    String awayId = teamId(teamIds, f.get(away));
                    OptionalDouble margin = OptionalDouble.empty();
                    String favId = f.get(fav).trim();
                    if (!favId.isEmpty() && !f.get(spread).isBlank()) {
                        double s = Math.abs(points(f.get(spread), "spread_favorite"));
                        if (favId.equals("PICK")) margin = OptionalDouble.of(0);
                        else if (favId.equals(homeId)) margin = OptionalDouble.of(s);
                        else if (favId.equals(awayId)) margin = OptionalDouble.of(-s);
                        else unknownFav++;
                    } else if (favId.equals("PICK")) {
                        margin = OptionalDouble.of(0);
                    }
                    out.add(new HistoricalGame(date(f.get(date)), whole(f.get(season), "schedule_season", "a year, e.g. 2020"),
                            bool(f.get(playoff), "schedule_playoff"), homeId, awayId, whole(f.get(sh), "score_home", "points, e.g. 24"),
                            whole(f.get(sa), "score_away", "points, e.g. 24"), bool(f.get(neutral), "stadium_neutral"), margin));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("games line " + no + ": " + e.getMessage(), e);
                }
            }
        }
        out.sort(Comparator.comparing(HistoricalGame::date));
        return new Result(out, unplayed, unknownFav);
    }

    private static String teamId(Map<String, String> ids, String name) {
        String id = ids.get(name.trim());
        if (id == null) throw new IllegalArgumentException("team '" + name + "' is not in the teams table");
        return id;
    }

    /** schedule_date as M/D/YYYY (9/10/2020), a day that exists. */
    private static LocalDate date(String v) {
        try {
            return LocalDate.parse(v.trim(), DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("schedule_date must be a date M/D/YYYY that exists (e.g. 9/10/2020), was '" + v + "'");
        }
    }

    /** A whole number >= 0 (a score, a season). */
    private static int whole(String v, String column, String example) {
        String t = v.trim();
        if (!WHOLE_NUMBER.matcher(t).matches()) {
            throw new IllegalArgumentException(column + " must be a whole number >= 0 (" + example + "), was '" + v + "'");
        }
        return Integer.parseInt(t);
    }

    /** A finite decimal number of points (a spread): no NaN, Infinity or Java's 3d/3f suffixes. */
    private static double points(String v, String column) {
        double d;
        try {
            d = new BigDecimal(v.trim()).doubleValue();
        } catch (NumberFormatException e) {
            d = Double.NaN;
        }
        if (!Double.isFinite(d)) throw new IllegalArgumentException(column + " must be a number of points (e.g. -3.5), was '" + v + "'");
        return d;
    }

    private static boolean bool(String v, String column) {
        String t = v.trim().toUpperCase(Locale.ROOT);
        if (t.equals("TRUE")) return true;
        if (t.equals("FALSE") || t.isEmpty()) return false;
        throw new IllegalArgumentException(column + " must be TRUE or FALSE, was '" + v + "'");
    }

    private static Map<String, Integer> columns(String header) {
        Map<String, Integer> col = new HashMap<>();
        List<String> h = split(header.startsWith("\uFEFF") ? header.substring(1) : header);
        for (int i = 0; i < h.size(); i++) col.put(h.get(i).trim(), i);
        return col;
    }

    private static int need(Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        if (i == null) throw new IllegalArgumentException("CSV header lacks column " + name);
        return i;
    }

    /** Splits one CSV line (double quotes, "" escapes). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
