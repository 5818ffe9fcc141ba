package com.precog.application.port.out.models;

class InMemoryModelVersionsTest extends ModelVersionsContract {
    @Override
    protected ModelVersions newStore() {
        return new InMemoryModelVersions();
    }
}
