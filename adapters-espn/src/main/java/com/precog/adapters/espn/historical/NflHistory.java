package com.precog.adapters.espn.historical;

import com.precog.domain.game.GameId;
import com.precog.domain.game.HistoricalGame;
import com.precog.domain.game.League;
import com.precog.domain.game.Team;
import com.precog.domain.game.TeamCodes;
import com.precog.domain.game.TeamId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled NFL history (classpath {@code historical/}): scores and closing spreads 1966–2022
 * ("spreadspoke"), team names ↔ franchise ids, and FiveThirtyEight's game list 1920–2020.
 * Plain parsers returning domain records; team ids are franchise codes ({@link TeamCodes}), so the
 * Houston Oilers are {@code TEN} and the Oakland Raiders {@code LVR}, and both sources give the
 * same {@link GameId} for the same game ({@code NFL-yyyyMMdd-AWAY-HOME}).
 */
public final class NflHistory {
    public static final String SCORES_SPREADS = "historical/nfl_scores_spreads_1966_2022.csv";
    public static final String TEAMS = "historical/nfl_teams.csv";
    public static final String GAMES_538 = "historical/nfl_games_538.csv";

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ROOT);

    private NflHistory() {}

    /** The bundled scores-and-spreads file, in file order (13,516 games). */
    public static List<HistoricalGame> scoresAndSpreads() {
        List<Team> teams = teams();
        try (Reader r = resource(SCORES_SPREADS)) {
            return parseScoresAndSpreads(r, teams);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled teams: one per franchise, with its current and former names. */
    public static List<Team> teams() {
        try (Reader r = resource(TEAMS)) {
            return parseTeams(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled FiveThirtyEight game list (16,810 games 1920–2020; no spreads, no weeks). */
    public static List<HistoricalGame> fiveThirtyEightGames() {
        try (Reader r = resource(GAMES_538)) {
            return parseFiveThirtyEight(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The games of {@code extra} that {@code primary} does not have, matching on date and the
     * pair of teams in either orientation (the sources disagree on home/away for 45 neutral-site
     * games 1966–2020), so importing both sources stores each game once.
     */
    public static List<HistoricalGame> notIn(List<HistoricalGame> extra, List<HistoricalGame> primary) {
        Set<String> seen = new HashSet<>();
        for (HistoricalGame g : primary) seen.add(pairKey(g));
        return extra.stream().filter(g -> !seen.contains(pairKey(g))).toList();
    }

    private static String pairKey(HistoricalGame g) {
        String a = g.home().code(), b = g.away().code();
        return g.date() + (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
    }

    /**
     * Parses the spreadspoke CSV ({@code schedule_date,schedule_season,schedule_week,schedule_playoff,
     * team_home,score_home,score_away,team_away,team_favorite_id,spread_favorite,...,stadium_neutral,...}).
     * Team names resolve through {@code teams} (current or former names). {@code PICK} is a spread of
     * 0 with no favourite.
     * @throws IllegalArgumentException naming the line and value that could not be read
     */
    public static List<HistoricalGame> parseScoresAndSpreads(Reader in, List<Team> teams) throws IOException {
        Map<String, TeamId> byName = new HashMap<>();
        for (Team t : teams) {
            byName.put(t.name(), t.id());
            t.formerNames().forEach(n -> byName.put(n, t.id()));
        }
        List<HistoricalGame> games = new ArrayList<>(14_000);
        BufferedReader r = new BufferedReader(in);
        Map<String, Integer> col = header(r.readLine(), "schedule_date", "schedule_season", "schedule_week", "schedule_playoff",
                "team_home", "score_home", "score_away", "team_away", "team_favorite_id", "spread_favorite", "stadium_neutral");
        String line;
        int lineNo = 1;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            List<String> f = split(line);
            try {
                LocalDate date = LocalDate.parse(f.get(col.get("schedule_date")), US_DATE);
                TeamId home = team(byName, f.get(col.get("team_home")));
                TeamId away = team(byName, f.get(col.get("team_away")));
                String fav = f.get(col.get("team_favorite_id")).trim();
                String spread = f.get(col.get("spread_favorite")).trim();
                Optional<TeamId> favourite = fav.isEmpty() || fav.equals("PICK") ? Optional.empty()
                        : Optional.of(TeamCodes.canonical(League.NFL, fav));
                Optional<BigDecimal> favSpread = spread.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(spread));
                games.add(new HistoricalGame(GameId.historical(date, away, home), date,
                        Integer.parseInt(f.get(col.get("schedule_season")).trim()), f.get(col.get("schedule_week")),
                        Boolean.parseBoolean(f.get(col.get("schedule_playoff")).trim()), home, away,
                        Integer.parseInt(f.get(col.get("score_home")).trim()), Integer.parseInt(f.get(col.get("score_away")).trim()),
                        favourite, favSpread, Boolean.parseBoolean(f.get(col.get("stadium_neutral")).trim())));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("scores/spreads line " + lineNo + " unreadable (" + e.getMessage() + "): " + line, e);
            }
        }
        return games;
    }

    /** Parses {@code nfl_teams.csv}: rows sharing a {@code team_id} are one franchise; the row with a current division names it. */
    public static List<Team> parseTeams(Reader in) throws IOException {
        BufferedReader r = new BufferedReader(in);
        Map<String, Integer> col = header(r.readLine(), "team_name", "team_id", "team_conference", "team_division");
        Map<String, List<List<String>>> rows = new LinkedHashMap<>();
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank()) continue;
            List<String> f = split(line);
            rows.computeIfAbsent(f.get(col.get("team_id")).trim(), k -> new ArrayList<>()).add(f);
        }
        List<Team> teams = new ArrayList<>(rows.size());
        for (Map.Entry<String, List<List<String>>> e : rows.entrySet()) {
            List<List<String>> list = e.getValue();
            // the current name: the last row that has a division (the file lists history before the present)
            List<String> current = list.get(0);
            for (List<String> row : list) if (!row.get(col.get("team_division")).isBlank()) current = row;
            List<String> former = new ArrayList<>();
            for (List<String> row : list) {
                String n = row.get(col.get("team_name"));
                if (!n.equals(current.get(col.get("team_name"))) && !former.contains(n)) former.add(n);
            }
            teams.add(new Team(TeamId.of(League.NFL, e.getKey()), current.get(col.get("team_name")), former,
                    current.get(col.get("team_conference")), current.get(col.get("team_division"))));
        }
        return teams;
    }

    /** Parses FiveThirtyEight's {@code date,season,neutral,playoff,team1 (home),team2,...,score1,score2,...}. */
    public static List<HistoricalGame> parseFiveThirtyEight(Reader in) throws IOException {
        BufferedReader r = new BufferedReader(in);
        Map<String, Integer> col = header(r.readLine(), "date", "season", "neutral", "playoff", "team1", "team2", "score1", "score2");
        List<HistoricalGame> games = new ArrayList<>(17_000);
        String line;
        int lineNo = 1;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            List<String> f = split(line);
            try {
                LocalDate date = LocalDate.parse(f.get(col.get("date")));
                TeamId home = TeamCodes.canonical(League.NFL, f.get(col.get("team1")));
                TeamId away = TeamCodes.canonical(League.NFL, f.get(col.get("team2")));
                games.add(new HistoricalGame(GameId.historical(date, away, home), date, Integer.parseInt(f.get(col.get("season"))),
                        "", !"0".equals(f.get(col.get("playoff")).trim()), home, away,
                        Integer.parseInt(f.get(col.get("score1"))), Integer.parseInt(f.get(col.get("score2"))),
                        Optional.empty(), Optional.empty(), "1".equals(f.get(col.get("neutral")).trim())));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("538 games line " + lineNo + " unreadable (" + e.getMessage() + "): " + line, e);
            }
        }
        return games;
    }

    private static TeamId team(Map<String, TeamId> byName, String name) {
        TeamId id = byName.get(name.trim());
        if (id == null) throw new IllegalArgumentException("unknown team name '" + name + "'");
        return id;
    }

    private static Map<String, Integer> header(String line, String... required) {
        if (line == null) throw new IllegalArgumentException("CSV is empty (no header)");
        List<String> names = split(line.replace("\uFEFF", ""));
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < names.size(); i++) col.put(names.get(i).trim(), i);
        for (String r : required) {
            if (!col.containsKey(r)) throw new IllegalArgumentException("CSV header lacks column '" + r + "': " + line);
        }
        return col;
    }

    /** Splits one CSV line (RFC 4180 quotes; these files have no embedded newlines). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>(20);
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
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

    private static Reader resource(String name) {
        InputStream in = NflHistory.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("bundled resource missing: " + name);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
