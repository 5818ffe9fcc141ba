package com.precog.domain.money;

/** Whether a fill took liquidity from the book (taker) or rested in it (maker); decides the fee coefficient. */
public enum Liquidity {
    TAKER,
    MAKER
}
