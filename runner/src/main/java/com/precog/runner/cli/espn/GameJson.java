package com.precog.runner.cli.espn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.domain.game.GameState;
import com.precog.domain.game.Situation;
import java.util.Locale;

/** The CLI's JSON and text renderings of a {@link GameState} (stable field names; scripts rely on them). */
final class GameJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private GameJson() {}

    static ObjectNode toJson(GameState g) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", g.id().value());
        n.put("league", g.league().name());
        n.put("start", g.scheduledStart().toString());
        n.put("away", g.away().code());
        n.put("home", g.home().code());
        n.put("awayScore", g.awayScore());
        n.put("homeScore", g.homeScore());
        n.put("period", g.period());
        n.put("clockSeconds", g.clock().toMillis() / 1000.0);
        n.put("clock", displayClock(g));
        n.put("status", g.status().name());
        n.put("overtime", g.isOvertime());
        Situation s = g.situation();
        if (s.possession().isPresent()) n.put("possession", s.possession().get().code()); else n.putNull("possession");
        if (s.down().isPresent()) n.put("down", s.down().getAsInt()); else n.putNull("down");
        if (s.distance().isPresent()) n.put("distance", s.distance().getAsInt()); else n.putNull("distance");
        if (s.yardsToEndZone().isPresent()) n.put("yardsToEndZone", s.yardsToEndZone().getAsInt()); else n.putNull("yardsToEndZone");
        n.put("redZone", s.redZone());
        if (g.homeWinProbability().isPresent()) n.put("homeWinProbability", g.homeWinProbability().get().toString());
        else n.putNull("homeWinProbability");
        n.put("neutralSite", g.neutralSite());
        n.put("startTimeKnown", g.startTimeKnown());
        n.put("observedAt", g.observedAt().toString());
        return n;
    }

    static String displayClock(GameState g) {
        long s = g.clockSeconds();
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    static String toText(GameState g) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-16s %5s @ %-5s %3d-%-3d %-15s", g.id().value(),
                g.away().code(), g.home().code(), g.awayScore(), g.homeScore(), g.status()));
        if (g.status() != com.precog.domain.game.GameStatus.SCHEDULED) {
            b.append(String.format(Locale.ROOT, " P%d %s", g.period(), displayClock(g)));
        } else {
            b.append(" starts ").append(g.scheduledStart());
        }
        Situation s = g.situation();
        s.possession().ifPresent(p -> b.append("  ball ").append(p.code()));
        if (s.down().isPresent()) b.append(' ').append(s.down().getAsInt()).append('&').append(s.distance().orElse(0));
        if (s.yardsToEndZone().isPresent()) b.append(", ").append(s.yardsToEndZone().getAsInt()).append(" to go");
        if (s.redZone()) b.append(" (red zone)");
        g.homeWinProbability().ifPresent(p -> b.append("  P(home) ").append(p));
        return b.toString();
    }
}
