package com.precog.archfixture.domain.beta;

/** Fixture: a library type inside the domain. */
public class UsesJackson {
    public com.fasterxml.jackson.databind.ObjectMapper mapper;
}
