package com.precog.adapters.espn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Real ESPN events (the shared NFL week-1 scoreboard, the NCAAF fixture) copied and varied for one situation. */
final class EspnEvents {
    static final ObjectMapper JSON = new ObjectMapper();

    private EspnEvents() {}

    static ObjectNode nflEvent(String id) {
        return event(SharedData.read(SharedData.NFL_LIVE), id);
    }

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

    static ObjectNode comp(ObjectNode event) {
        return (ObjectNode) event.path("competitions").path(0);
    }

    static ObjectNode competitor(ObjectNode event, String homeAway) {
        for (JsonNode c : comp(event).path("competitors")) if (c.path("homeAway").asText().equals(homeAway)) return (ObjectNode) c;
        throw new IllegalArgumentException(homeAway);
    }

    /** Sets the status on both the competition and the event (ESPN repeats it). */
    static ObjectNode status(ObjectNode event, String name, String state, boolean completed, int period, double clock, String display,
                             String detail) {
        for (ObjectNode holder : List.of(comp(event), event)) {
            ObjectNode s = holder.putObject("status");
            s.put("clock", clock).put("displayClock", display).put("period", period);
            s.putObject("type").put("id", "2").put("name", name).put("state", state).put("completed", completed)
                    .put("description", detail).put("detail", detail).put("shortDetail", detail);
        }
        return event;
    }

    static ObjectNode scores(ObjectNode event, String home, String away) {
        competitor(event, "home").put("score", home);
        competitor(event, "away").put("score", away);
        return event;
    }

    static String board(ObjectNode... events) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("events").addAll(List.of(events));
        return root.toString();
    }
}
