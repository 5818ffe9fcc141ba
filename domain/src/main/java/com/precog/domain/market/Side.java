package com.precog.domain.market;

import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;

/**
 * The two sides of a binary contract. Buying NO at {@code x} is the same bet as selling YES at
 * {@code 1 − x}: prices and probabilities of the two sides are complements.
 */
public enum Side {
    YES,
    NO;

    public Side opposite() {
        return this == YES ? NO : YES;
    }

    /** This side's price given the YES price (YES: unchanged, NO: {@code 1 − yes}). */
    public Price priceFromYes(Price yesPrice) {
        return this == YES ? yesPrice : yesPrice.complement();
    }

    /** The YES price equivalent to this side's {@code price}. */
    public Price toYesPrice(Price price) {
        return this == YES ? price : price.complement();
    }

    /** This side's win probability given P(YES). */
    public Probability probabilityFromYes(Probability yes) {
        return this == YES ? yes : yes.complement();
    }

    /** Parses "yes"/"no" in any case. */
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

    /** Lower-case wire name ("yes"/"no"). */
    public String wireName() {
        return this == YES ? "yes" : "no";
    }
}
