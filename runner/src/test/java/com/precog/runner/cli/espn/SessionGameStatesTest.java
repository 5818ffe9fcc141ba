package com.precog.runner.cli.espn;

import com.precog.application.port.out.games.GameStates;
import com.precog.application.port.out.games.GameStatesContract;

class SessionGameStatesTest extends GameStatesContract {
    @Override
    protected GameStates newStore() {
        return new SessionGameStates();
    }
}
