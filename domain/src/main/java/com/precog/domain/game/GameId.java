package com.precog.domain.game;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identity of one game: {@code <LEAGUE>-<ESPN event id>} for games seen on ESPN
 * ({@code NFL-401437650}), {@code <LEAGUE>-<yyyyMMdd>-<AWAY>-<HOME>} for historical games
 * without an ESPN id ({@code NFL-19660902-LVR-MIA}). No whitespace; {@link #toString()} is the value.
 */
public record GameId(String value) {
    private static final Pattern VALID = Pattern.compile("[A-Z]+-[A-Za-z0-9&'.@_-]+");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public GameId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("game id must look like NFL-401437650, was '" + value + "'");
        }
    }

    public static GameId of(String value) {
        return new GameId(value);
    }

    public static GameId espn(League league, String eventId) {
        Objects.requireNonNull(league, "league");
        if (eventId == null || !eventId.matches("[0-9A-Za-z]+")) {
            throw new IllegalArgumentException("ESPN event id must be alphanumeric, was '" + eventId + "'");
        }
        return new GameId(league + "-" + eventId);
    }

    public static GameId historical(LocalDate date, TeamId away, TeamId home) {
        if (away.league() != home.league()) throw new IllegalArgumentException("away and home must share a league");
        return new GameId(home.league() + "-" + DAY.format(date) + "-" + away.code() + "-" + home.code());
    }

    @Override
    public String toString() {
        return value;
    }
}
