package com.precog.application.port.out.models;

class InMemoryActivationDecisionsTest extends ActivationDecisionsContract {
    @Override
    protected ActivationDecisions newStore() {
        return new InMemoryActivationDecisions();
    }
}
