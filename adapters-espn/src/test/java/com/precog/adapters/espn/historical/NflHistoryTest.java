package com.precog.adapters.espn.historical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.game.GameId;
import com.precog.domain.game.HistoricalGame;
import com.precog.domain.game.League;
import com.precog.domain.game.Team;
import com.precog.domain.game.TeamId;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NflHistoryTest {
    private static final List<HistoricalGame> SPREADS = NflHistory.scoresAndSpreads();
    private static final Map<GameId, HistoricalGame> BY_ID = SPREADS.stream()
            .collect(Collectors.toMap(HistoricalGame::id, Function.identity()));

    private static TeamId nfl(String code) {
        return TeamId.of(League.NFL, code);
    }

    @Test
    void bundledScoresAndSpreads_hasEveryGameWithUniqueIds() {
        assertThat(SPREADS).hasSize(13_516);
        assertThat(BY_ID).hasSize(13_516);
        assertThat(SPREADS.get(0).date()).isEqualTo(LocalDate.of(1966, 9, 2));
        assertThat(SPREADS.get(SPREADS.size() - 1).season()).isEqualTo(2022);
    }

    @Test
    void firstGame_oldNamesMapToFranchiseIds() {
        // 9/2/1966 Miami Dolphins 14 - 23 Oakland Raiders, no line
        HistoricalGame g = BY_ID.get(GameId.of("NFL-19660902-LVR-MIA"));
        assertThat(g.home()).isEqualTo(nfl("MIA"));
        assertThat(g.away()).isEqualTo(nfl("LVR"));
        assertThat(g.homeScore()).isEqualTo(14);
        assertThat(g.awayScore()).isEqualTo(23);
        assertThat(g.week()).isEqualTo("1");
        assertThat(g.playoff()).isFalse();
        assertThat(g.favourite()).isEmpty();
        assertThat(g.homeLine()).isEmpty();
        // Houston Oilers are today's Titans
        assertThat(BY_ID.get(GameId.of("NFL-19660903-DEN-TEN")).homeScore()).isEqualTo(45);
    }

    @Test
    void playoffGameWithSpread() {
        // 1/4/2020 Wildcard: Houston Texans 22 - 19 Buffalo Bills, HOU -2.5
        HistoricalGame g = BY_ID.get(GameId.of("NFL-20200104-BUF-HOU"));
        assertThat(g.season()).isEqualTo(2019);
        assertThat(g.week()).isEqualTo("Wildcard");
        assertThat(g.playoff()).isTrue();
        assertThat(g.favourite()).contains(nfl("HOU"));
        assertThat(g.favouriteSpread()).contains(new BigDecimal("-2.5"));
        assertThat(g.homeLine()).contains(new BigDecimal("2.5"));
    }

    @Test
    void pickEm_hasZeroSpreadAndNoFavourite_andNeutralSitesAreKept() {
        List<HistoricalGame> picks = SPREADS.stream().filter(g -> g.favourite().isEmpty() && g.favouriteSpread().isPresent()).toList();
        assertThat(picks).hasSize(143).allSatisfy(g -> assertThat(g.favouriteSpread().get().signum()).isZero());
        assertThat(SPREADS.stream().filter(HistoricalGame::neutralSite)).hasSize(110);
        assertThat(SPREADS.stream().filter(g -> g.favouriteSpread().isPresent())).hasSize(11_037);
    }

    @Test
    void teams_oneFranchiseEach_withCurrentAndFormerNames() {
        List<Team> teams = NflHistory.teams();
        assertThat(teams).hasSize(32);
        Team was = teams.stream().filter(t -> t.id().equals(nfl("WAS"))).findFirst().orElseThrow();
        assertThat(was.name()).isEqualTo("Washington Commanders");
        assertThat(was.formerNames()).contains("Washington Redskins", "Washington Football Team");
        assertThat(was.division()).isEqualTo("NFC East");
        Team ten = teams.stream().filter(t -> t.id().equals(nfl("TEN"))).findFirst().orElseThrow();
        assertThat(ten.name()).isEqualTo("Tennessee Titans");
        assertThat(ten.formerNames()).contains("Houston Oilers");
    }

    @Test
    void fiveThirtyEight_sharesGameIdsWithSpreadspoke() {
        List<HistoricalGame> elo = NflHistory.fiveThirtyEightGames();
        assertThat(elo).hasSize(16_810);
        Set<GameId> spreadIds = BY_ID.keySet();
        List<HistoricalGame> modern = elo.stream().filter(g -> g.season() >= 1966).toList();
        long shared = modern.stream().filter(g -> spreadIds.contains(g.id())).count();
        assertThat((double) shared / modern.size()).as("share of 1966-2020 538 games matching spreadspoke ids").isGreaterThan(0.98);
        HistoricalGame first = elo.stream().filter(g -> g.id().equals(GameId.of("NFL-19660902-LVR-MIA"))).findFirst().orElseThrow();
        assertThat(first.homeScore()).isEqualTo(14);
        assertThat(new HashSet<>(elo.stream().map(HistoricalGame::id).toList())).hasSize(16_810);
    }

    @Test
    void notIn_dropsGamesTheSpreadsFileHas_inEitherOrientation() {
        List<HistoricalGame> extra = NflHistory.notIn(NflHistory.fiveThirtyEightGames(), SPREADS);
        // 16,810 - 12,989 games from 1966 on + the 42 from 1966 on that spreadspoke lacks (1987 strike week dates)
        assertThat(extra.stream().filter(g -> g.season() < 1966)).hasSize(16_810 - 12_989);
        assertThat(extra.stream().filter(g -> g.season() >= 1966)).hasSize(42);
    }

    @Test
    void unreadableLine_namesTheLine() {
        String csv = "schedule_date,schedule_season,schedule_week,schedule_playoff,team_home,score_home,score_away,team_away,"
                + "team_favorite_id,spread_favorite,over_under_line,stadium,stadium_neutral\n"
                + "9/2/1966,1966,1,FALSE,Atlantis Mermen,14,23,Oakland Raiders,,,,Orange Bowl,FALSE\n";
        assertThatThrownBy(() -> NflHistory.parseScoresAndSpreads(new StringReader(csv), NflHistory.teams()))
                .hasMessageContaining("line 2").hasMessageContaining("Atlantis Mermen");
        assertThatThrownBy(() -> NflHistory.parseScoresAndSpreads(new StringReader("a,b\n"), NflHistory.teams()))
                .hasMessageContaining("schedule_date");
    }

    @Test
    void csvSplit_handlesQuotes() {
        assertThat(NflHistory.split("a,\"b,c\",\"d\"\"e\",")).containsExactly("a", "b,c", "d\"e", "");
    }
}
