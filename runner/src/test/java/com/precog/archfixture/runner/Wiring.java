package com.precog.archfixture.runner;

/** Fixture: the composition root (allowed to see everything). */
public class Wiring {
    public com.precog.archfixture.adapters.one.UsesOtherAdapter adapter;
}
