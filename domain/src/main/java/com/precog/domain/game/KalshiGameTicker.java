package com.precog.domain.game;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a Kalshi game event or market ticker: {@code KXNFLGAME-26OCT08TBDAL} is series
 * {@code KXNFLGAME} (league NFL), date 2026-10-08 (US Eastern calendar day) and the team codes
 * run together ({@code TBDAL}, away then home, not split: codes have no fixed length). A market
 * ticker adds the YES team ({@code -DAL}).
 */
public record KalshiGameTicker(String eventTicker, League league, LocalDate date, String teamCodes, Optional<String> yesTeamCode) {
    private static final Pattern FORMAT = Pattern.compile("([A-Z0-9]+)-(\\d{2}[A-Z]{3}\\d{2})([A-Z0-9]+)(?:-([A-Z0-9]+))?");
    private static final DateTimeFormatter DATE = new java.time.format.DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("yyMMMdd").toFormatter(Locale.ENGLISH);

    public KalshiGameTicker {
        Objects.requireNonNull(eventTicker, "eventTicker");
        Objects.requireNonNull(league, "league");
        Objects.requireNonNull(date, "date");
        if (teamCodes == null || teamCodes.length() < 2) throw new IllegalArgumentException("teamCodes too short: " + teamCodes);
        Objects.requireNonNull(yesTeamCode, "yesTeamCode");
    }

    /** Parses an event or market ticker of a league's game-winner series. */
    public static KalshiGameTicker parse(String ticker) {
        if (ticker == null) throw new IllegalArgumentException("ticker must not be null");
        Matcher m = FORMAT.matcher(ticker.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) throw new IllegalArgumentException("ticker must look like KXNFLGAME-26OCT08TBDAL[-DAL], was '" + ticker + "'");
        League league = League.ofKalshiSeries(m.group(1)).orElseThrow(() ->
                new IllegalArgumentException("ticker series is not a known game series: '" + m.group(1) + "'"));
        LocalDate date;
        try {
            date = LocalDate.parse(m.group(2), DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("ticker date is invalid: '" + m.group(2) + "'");
        }
        String event = m.group(1) + "-" + m.group(2) + m.group(3);
        return new KalshiGameTicker(event, league, date, m.group(3), Optional.ofNullable(m.group(4)));
    }
}
