package com.precog.application.port.out;

class InMemoryConfigOverridesTest extends ConfigOverridesContract {
    @Override
    protected ConfigOverrides newStore() {
        return new InMemoryConfigOverrides();
    }
}
