package com.precog.domain.game;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
 *
 * <p>College codes may contain a hyphen ({@code M-OH}, Miami (OH)), so a ticker such as
 * {@code KXNCAAFGAME-25DEC27M-OHFRES-M-OH} has more than one syntactic reading. The market
 * suffix is itself one of the event's two codes, so a reading whose suffix begins or ends the
 * run-together codes is preferred ({@code M-OHFRES} + YES {@code M-OH}). {@link #readings} lists
 * them all; {@link GameLinker} keeps the one that matches a game.
 */
public record KalshiGameTicker(String eventTicker, League league, LocalDate date, String teamCodes, Optional<String> yesTeamCode) {
    /** Series, date, then codes of letters/digits joined by single hyphens. */
    private static final Pattern FORMAT = Pattern.compile("([A-Z0-9]+)-(\\d{2}[A-Z]{3}\\d{2})([A-Z0-9]+(?:-[A-Z0-9]+)*)");
    private static final DateTimeFormatter DATE = new java.time.format.DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("yyMMMdd").toFormatter(Locale.ENGLISH);

    public KalshiGameTicker {
        Objects.requireNonNull(eventTicker, "eventTicker");
        Objects.requireNonNull(league, "league");
        Objects.requireNonNull(date, "date");
        if (teamCodes == null || teamCodes.length() < 2) throw new IllegalArgumentException("teamCodes too short: " + teamCodes);
        Objects.requireNonNull(yesTeamCode, "yesTeamCode");
    }

    /**
     * Parses an event or market ticker of a league's game-winner series: the first of its
     * {@link #readings} (for a ticker whose codes contain a hyphen, link with
     * {@link GameLinker#link(String, java.util.Collection)}, which tries every reading).
     */
    public static KalshiGameTicker parse(String ticker) {
        return readings(ticker).get(0);
    }

    /**
     * Every way to read a ticker, most plausible first: market readings whose YES code begins or
     * ends the event's run-together codes ({@code M-OHFRES} + {@code M-OH}; shorter YES codes
     * first), then the plain reading at the last hyphen ({@code TBDAL} + {@code NYG}), then the
     * whole as an event ticker with a hyphenated code ({@code M-OHFRES}). Never empty.
     *
     * @throws IllegalArgumentException when the ticker is not of a known game series or its date is invalid
     */
    public static List<KalshiGameTicker> readings(String ticker) {
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
        String prefix = m.group(1) + "-" + m.group(2);
        String rest = m.group(3);
        List<KalshiGameTicker> readings = new ArrayList<>(3);
        for (int hyphen = rest.lastIndexOf('-'); hyphen > 0; hyphen = rest.lastIndexOf('-', hyphen - 1)) {
            String codes = rest.substring(0, hyphen);
            String yes = rest.substring(hyphen + 1);
            boolean yesIsOneOfTheCodes = codes.length() > yes.length() && (codes.startsWith(yes) || codes.endsWith(yes));
            if (yesIsOneOfTheCodes) add(readings, prefix, league, date, codes, Optional.of(yes));
        }
        int last = rest.lastIndexOf('-');
        if (last > 0) add(readings, prefix, league, date, rest.substring(0, last), Optional.of(rest.substring(last + 1)));
        add(readings, prefix, league, date, rest, Optional.empty());
        if (readings.isEmpty()) throw new IllegalArgumentException("ticker team codes are too short: '" + ticker + "'");
        return List.copyOf(readings);
    }

    private static void add(List<KalshiGameTicker> readings, String prefix, League league, LocalDate date, String codes,
                            Optional<String> yes) {
        if (codes.length() < 2) return;
        KalshiGameTicker reading = new KalshiGameTicker(prefix + codes, league, date, codes, yes);
        if (!readings.contains(reading)) readings.add(reading);
    }
}
