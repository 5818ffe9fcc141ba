package com.precog.runner.cli.data;

import com.precog.application.port.out.games.Games;
import com.precog.application.port.out.games.GamesContract;
import com.precog.application.port.out.games.Teams;
import com.precog.application.port.out.games.TeamsContract;
import org.junit.jupiter.api.Nested;

class HistoryStoresMemoryTest {
    @Nested
    class AsGames extends GamesContract {
        @Override
        protected Games newStore() {
            return new HistoryStores.Memory();
        }
    }

    @Nested
    class AsTeams extends TeamsContract {
        @Override
        protected Teams newStore() {
            return new HistoryStores.Memory();
        }
    }
}
