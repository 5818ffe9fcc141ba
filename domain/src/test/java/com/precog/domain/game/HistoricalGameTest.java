package com.precog.domain.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoricalGameTest {
    private final TeamId hou = TeamId.of(League.NFL, "HOU");
    private final TeamId buf = TeamId.of(League.NFL, "BUF");

    private HistoricalGame game(TeamId fav, String spread) {
        LocalDate d = LocalDate.of(2020, 1, 4);
        return new HistoricalGame(GameId.historical(d, buf, hou), d, 2019, "Wildcard", true, hou, buf, 22, 19,
                Optional.ofNullable(fav), Optional.ofNullable(spread).map(BigDecimal::new), false);
    }

    @Test
    void homeLine_isPositiveWhenHomeIsFavoured() {
        assertThat(game(hou, "-2.5").homeLine()).contains(new BigDecimal("2.5"));
        assertThat(game(buf, "-2.5").homeLine()).contains(new BigDecimal("-2.5"));
        assertThat(game(null, "0").homeLine()).contains(BigDecimal.ZERO);
        assertThat(game(null, null).homeLine()).isEmpty();
    }

    @Test
    void historicalId_namesDateAwayHome() {
        assertThat(game(hou, "-2.5").id().value()).isEqualTo("NFL-20200104-BUF-HOU");
    }

    @Test
    void invalidValues_areRejectedByName() {
        assertThatThrownBy(() -> game(hou, "2.5")).hasMessageContaining("favouriteSpread");
        assertThatThrownBy(() -> game(TeamId.of(League.NFL, "NE"), "-1")).hasMessageContaining("favourite");
    }

    @Test
    void teamCodes_mapSourceAliasesToFranchiseIds() {
        assertThat(TeamCodes.fromEspn(League.NFL, "WSH")).isEqualTo(TeamId.of(League.NFL, "WAS"));
        assertThat(TeamCodes.fromEspn(League.NFL, "LV")).isEqualTo(TeamId.of(League.NFL, "LVR"));
        assertThat(TeamCodes.fromKalshi(League.NFL, "JAC")).isEqualTo(TeamId.of(League.NFL, "JAX"));
        assertThat(TeamCodes.fromEspn(League.NHL, "WSH")).isEqualTo(TeamId.of(League.NHL, "WSH"));
        assertThat(TeamId.parse("NFL:WAS")).isEqualTo(TeamId.of(League.NFL, "WAS"));
        assertThat(TeamId.parse("NFL:WAS").toString()).isEqualTo("NFL:WAS");
    }
}
