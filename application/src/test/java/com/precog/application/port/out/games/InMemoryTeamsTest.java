package com.precog.application.port.out.games;

class InMemoryTeamsTest extends TeamsContract {
    @Override
    protected Teams newStore() {
        return new InMemoryTeams();
    }
}
