package com.precog.domain.market;

/** Buying or selling contracts of one side. The passive direction of a buy is down, of a sell up. */
public enum OrderAction {
    /** Buy contracts of a side (pay the price). */
    BUY,
    /** Sell contracts of a side that are held (receive the price). */
    SELL;

    /**
     * Parses Kalshi's wire value.
     *
     * @param text {@code "buy"} or {@code "sell"}, any case, surrounding blanks ignored
     * @return the action
     * @throws IllegalArgumentException for anything else, including null
     */
    public static OrderAction parse(String text) {
        if (text != null) {
            switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "buy": return BUY;
                case "sell": return SELL;
                default: break;
            }
        }
        throw new IllegalArgumentException("action must be 'buy' or 'sell', was '" + text + "'");
    }

    /** {@return the lower-case wire name, {@code "buy"} or {@code "sell"}} */
    public String wireName() {
        return this == BUY ? "buy" : "sell";
    }
}
