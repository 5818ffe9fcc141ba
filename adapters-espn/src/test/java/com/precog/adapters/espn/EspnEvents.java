package com.precog.adapters.espn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Variants of real ESPN events (the shared NFL week-1 scoreboard, the NCAAF fixture) for tests, in ESPN's wire format. */
final class EspnEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EspnEvents() {}

    /** A copy of a real 2022 week-1 NFL event. */
    static ObjectNode nflEvent(String id) {
        return event(SharedData.read(SharedData.NFL_LIVE), id);
    }

    /** A copy of an event of the NCAAF fixture (real ESPN structure). */
    static ObjectNode ncaafEvent(String id) {
        return event(SharedData.resource(SharedData.NCAAF_SYNTHETIC), id);
    }

    static ObjectNode event(String board, String id) {
        try {
            for (JsonNode e : JSON.readTree(board).path("events")) {
                if (e.path("id").asText().equals(id)) return (ObjectNode) e.deepCopy();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalArgumentException("no event " + id);
    }

    static ObjectNode competition(ObjectNode event) {
        return (ObjectNode) event.path("competitions").path(0);
    }

    static ObjectNode competitor(ObjectNode event, String homeAway) {
        for (JsonNode c : competition(event).path("competitors")) if (c.path("homeAway").asText().equals(homeAway)) return (ObjectNode) c;
        throw new IllegalArgumentException(homeAway);
    }

    /** A game in progress: period, clock seconds (shown as m:ss) and the scores as ESPN strings; the status is set on both the competition and the event. */
    static ObjectNode inProgress(ObjectNode event, int period, int clockSeconds, String homeScore, String awayScore) {
        String display = clockSeconds / 60 + ":" + String.format("%02d", clockSeconds % 60);
        for (ObjectNode holder : List.of(competition(event), event)) {
            ObjectNode s = holder.putObject("status");
            s.put("clock", clockSeconds).put("displayClock", display).put("period", period);
            s.putObject("type").put("id", "2").put("name", "STATUS_IN_PROGRESS").put("state", "in").put("completed", false)
                    .put("description", "In Progress").put("detail", display).put("shortDetail", display);
        }
        competitor(event, "home").put("score", homeScore);
        competitor(event, "away").put("score", awayScore);
        return event;
    }

    /** Sets the status on both the competition and the event (ESPN repeats it). */
    static ObjectNode status(ObjectNode event, String name, String state, boolean completed, int period, double clock, String display,
                             String detail) {
        for (ObjectNode holder : List.of(competition(event), event)) {
            ObjectNode s = holder.putObject("status");
            s.put("clock", clock).put("displayClock", display).put("period", period);
            s.putObject("type").put("id", "2").put("name", name).put("state", state).put("completed", completed)
                    .put("description", detail).put("detail", detail).put("shortDetail", detail);
        }
        return event;
    }

    /** The scores as ESPN strings. */
    static ObjectNode scores(ObjectNode event, String home, String away) {
        competitor(event, "home").put("score", home);
        competitor(event, "away").put("score", away);
        return event;
    }

    /** A scoreboard document holding these events. */
    static String board(ObjectNode... events) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("events").addAll(List.of(events));
        return root.toString();
    }
}
