package com.precog.archfixture.domain.beta;

/** Fixture: the domain pointing outward at the application. */
public class UsesApplication {
    public com.precog.archfixture.application.port.KalshiQuotes port;
}
