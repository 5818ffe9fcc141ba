package com.precog.archfixture.adapters.two;

/** Fixture: an adapter reaching out to the runner. */
public class UsesRunner {
    public com.precog.archfixture.runner.Wiring wiring;
}
