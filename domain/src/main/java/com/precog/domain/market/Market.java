package com.precog.domain.market;

import com.precog.domain.money.FeeSchedule;
import java.time.Instant;
import java.util.Objects;

/**
 * A binary market Precog may trade: its ticker, event and series, status, close time, expected
 * expiration, tick ladder and fee schedule. Immutable; a status change is a new value.
 *
 * <p>Kalshi keeps a game market open for trading well after the game (an NFL game market's
 * {@code close_time} is about two days after kickoff, closed early once the result is known),
 * while its {@code expected_expiration_time} is when the result is expected (about three hours
 * after kickoff). {@link #expectedEnd()} — the earlier of the two — is the "event's close" that
 * time-based exits, position health and the time-to-settlement size reduction measure against.
 *
 * @param ticker            market ticker, e.g. {@code KXNFLGAME-25SEP07DETGB-GB}
 * @param eventTicker       event ticker, e.g. {@code KXNFLGAME-25SEP07DETGB}
 * @param seriesTicker      series ticker, e.g. {@code KXNFLGAME}
 * @param title             human title
 * @param yesOutcome        what YES means (e.g. the team whose win pays YES); may be empty
 * @param status            trading status
 * @param closeTime         when trading closes
 * @param ladder            valid order prices
 * @param fees              fee coefficients of the market's series
 * @param fractionalTrading whether counts may have 2 decimals
 * @param expectedExpirationTime when the result is expected (Kalshi's {@code expected_expiration_time});
 *                          the close time when the venue gives none
 */
public record Market(String ticker, String eventTicker, String seriesTicker, String title, String yesOutcome,
                     MarketStatus status, Instant closeTime, TickLadder ladder, FeeSchedule fees, boolean fractionalTrading,
                     Instant expectedExpirationTime) {
    /**
     * Validates the market; a null title or YES outcome becomes empty.
     *
     * @param ticker            market ticker, not blank
     * @param eventTicker       event ticker, not blank
     * @param seriesTicker      series ticker, not blank
     * @param title             human title; {@code null} becomes {@code ""}
     * @param yesOutcome        what YES means; {@code null} becomes {@code ""}
     * @param status            trading status, not null
     * @param closeTime         when trading closes, not null
     * @param ladder            valid order prices, not null
     * @param fees              fee coefficients, not null
     * @param fractionalTrading whether counts may have 2 decimals
     * @param expectedExpirationTime when the result is expected; {@code null} becomes the close time
     * @throws IllegalArgumentException if a ticker is blank
     * @throws NullPointerException if status, close time, ladder or fees is null
     */
    public Market {
        requireText(ticker, "ticker");
        requireText(eventTicker, "eventTicker");
        requireText(seriesTicker, "seriesTicker");
        title = title == null ? "" : title;
        yesOutcome = yesOutcome == null ? "" : yesOutcome;
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(closeTime, "closeTime");
        Objects.requireNonNull(ladder, "ladder");
        Objects.requireNonNull(fees, "fees");
        expectedExpirationTime = expectedExpirationTime == null ? closeTime : expectedExpirationTime;
    }

    /**
     * A market whose expected expiration is not known (it is taken to be the close time).
     *
     * @param ticker            market ticker, not blank
     * @param eventTicker       event ticker, not blank
     * @param seriesTicker      series ticker, not blank
     * @param title             human title; {@code null} becomes {@code ""}
     * @param yesOutcome        what YES means; {@code null} becomes {@code ""}
     * @param status            trading status, not null
     * @param closeTime         when trading closes, not null
     * @param ladder            valid order prices, not null
     * @param fees              fee coefficients, not null
     * @param fractionalTrading whether counts may have 2 decimals
     * @throws IllegalArgumentException if a ticker is blank
     * @throws NullPointerException if status, close time, ladder or fees is null
     */
    public Market(String ticker, String eventTicker, String seriesTicker, String title, String yesOutcome,
                  MarketStatus status, Instant closeTime, TickLadder ladder, FeeSchedule fees, boolean fractionalTrading) {
        this(ticker, eventTicker, seriesTicker, title, yesOutcome, status, closeTime, ladder, fees, fractionalTrading, null);
    }

    /**
     * When the event is expected to be over: the earlier of the close time and the expected
     * expiration, a time at the epoch counting as unknown (the other one is used).
     *
     * @return the expected end of the event
     */
    public Instant expectedEnd() {
        if (closeTime.equals(Instant.EPOCH)) return expectedExpirationTime;
        if (expectedExpirationTime.equals(Instant.EPOCH)) return closeTime;
        return expectedExpirationTime.isBefore(closeTime) ? expectedExpirationTime : closeTime;
    }

    private static void requireText(String s, String name) {
        if (s == null || s.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
    }

    /**
     * The same market with another status.
     *
     * @param newStatus the new status, not null
     * @return a new value; this one is unchanged
     * @throws NullPointerException if {@code newStatus} is null
     */
    public Market withStatus(MarketStatus newStatus) {
        return new Market(ticker, eventTicker, seriesTicker, title, yesOutcome, newStatus, closeTime, ladder, fees, fractionalTrading,
                expectedExpirationTime);
    }
}
