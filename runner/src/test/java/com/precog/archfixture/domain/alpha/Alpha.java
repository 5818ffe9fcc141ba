package com.precog.archfixture.domain.alpha;

/** Fixture: alpha → beta, and beta → alpha (a cycle). */
public class Alpha {
    public com.precog.archfixture.domain.beta.Beta beta;
}
