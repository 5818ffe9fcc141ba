package com.precog.archfixture.adapters.two;

/** Fixture: Guice outside the runner. */
public class UsesGuice {
    public com.google.inject.Injector injector;
}
