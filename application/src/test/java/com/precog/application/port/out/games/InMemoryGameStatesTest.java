package com.precog.application.port.out.games;

class InMemoryGameStatesTest extends GameStatesContract {
    @Override
    protected GameStates newStore() {
        return new InMemoryGameStates();
    }
}
