package com.precog.archfixture.domain.beta;

/** Fixture: closes the alpha ↔ beta cycle. */
public class Beta {
    public com.precog.archfixture.domain.alpha.Alpha alpha;
}
