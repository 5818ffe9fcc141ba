package com.precog.application.port.out.ingame;

class InMemoryHistoricalPlaysTest extends HistoricalPlaysContract {
    @Override
    protected HistoricalPlays newStore() {
        return new InMemoryHistoricalPlays();
    }
}
