package com.precog.application.port.out.games;

class InMemoryGamesTest extends GamesContract {
    @Override
    protected Games newStore() {
        return new InMemoryGames();
    }
}
