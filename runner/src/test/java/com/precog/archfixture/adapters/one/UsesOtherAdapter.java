package com.precog.archfixture.adapters.one;

/** Fixture: one adapter depending on another. */
public class UsesOtherAdapter {
    public com.precog.archfixture.adapters.two.UsesGuice other;
}
