package com.precog.domain.market;

/** Buying or selling contracts of one side. The passive direction of a buy is down, of a sell up. */
public enum OrderAction {
    BUY,
    SELL;

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

    public String wireName() {
        return this == BUY ? "buy" : "sell";
    }
}
