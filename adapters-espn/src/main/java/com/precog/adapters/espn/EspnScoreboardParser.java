package com.precog.adapters.espn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precog.domain.game.GameId;
import com.precog.domain.game.GameState;
import com.precog.domain.game.GameStatus;
import com.precog.domain.game.League;
import com.precog.domain.game.Scoreboard;
import com.precog.domain.game.Situation;
import com.precog.domain.game.TeamCodes;
import com.precog.domain.game.TeamId;
import com.precog.domain.game.WinProbabilityPoint;
import com.precog.domain.money.Probability;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Translates ESPN site-API JSON (scoreboard, summary) to domain values. Quirks handled (see
 * docs/ESPN.md): scores are strings; pre-game period is 0 or 1 (normalised to 0 with a full
 * clock); {@code state:"post"} is final only when {@code completed}; overtime is a period above
 * the regulation periods; {@code yardLine} counts from the home goal line; between plays down
 * and distance are -1 and possession is absent; at halftime ESPN keeps a stale down and
 * distance without possession (both give an unknown situation); a live situation may hold only {@code $ref};
 * dates have no seconds; {@code timeValid: false} marks a date whose kick-off time is not set yet
 * (the time part is a placeholder). A live game without {@code clock} reads {@code displayClock}.
 * An event that cannot be parsed is skipped with a warning, among them a started game without a
 * readable score or a running game without any clock: defaulting those to 0 would mis-read them.
 */
public final class EspnScoreboardParser {
    /** ESPN silently truncates over-limit pages to exactly this many events. */
    public static final int TRUNCATED_PAGE_SIZE = 25;

    private static final ObjectMapper JSON = new ObjectMapper();

    private EspnScoreboardParser() {}

    /** @throws EspnFormatException when the body is not a scoreboard JSON document */
    public static Scoreboard parseScoreboard(String body, League league, LocalDate date, Instant observedAt) {
        JsonNode root = readTree(body);
        JsonNode events = root.path("events");
        if (!events.isArray()) throw new EspnFormatException("scoreboard has no events array");
        List<GameState> games = new ArrayList<>(events.size());
        List<String> warnings = new ArrayList<>();
        for (JsonNode event : events) {
            try {
                games.add(parseEvent(event, league, observedAt));
            } catch (RuntimeException e) {
                warnings.add("event " + event.path("id").asText("?") + " skipped: " + e.getMessage());
            }
        }
        if (events.size() == TRUNCATED_PAGE_SIZE) {
            warnings.add("exactly " + TRUNCATED_PAGE_SIZE + " events: the page may have been truncated by ESPN");
        }
        return new Scoreboard(league, date, observedAt, games, warnings);
    }

    /** Parses one scoreboard event. */
    static GameState parseEvent(JsonNode event, League league, Instant observedAt) {
        String eventId = requireText(event, "id");
        JsonNode comp = event.path("competitions").path(0);
        if (comp.isMissingNode()) throw new EspnFormatException("no competition");
        JsonNode home = competitor(comp, "home");
        JsonNode away = competitor(comp, "away");
        TeamId homeId = team(league, home);
        TeamId awayId = team(league, away);
        JsonNode status = comp.has("status") ? comp.path("status") : event.path("status");
        JsonNode type = status.path("type");
        int period = status.path("period").asInt(0);
        int regulation = comp.path("format").path("regulation").path("periods").asInt(league.regulationPeriods());
        GameStatus gameStatus = status(type, period, regulation);
        boolean inPlay = gameStatus == GameStatus.IN_PROGRESS || gameStatus == GameStatus.HALFTIME || gameStatus == GameStatus.END_OF_PERIOD;
        if (inPlay && period < 1) throw new EspnFormatException("live game without a period");
        Double clock = clockSeconds(status);
        // college overtime has no game clock; in regulation a running game without one would read as 0:00 left
        if (clock == null && gameStatus == GameStatus.IN_PROGRESS && league.hasClock() && period <= regulation) {
            throw new EspnFormatException("live game without a clock");
        }
        Duration clockLeft = Duration.ofMillis(Math.max(0, Math.round((clock == null ? 0.0 : clock) * 1000)));
        if (gameStatus == GameStatus.SCHEDULED) {
            period = 0;
            clockLeft = Duration.ofSeconds(league.periodSeconds());
        }
        if (!league.hasClock()) clockLeft = Duration.ZERO;
        Instant start = parseDate(firstText(comp.path("date"), event.path("date")));
        JsonNode situationNode = comp.path("situation");
        Situation situation = Situation.NONE;
        Optional<Probability> wp = Optional.empty();
        if (gameStatus.isLive() && situationNode.isObject()) {
            if (league.espnSport().equals("football") && gameStatus != GameStatus.HALFTIME) {
                situation = situation(situationNode, home.path("id").asText(), homeId, away.path("id").asText(), awayId)
                        .withTimeouts(positiveInt(situationNode.path("homeTimeouts"), 0, 3), positiveInt(situationNode.path("awayTimeouts"), 0, 3));
            }
            JsonNode p = situationNode.path("lastPlay").path("probability").path("homeWinPercentage");
            if (p.isNumber()) wp = Optional.of(Probability.ofDoubleClamped(p.asDouble()));
        }
        // a started game's score is never defaulted: 0 would be a wrong result, a skipped event keeps the last good one
        boolean started = gameStatus.isLive() || gameStatus.isFinished() || gameStatus == GameStatus.SUSPENDED;
        return new GameState(GameId.espn(league, eventId), league, start, homeId, awayId, score(home, started), score(away, started),
                period, clockLeft, gameStatus, situation, wp, comp.path("neutralSite").asBoolean(false), observedAt,
                comp.path("timeValid").asBoolean(true)); // false: a date without a kick-off time yet (TBD)
    }

    /**
     * Maps ESPN's status type to ours: by name for the breaks and exceptions, else by state + completed.
     * A type without {@code state} or {@code completed} takes them from its name (a final is completed).
     */
    static GameStatus status(JsonNode type, int period, int regulationPeriods) {
        String name = type.path("name").asText("").toUpperCase(Locale.ROOT);
        boolean finalName = name.equals("STATUS_FINAL") || name.startsWith("STATUS_FINAL_");
        String state = type.path("state").asText("");
        if (state.isEmpty()) {
            state = name.equals("STATUS_SCHEDULED") ? "pre" : name.equals("STATUS_IN_PROGRESS") ? "in" : finalName ? "post" : "";
        }
        boolean completed = type.has("completed") ? type.path("completed").asBoolean(false) : finalName;
        switch (name) {
            case "STATUS_HALFTIME": return GameStatus.HALFTIME;
            case "STATUS_END_PERIOD", "STATUS_END_OF_PERIOD": return GameStatus.END_OF_PERIOD;
            case "STATUS_END_OF_REGULATION":
                if ("in".equals(state)) return GameStatus.END_OF_PERIOD;
                break;
            case "STATUS_POSTPONED": return GameStatus.POSTPONED;
            case "STATUS_CANCELED", "STATUS_CANCELLED": return GameStatus.CANCELED;
            case "STATUS_DELAYED", "STATUS_RAIN_DELAY", "STATUS_WEATHER_DELAY":
                return "pre".equals(state) ? GameStatus.SCHEDULED : GameStatus.DELAYED;
            case "STATUS_SUSPENDED": return GameStatus.SUSPENDED;
            case "STATUS_FINAL_OT", "STATUS_FINAL_OVERTIME": return GameStatus.FINAL_OVERTIME;
            default: break;
        }
        return switch (state) {
            case "pre" -> GameStatus.SCHEDULED;
            case "in" -> GameStatus.IN_PROGRESS;
            case "post" -> {
                if (!completed) yield GameStatus.POSTPONED;
                yield period > regulationPeriods ? GameStatus.FINAL_OVERTIME : GameStatus.FINAL;
            }
            default -> throw new EspnFormatException("unknown status state '" + state + "' (" + name + ")");
        };
    }

    private static Situation situation(JsonNode s, String homeEspnId, TeamId home, String awayEspnId, TeamId away) {
        String possessionId = s.path("possession").asText("");
        TeamId possession = possessionId.isEmpty() ? null
                : possessionId.equals(homeEspnId) ? home : possessionId.equals(awayEspnId) ? away : null;
        // without a team on offence a down is meaningless (real halftime data keeps "1st & 10" with no possession)
        if (possession == null) return Situation.NONE;
        Integer down = positiveInt(s.path("down"), 1, 4);
        Integer distance = down == null ? null : positiveInt(s.path("distance"), 0, 100);
        Integer toEndZone = null;
        if (possession != null && s.path("yardLine").isNumber()) {
            int yardLine = s.path("yardLine").asInt();
            if (yardLine >= 0 && yardLine <= 100) {
                toEndZone = Situation.yardsToEndZoneFromHomeGoalLine(yardLine, possession.equals(home));
            }
        }
        return Situation.of(possession, down, distance, toEndZone, possession != null && s.path("isRedZone").asBoolean(false));
    }

    /** Parses a summary's {@code winprobability} array (empty when absent). */
    public static List<WinProbabilityPoint> parseWinProbabilities(String body) {
        JsonNode series = readTree(body).path("winprobability");
        List<WinProbabilityPoint> points = new ArrayList<>();
        if (!series.isArray()) return points;
        for (JsonNode p : series) {
            if (!p.path("homeWinPercentage").isNumber()) continue;
            Probability home = Probability.ofDoubleClamped(p.path("homeWinPercentage").asDouble());
            Probability tie = Probability.ofDoubleClamped(p.path("tiePercentage").asDouble(0.0));
            if (home.millionths() + tie.millionths() > Probability.ONE) tie = home.complement();
            OptionalInt secondsLeft = p.path("secondsLeft").isNumber() ? OptionalInt.of(p.path("secondsLeft").asInt()) : OptionalInt.empty();
            points.add(new WinProbabilityPoint(p.path("playId").asText("?"), home, tie, secondsLeft));
        }
        return points;
    }

    private static JsonNode readTree(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) throw new EspnFormatException("response is not a JSON object");
            return root;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new EspnFormatException("malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new EspnFormatException("unreadable JSON: " + e.getMessage(), e);
        }
    }

    private static JsonNode competitor(JsonNode comp, String side) {
        for (JsonNode c : comp.path("competitors")) {
            if (side.equals(c.path("homeAway").asText())) return c;
        }
        throw new EspnFormatException("no " + side + " competitor");
    }

    private static TeamId team(League league, JsonNode competitor) {
        String abbr = competitor.path("team").path("abbreviation").asText("");
        if (abbr.isBlank()) throw new EspnFormatException("competitor " + competitor.path("id").asText("?") + " has no abbreviation");
        return TeamCodes.fromEspn(league, abbr);
    }

    /** A string ({@code "26"}) or a number; absent or blank is 0 only before the game ({@code required} false). */
    private static int score(JsonNode competitor, boolean required) {
        JsonNode s = competitor.path("score");
        if (s.isContainerNode()) throw new EspnFormatException("score is not a number: " + s);
        if (s.isMissingNode() || s.isNull() || s.asText().isBlank()) {
            if (required) throw new EspnFormatException("competitor " + competitor.path("id").asText("?") + " has no score");
            return 0;
        }
        String text = s.isNumber() ? s.asText() : s.asText().trim();
        try {
            return Integer.parseInt(text.contains(".") ? text.substring(0, text.indexOf('.')) : text);
        } catch (NumberFormatException e) {
            throw new EspnFormatException("score is not a number: '" + text + "'");
        }
    }

    /** Seconds left in the period: {@code clock}, else {@code displayClock}; null when neither is readable. */
    private static Double clockSeconds(JsonNode status) {
        JsonNode clock = status.path("clock");
        if (clock.isNumber()) return clock.asDouble();
        Double seconds = clock.isTextual() ? seconds(clock.asText()) : null;
        return seconds != null ? seconds : displayClockSeconds(status.path("displayClock").asText(""));
    }

    /** {@code "15:00"}, {@code "1:05.3"} (minutes:seconds) or {@code "45.3"} (seconds, basketball); null otherwise. */
    static Double displayClockSeconds(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) return seconds(text);
        Double minutes = seconds(text.substring(0, colon));
        Double seconds = seconds(text.substring(colon + 1));
        return minutes == null || seconds == null ? null : minutes * 60 + seconds;
    }

    private static Double seconds(String text) {
        if (!text.trim().matches("[0-9]+(\\.[0-9]+)?")) return null;
        return Double.parseDouble(text.trim());
    }

    private static Integer positiveInt(JsonNode n, int min, int max) {
        if (!n.isNumber()) return null;
        int v = n.asInt();
        return v < min || v > max ? null : v;
    }

    private static String requireText(JsonNode n, String field) {
        String v = n.path(field).asText("");
        if (v.isBlank()) throw new EspnFormatException("missing " + field);
        return v;
    }

    private static String firstText(JsonNode a, JsonNode b) {
        String s = a.asText("");
        return s.isBlank() ? b.asText("") : s;
    }

    /** ESPN dates have no seconds ({@code 2022-09-11T17:00Z}), which {@link Instant#parse} rejects. */
    static Instant parseDate(String text) {
        if (text == null || text.isBlank()) throw new EspnFormatException("missing date");
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new EspnFormatException("bad date '" + text + "'");
        }
    }
}
