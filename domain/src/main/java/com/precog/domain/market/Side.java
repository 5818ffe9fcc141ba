package com.precog.domain.market;

import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;

/**
 * The two sides of a binary contract. Buying NO at {@code x} is the same bet as selling YES at
 * {@code 1 − x}: prices and probabilities of the two sides are complements.
 */
public enum Side {
    /** The contract that pays $1 if the market's event happens. */
    YES,
    /** The contract that pays $1 if it does not. */
    NO;

    /** {@return the other side} */
    public Side opposite() {
        return this == YES ? NO : YES;
    }

    /**
     * This side's price given the YES price.
     *
     * @param yesPrice a YES price
     * @return YES: {@code yesPrice}; NO: {@code 1 − yesPrice}
     */
    public Price priceFromYes(Price yesPrice) {
        return this == YES ? yesPrice : yesPrice.complement();
    }

    /**
     * The YES price equivalent to a price of this side.
     *
     * @param price a price of this side
     * @return YES: {@code price}; NO: {@code 1 − price}
     */
    public Price toYesPrice(Price price) {
        return this == YES ? price : price.complement();
    }

    /**
     * This side's win probability given P(YES).
     *
     * @param yes the probability that YES wins
     * @return YES: {@code yes}; NO: {@code 1 − yes}
     */
    public Probability probabilityFromYes(Probability yes) {
        return this == YES ? yes : yes.complement();
    }

    /**
     * Parses Kalshi's wire value.
     *
     * @param text {@code "yes"} or {@code "no"}, any case, surrounding blanks ignored
     * @return the side
     * @throws IllegalArgumentException for anything else, including null
     */
    public static Side parse(String text) {
        if (text != null) {
            switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "yes": return YES;
                case "no": return NO;
                default: break;
            }
        }
        throw new IllegalArgumentException("side must be 'yes' or 'no', was '" + text + "'");
    }

    /** {@return the lower-case wire name, {@code "yes"} or {@code "no"}} */
    public String wireName() {
        return this == YES ? "yes" : "no";
    }
}
