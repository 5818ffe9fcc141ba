package com.precog.application.service.games;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.games.InMemoryGames;
import com.precog.application.port.out.games.InMemoryTeams;
import com.precog.domain.game.GameId;
import com.precog.domain.game.HistoricalGame;
import com.precog.domain.game.League;
import com.precog.domain.game.Team;
import com.precog.domain.game.TeamId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoricalImportTest {
    private final TeamId mia = TeamId.of(League.NFL, "MIA");
    private final TeamId lvr = TeamId.of(League.NFL, "LVR");
    private final LocalDate d = LocalDate.of(1966, 9, 2);
    private final HistoricalGame g1 = new HistoricalGame(GameId.historical(d, lvr, mia), d, 1966, "1", false, mia, lvr, 14, 23,
            Optional.empty(), Optional.empty(), false);
    private final HistoricalGame g2 = new HistoricalGame(GameId.historical(d.plusDays(7), mia, lvr), d.plusDays(7), 1966, "2",
            false, lvr, mia, 21, 10, Optional.empty(), Optional.empty(), false);
    private final List<Team> teams = List.of(new Team(mia, "Miami Dolphins", List.of(), "AFC", "AFC East"));

    @Test
    void rerun_addsNothing_andOverlappingSourcesKeepTheFirst() {
        InMemoryGames games = new InMemoryGames();
        HistoricalImport importer = new HistoricalImport(games, new InMemoryTeams());
        HistoricalGame sameIdOtherSource = new HistoricalGame(g1.id(), d, 1966, "", false, mia, lvr, 14, 23,
                Optional.empty(), Optional.empty(), true);
        assertThat(importer.run(teams, List.of(List.of(g1, g2), List.of(sameIdOtherSource)), ImportProgress.NONE))
                .isEqualTo(new HistoricalImport.Report(1, 0, 2, 1));
        assertThat(importer.run(teams, List.of(List.of(g1, g2), List.of(sameIdOtherSource)), ImportProgress.NONE))
                .isEqualTo(new HistoricalImport.Report(0, 1, 0, 3));
        assertThat(games.count()).isEqualTo(2);
        assertThat(games.find(g1.id())).contains(g1);
    }

    @Test
    void progress_isMonotoneAndEndsAtTotal() {
        List<long[]> seen = new ArrayList<>();
        new HistoricalImport(new InMemoryGames(), new InMemoryTeams())
                .run(teams, List.of(List.of(g1, g2)), (done, total) -> seen.add(new long[] {done, total}));
        assertThat(seen).isNotEmpty();
        assertThat(seen.get(seen.size() - 1)).containsExactly(3, 3);
        for (int i = 1; i < seen.size(); i++) assertThat(seen.get(i)[0]).isGreaterThanOrEqualTo(seen.get(i - 1)[0]);
    }
}
