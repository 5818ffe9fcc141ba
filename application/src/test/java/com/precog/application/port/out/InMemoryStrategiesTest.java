package com.precog.application.port.out;

class InMemoryStrategiesTest extends StrategiesContract {
    @Override
    protected Strategies newStrategies() {
        return new InMemoryStrategies();
    }
}
