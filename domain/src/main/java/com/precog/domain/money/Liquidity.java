package com.precog.domain.money;

/** Whether a fill took liquidity from the book (taker) or rested in it (maker); decides the fee coefficient. */
public enum Liquidity {
    /** The order crossed the spread and took resting liquidity; pays the taker coefficient. */
    TAKER,
    /** The order rested in the book and was hit; pays the maker coefficient (often 0). */
    MAKER
}
