package com.precog.adapters.espn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.domain.game.GameId;
import com.precog.domain.game.GameState;
import com.precog.domain.game.GameStatus;
import com.precog.domain.game.League;
import com.precog.domain.game.Scoreboard;
import com.precog.domain.game.Situation;
import com.precog.domain.game.TeamId;
import com.precog.domain.game.WinProbabilityPoint;
import com.precog.domain.money.Probability;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EspnScoreboardParserTest {
    private static final Instant AT = Instant.parse("2022-09-11T20:00:00Z");

    private static Map<String, GameState> byEvent(Scoreboard board, League league) {
        return board.games().stream().collect(Collectors.toMap(g -> g.id().value().substring(league.name().length() + 1), Function.identity()));
    }

    private static TeamId nfl(String code) {
        return TeamId.of(League.NFL, code);
    }

    private final Scoreboard nfl = EspnScoreboardParser.parseScoreboard(SharedData.read(SharedData.NFL_LIVE), League.NFL,
            LocalDate.of(2022, 9, 11), AT);
    private final Map<String, GameState> nflGames = byEvent(nfl, League.NFL);

    @Test
    void nfl_everyEventIsParsed_withoutWarnings() {
        assertThat(nfl.games()).hasSize(16);
        assertThat(nfl.warnings()).isEmpty();
        assertThat(nfl.games()).allSatisfy(g -> assertThat(g.observedAt()).isEqualTo(AT));
    }

    @Test
    void nfl_awayPossessionDeepInOwnTerritory() {
        // NO (away) at NO 10: ESPN yardLine 90 from the home (ATL) goal line -> 90 yards to go
        GameState g = nflGames.get("401437650");
        assertThat(g.home()).isEqualTo(nfl("ATL"));
        assertThat(g.away()).isEqualTo(nfl("NO"));
        assertThat(g.homeScore()).isEqualTo(26);
        assertThat(g.awayScore()).isEqualTo(24);
        assertThat(g.period()).isEqualTo(4);
        assertThat(g.clockSeconds()).isEqualTo(48);
        assertThat(g.status()).isEqualTo(GameStatus.IN_PROGRESS);
        assertThat(g.situation()).isEqualTo(Situation.of(nfl("NO"), 1, 10, 90, false).withTimeouts(3, 0));
        assertThat(g.homeWinProbability()).contains(Probability.of("0.924"));
        assertThat(g.scheduledStart()).isEqualTo(Instant.parse("2022-09-11T17:00:00Z"));
    }

    @Test
    void nfl_homePossessionInTheRedZone() {
        GameState g = nflGames.get("401437634"); // PIT at CIN, CIN at PIT 12, yardLine 88
        assertThat(g.situation()).isEqualTo(Situation.of(nfl("CIN"), 2, 10, 12, true).withTimeouts(0, 2));
        assertThat(g.awayScore()).isEqualTo(20);
        assertThat(g.homeScore()).isEqualTo(14);
        assertThat(g.homeWinProbability()).contains(Probability.of("0.3526"));
    }

    @Test
    void nfl_homePossessionInOwnTerritory_andEspnAbbreviationsMapToOurIds() {
        GameState det = nflGames.get("401437648"); // DET at DET 34
        assertThat(det.situation()).isEqualTo(Situation.of(nfl("DET"), 3, 4, 66, false).withTimeouts(2, 1));
        GameState wsh = nflGames.get("401437646"); // ESPN WSH -> WAS
        assertThat(wsh.home()).isEqualTo(nfl("WAS"));
        assertThat(wsh.situation().possession()).contains(nfl("WAS"));
        assertThat(wsh.situation().yardsToEndZone()).isEqualTo(OptionalInt.of(64));
        assertThat(nflGames.get("401437643").away()).isEqualTo(nfl("LVR"));
    }

    @Test
    void aDateWithoutAKickoffTime_timeValidFalse_isMarkedUnknown() throws Exception {
        assertThat(nfl.games()).as("the real week-1 times are all set").allSatisfy(g -> assertThat(g.startTimeKnown()).isTrue());
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode event = null;
        for (var e : mapper.readTree(SharedData.read(SharedData.NFL_LIVE)).path("events")) {
            if (e.path("id").asText().equals("401437640")) event = e;
        }
        assertThat(event).isNotNull();
        ((com.fasterxml.jackson.databind.node.ObjectNode) event.path("competitions").path(0)).put("timeValid", false);
        GameState tbd = EspnScoreboardParser.parseEvent(event, League.NFL, AT);
        assertThat(tbd.startTimeKnown()).isFalse();
        assertThat(tbd.scheduledStart()).as("the date is kept").isEqualTo(nflGames.get("401437640").scheduledStart());
        assertThat(tbd.sameContentAs(nflGames.get("401437640"))).as("setting the time is a new state").isFalse();
    }

    @Test
    void nfl_finalsAndPreGames() {
        GameState fin = nflGames.get("401437630");
        assertThat(fin.status()).isEqualTo(GameStatus.FINAL);
        assertThat(fin.homeScore()).isEqualTo(20);
        assertThat(fin.awayScore()).isEqualTo(7);
        assertThat(fin.situation()).isEqualTo(Situation.NONE);
        assertThat(fin.homeWinProbability()).isEmpty();
        // pre-game: ESPN says period 1 clock 900 for some games and period 0 clock 0 for others
        for (String id : List.of("401437640", "401437655")) {
            GameState pre = nflGames.get(id);
            assertThat(pre.status()).isEqualTo(GameStatus.SCHEDULED);
            assertThat(pre.period()).isZero();
            assertThat(pre.clockSeconds()).isEqualTo(900);
            assertThat(pre.homeScore() + pre.awayScore()).isZero();
        }
    }

    @Test
    void nhl_overtimeFinalsAreFinalOvertime_andLiveClocksAreParsed() {
        Scoreboard nhl = EspnScoreboardParser.parseScoreboard(SharedData.read(SharedData.NHL_LIVE), League.NHL,
                LocalDate.of(2022, 9, 25), AT);
        Map<String, GameState> games = byEvent(nhl, League.NHL);
        GameState ot = games.get("401461562");
        assertThat(ot.status()).isEqualTo(GameStatus.FINAL_OVERTIME);
        assertThat(ot.period()).isEqualTo(4);
        assertThat(ot.isOvertime()).isTrue();
        assertThat(ot.homeScore()).isEqualTo(3);
        assertThat(ot.awayScore()).isEqualTo(2);
        GameState live = games.get("401461456");
        assertThat(live.status()).isEqualTo(GameStatus.IN_PROGRESS);
        assertThat(live.period()).isEqualTo(3);
        assertThat(live.clockSeconds()).isEqualTo(543);
        assertThat(live.situation()).isEqualTo(Situation.NONE);
        assertThat(games.get("401461557").status()).isEqualTo(GameStatus.SCHEDULED);
        assertThat(nhl.games()).hasSize(10);
    }

    @Test
    void ncaaf_halftimeBetweenPlaysEmptySituationAndCollegeCodes() {
        Scoreboard board = EspnScoreboardParser.parseScoreboard(SharedData.resource(SharedData.NCAAF_SYNTHETIC), League.NCAAF,
                LocalDate.of(2022, 9, 17), AT);
        Map<String, GameState> g = byEvent(board, League.NCAAF);
        assertThat(board.games()).hasSize(8);
        GameState half = g.get("401403888");
        assertThat(half.status()).isEqualTo(GameStatus.HALFTIME);
        assertThat(half.period()).isEqualTo(2);
        assertThat(half.clockSeconds()).isZero();
        assertThat(half.situation()).isEqualTo(Situation.NONE);
        assertThat(half.homeWinProbability()).contains(Probability.of("0.0058"));
        assertThat(half.isLive()).isTrue();
        GameState between = g.get("401405083");
        assertThat(between.status()).isEqualTo(GameStatus.IN_PROGRESS);
        assertThat(between.situation()).as("between plays: no down, but the timeouts left are known")
                .isEqualTo(Situation.NONE.withTimeouts(2, 1));
        assertThat(between.situation().isKnown()).isFalse();
        assertThat(between.homeWinProbability()).isEmpty();
        assertThat(between.clockSeconds()).isEqualTo(412);
        GameState kickoff = g.get("401403890");
        assertThat(kickoff.situation()).isEqualTo(Situation.NONE);
        assertThat(kickoff.home()).isEqualTo(TeamId.of(League.NCAAF, "TA&M"));
        GameState red = g.get("401403892");
        assertThat(red.away()).isEqualTo(TeamId.of(League.NCAAF, "M-OH"));
        assertThat(red.situation()).isEqualTo(Situation.of(TeamId.of(League.NCAAF, "UK"), 2, 10, 12, true).withTimeouts(0, 2));
        assertThat(g.get("401403891").situation().yardsToEndZone()).isEqualTo(OptionalInt.of(90));
        assertThat(g.get("401403893").status()).isEqualTo(GameStatus.FINAL);
        assertThat(g.get("401403894").period()).isZero();
        assertThat(g.get("401403895").period()).isZero();
    }

    @Test
    void badEvent_isSkippedWithAWarning_andBadDocumentThrows() {
        String body = "{\"events\":[{\"id\":\"1\",\"competitions\":[{\"competitors\":[]}]}]}";
        Scoreboard b = EspnScoreboardParser.parseScoreboard(body, League.NFL, LocalDate.of(2022, 9, 11), AT);
        assertThat(b.games()).isEmpty();
        assertThat(b.warnings()).singleElement().asString().contains("event 1 skipped").contains("home competitor");
        assertThatThrownBy(() -> EspnScoreboardParser.parseScoreboard("{\"events\": [", League.NFL, LocalDate.now(), AT))
                .isInstanceOf(EspnFormatException.class).hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> EspnScoreboardParser.parseScoreboard("{}", League.NFL, LocalDate.now(), AT))
                .isInstanceOf(EspnFormatException.class).hasMessageContaining("events");
    }

    @Test
    void statusMapping_coversTheDocumentedNames() {
        var m = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.function.BiFunction<String, Integer, GameStatus> s = (json, period) -> {
            try {
                return EspnScoreboardParser.status(m.readTree(json), period, 4);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(s.apply("{\"name\":\"STATUS_POSTPONED\",\"state\":\"post\",\"completed\":false}", 0)).isEqualTo(GameStatus.POSTPONED);
        assertThat(s.apply("{\"name\":\"STATUS_CANCELED\",\"state\":\"post\",\"completed\":false}", 0)).isEqualTo(GameStatus.CANCELED);
        assertThat(s.apply("{\"name\":\"STATUS_END_PERIOD\",\"state\":\"in\"}", 1)).isEqualTo(GameStatus.END_OF_PERIOD);
        assertThat(s.apply("{\"name\":\"STATUS_DELAYED\",\"state\":\"in\"}", 3)).isEqualTo(GameStatus.DELAYED);
        assertThat(s.apply("{\"name\":\"STATUS_FINAL\",\"state\":\"post\",\"completed\":true}", 5)).isEqualTo(GameStatus.FINAL_OVERTIME);
        assertThat(s.apply("{\"name\":\"STATUS_FINAL_OT\",\"state\":\"post\",\"completed\":true}", 5)).isEqualTo(GameStatus.FINAL_OVERTIME);
        assertThat(s.apply("{\"name\":\"STATUS_SOMETHING_NEW\",\"state\":\"post\",\"completed\":true}", 4)).isEqualTo(GameStatus.FINAL);
        assertThat(s.apply("{\"name\":\"STATUS_SOMETHING_NEW\",\"state\":\"post\",\"completed\":false}", 4)).isEqualTo(GameStatus.POSTPONED);
    }

    @Test
    void winProbabilitySeries_isParsedFromSummary() {
        String body = "{\"winprobability\":[{\"homeWinPercentage\":0.532,\"tiePercentage\":0.0,\"playId\":\"4014376504\",\"secondsLeft\":3600},"
                + "{\"homeWinPercentage\":0.61,\"playId\":\"4014376505\"}]}";
        List<WinProbabilityPoint> points = EspnScoreboardParser.parseWinProbabilities(body);
        assertThat(points).hasSize(2);
        assertThat(points.get(0).home()).isEqualTo(Probability.of("0.532"));
        assertThat(points.get(0).away()).isEqualTo(Probability.of("0.468"));
        assertThat(points.get(0).secondsLeft()).isEqualTo(OptionalInt.of(3600));
        assertThat(points.get(1).secondsLeft()).isEmpty();
        assertThat(EspnScoreboardParser.parseWinProbabilities("{}")).isEmpty();
    }

    @Test
    void aStartedGameWithoutAReadableScore_isSkippedWithAWarning_notReadAsZero() {
        ObjectNode live = nflEvent("401437650"); // ATL 26 - NO 24, 4th quarter
        competitor(live, "home").remove("score");
        ObjectNode fin = nflEvent("401437630"); // MIA 20 - NE 7, final
        competitor(fin, "away").put("score", "");
        ObjectNode structured = nflEvent("401437634"); // CIN 14 - PIT 20, live
        competitor(structured, "home").putObject("score").put("value", 14.0).put("displayValue", "14");
        ObjectNode pre = nflEvent("401437640"); // scheduled: no score yet is 0
        competitor(pre, "home").remove("score");
        competitor(pre, "away").remove("score");
        ObjectNode numbers = nflEvent("401437648"); // DET 28 - PHI 38 as JSON numbers
        competitor(numbers, "home").put("score", 28);
        competitor(numbers, "away").put("score", 38.0);
        Scoreboard b = board(live, fin, structured, pre, numbers);
        Map<String, GameState> g = byEvent(b, League.NFL);
        assertThat(g).containsOnlyKeys("401437640", "401437648");
        assertThat(g.get("401437640").homeScore() + g.get("401437640").awayScore()).isZero();
        assertThat(g.get("401437648").homeScore()).isEqualTo(28);
        assertThat(g.get("401437648").awayScore()).isEqualTo(38);
        assertThat(b.warnings()).hasSize(3).allSatisfy(w -> assertThat(w).contains("score"))
                .anySatisfy(w -> assertThat(w).contains("event 401437650"))
                .anySatisfy(w -> assertThat(w).contains("event 401437630"))
                .anySatisfy(w -> assertThat(w).contains("event 401437634"));
    }

    @Test
    void aLiveGameWithoutClockSeconds_readsDisplayClock_andWithoutAnyClockIsSkipped() {
        ObjectNode displayOnly = nflEvent("401437650"); // "0:48"
        status(displayOnly).remove("clock");
        ObjectNode noClock = nflEvent("401437646"); // 4:25 left
        status(noClock).remove("clock");
        status(noClock).remove("displayClock");
        ObjectNode finalNoClock = nflEvent("401437630");
        status(finalNoClock).remove("clock");
        status(finalNoClock).remove("displayClock");
        ObjectNode overtimeNoClock = nflEvent("401437651"); // as in college overtime, which has no game clock
        status(overtimeNoClock).put("period", 5);
        status(overtimeNoClock).remove("clock");
        status(overtimeNoClock).remove("displayClock");
        Scoreboard b = board(displayOnly, noClock, finalNoClock, overtimeNoClock);
        Map<String, GameState> g = byEvent(b, League.NFL);
        assertThat(g).containsOnlyKeys("401437650", "401437630", "401437651");
        assertThat(g.get("401437650").clock()).isEqualTo(java.time.Duration.ofSeconds(48));
        assertThat(g.get("401437630").clock()).isZero();
        assertThat(g.get("401437651").clock()).isZero();
        assertThat(b.warnings()).singleElement().asString().contains("event 401437646").contains("clock");
    }

    @Test
    void aRunningGameWithoutAPeriod_isSkippedWithAWarning_notReadAsPeriodZero() {
        ObjectNode noPeriod = nflEvent("401437650"); // 4th quarter, 0:48
        status(noPeriod).remove("period");
        ObjectNode preNoPeriod = nflEvent("401437640"); // scheduled: the period is 0 anyway
        status(preNoPeriod).remove("period");
        Scoreboard b = board(noPeriod, preNoPeriod);
        assertThat(byEvent(b, League.NFL)).containsOnlyKeys("401437640");
        assertThat(b.warnings()).singleElement().asString().contains("event 401437650").contains("period");
    }

    @Test
    void displayClock_formatsOfEverySport() {
        assertThat(EspnScoreboardParser.displayClockSeconds("15:00")).isEqualTo(900.0);
        assertThat(EspnScoreboardParser.displayClockSeconds("0:48")).isEqualTo(48.0);
        assertThat(EspnScoreboardParser.displayClockSeconds("1:05.3")).isEqualTo(65.3);
        assertThat(EspnScoreboardParser.displayClockSeconds("45.3")).isEqualTo(45.3);
        assertThat(EspnScoreboardParser.displayClockSeconds("0.0")).isEqualTo(0.0);
        assertThat(EspnScoreboardParser.displayClockSeconds("90'+8'")).isNull();
        assertThat(EspnScoreboardParser.displayClockSeconds("")).isNull();
    }

    @Test
    void statusNames_endOfRegulationIsABreak_andFinalOvertimeIsOvertime() {
        var m = new ObjectMapper();
        java.util.function.BiFunction<String, Integer, GameStatus> s = (json, period) -> {
            try {
                return EspnScoreboardParser.status(m.readTree(json), period, 4);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(s.apply("{\"name\":\"STATUS_END_OF_REGULATION\",\"state\":\"in\",\"completed\":false}", 4)).isEqualTo(GameStatus.END_OF_PERIOD);
        assertThat(s.apply("{\"name\":\"STATUS_FINAL_OVERTIME\",\"state\":\"post\",\"completed\":true}", 4)).isEqualTo(GameStatus.FINAL_OVERTIME);
        assertThat(s.apply("{\"name\":\"STATUS_FORFEIT\",\"state\":\"post\",\"completed\":true}", 4)).isEqualTo(GameStatus.FINAL);
        assertThat(s.apply("{\"name\":\"STATUS_RAIN_DELAY\",\"state\":\"in\",\"completed\":false}", 2)).isEqualTo(GameStatus.DELAYED);
        assertThat(s.apply("{\"name\":\"STATUS_DELAYED\",\"state\":\"pre\",\"completed\":false}", 0)).isEqualTo(GameStatus.SCHEDULED);
        assertThat(s.apply("{\"name\":\"STATUS_SUSPENDED\",\"state\":\"in\",\"completed\":false}", 3)).isEqualTo(GameStatus.SUSPENDED);
        assertThat(s.apply("{\"name\":\"STATUS_POSTPONED\",\"state\":\"pre\",\"completed\":false}", 0)).isEqualTo(GameStatus.POSTPONED);
    }

    @Test
    void aStatusTypeWithoutStateOrCompleted_isReadFromItsName() {
        ObjectNode fin = nflEvent("401437630"); // STATUS_FINAL, post, completed
        ((ObjectNode) status(fin).path("type")).remove("completed");
        ObjectNode live = nflEvent("401437650"); // STATUS_IN_PROGRESS, in
        ((ObjectNode) status(live).path("type")).remove("state");
        ObjectNode pre = nflEvent("401437640"); // STATUS_SCHEDULED, pre
        ((ObjectNode) status(pre).path("type")).remove("state");
        ObjectNode finalNoState = nflEvent("401437654"); // STATUS_FINAL, post, completed
        ((ObjectNode) status(finalNoState).path("type")).remove("state");
        Map<String, GameState> g = byEvent(board(fin, live, pre, finalNoState), League.NFL);
        assertThat(g.get("401437630").status()).isEqualTo(GameStatus.FINAL);
        assertThat(g.get("401437650").status()).isEqualTo(GameStatus.IN_PROGRESS);
        assertThat(g.get("401437640").status()).isEqualTo(GameStatus.SCHEDULED);
        assertThat(g.get("401437654").status()).isEqualTo(GameStatus.FINAL);
        var m = new ObjectMapper();
        assertThat(EspnScoreboardParser.status(m.createObjectNode().put("name", "STATUS_POSTPONED").put("state", "post"), 0, 4))
                .as("postponed stays postponed").isEqualTo(GameStatus.POSTPONED);
        assertThat(EspnScoreboardParser.status(m.createObjectNode().put("name", "STATUS_SOMETHING_NEW").put("state", "post"), 4, 4))
                .as("an unknown post name without completed is not taken for a result").isEqualTo(GameStatus.POSTPONED);
    }

    /** A copy of one real week-1 event, to derive a variant from. */
    private static ObjectNode nflEvent(String id) {
        try {
            for (JsonNode e : new ObjectMapper().readTree(SharedData.read(SharedData.NFL_LIVE)).path("events")) {
                if (e.path("id").asText().equals(id)) return (ObjectNode) e.deepCopy();
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalArgumentException("no event " + id);
    }

    private static ObjectNode competitor(ObjectNode event, String homeAway) {
        for (JsonNode c : event.path("competitions").path(0).path("competitors")) {
            if (c.path("homeAway").asText().equals(homeAway)) return (ObjectNode) c;
        }
        throw new IllegalArgumentException("no " + homeAway);
    }

    /** The competition's status (the one the parser reads; the event-level copy is left alone). */
    private static ObjectNode status(ObjectNode event) {
        return (ObjectNode) event.path("competitions").path(0).path("status");
    }

    private static Scoreboard board(ObjectNode... events) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.putArray("events").addAll(List.of(events));
        return EspnScoreboardParser.parseScoreboard(root.toString(), League.NFL, LocalDate.of(2022, 9, 11), AT);
    }

    @Test
    void gameIds_areLeaguePrefixedEspnEventIds() {
        assertThat(nflGames.get("401437650").id()).isEqualTo(GameId.of("NFL-401437650"));
    }
}
