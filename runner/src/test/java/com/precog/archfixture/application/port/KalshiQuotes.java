package com.precog.archfixture.application.port;

/** Fixture: a port named after a technology and depending on an adapter. */
public interface KalshiQuotes {
    com.precog.archfixture.adapters.one.UsesOtherAdapter adapter();
}
