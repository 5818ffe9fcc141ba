package com.precog.application.port.out.ingame;

class InMemoryInGameModelVersionsTest extends InGameModelVersionsContract {
    @Override
    protected InGameModelVersions newStore() {
        return new InMemoryInGameModelVersions();
    }
}
