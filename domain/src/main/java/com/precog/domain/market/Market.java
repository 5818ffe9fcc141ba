package com.precog.domain.market;

import com.precog.domain.money.FeeSchedule;
import java.time.Instant;
import java.util.Objects;

/**
 * A binary market Precog may trade: its ticker, event and series, status, close time, tick
 * ladder and fee schedule. Immutable; a status change is a new value.
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
 */
public record Market(String ticker, String eventTicker, String seriesTicker, String title, String yesOutcome,
                     MarketStatus status, Instant closeTime, TickLadder ladder, FeeSchedule fees, boolean fractionalTrading) {
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
    }

    private static void requireText(String s, String name) {
        if (s == null || s.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
    }

    public Market withStatus(MarketStatus newStatus) {
        return new Market(ticker, eventTicker, seriesTicker, title, yesOutcome, newStatus, closeTime, ladder, fees, fractionalTrading);
    }
}
