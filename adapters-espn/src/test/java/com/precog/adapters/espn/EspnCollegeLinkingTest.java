package com.precog.adapters.espn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.domain.game.GameId;
import com.precog.domain.game.GameLink;
import com.precog.domain.game.GameLinker;
import com.precog.domain.game.League;
import com.precog.domain.game.Scoreboard;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Real 2025 Kalshi college tickers (KXNCAAFGAME-25OCT25TXAMLSU, -25OCT25MISSOKLA-OKLA, -25DEC27M-OHFRES-M-OH)
 * against games read from ESPN scoreboards with ESPN's own college abbreviations (TA&M, OU, M-OH).
 */
class EspnCollegeLinkingTest {
    /** A scheduled FBS game in ESPN's wire format (the fixture's structure, with these teams and kick-off). */
    static ObjectNode game(String id, String date, String awayAbbr, String awayId, String homeAbbr, String homeId) {
        ObjectNode e = EspnEvents.ncaafEvent("401403894");
        e.put("id", id).put("date", date);
        EspnEvents.competition(e).put("id", id).put("date", date);
        ObjectNode a = EspnEvents.competitor(e, "away");
        a.put("id", awayId);
        ((ObjectNode) a.path("team")).put("id", awayId).put("abbreviation", awayAbbr);
        ObjectNode h = EspnEvents.competitor(e, "home");
        h.put("id", homeId);
        ((ObjectNode) h.path("team")).put("id", homeId).put("abbreviation", homeAbbr);
        return e;
    }

    private final Scoreboard oct25 = EspnScoreboardParser.parseScoreboard(EspnEvents.board(
                    game("401752001", "2025-10-25T23:30Z", "TA&M", "245", "LSU", "99"),
                    game("401752002", "2025-10-25T16:00Z", "MISS", "145", "OU", "201")),
            League.NCAAF, LocalDate.of(2025, 10, 25), Instant.parse("2025-10-25T12:00:00Z"));
    private final Scoreboard dec27 = EspnScoreboardParser.parseScoreboard(EspnEvents.board(
                    game("401752003", "2025-12-27T21:30Z", "M-OH", "193", "FRES", "278")),
            League.NCAAF, LocalDate.of(2025, 12, 27), Instant.parse("2025-12-27T12:00:00Z"));

    @Test
    void texasAandMAtLsu_kalshiTXAM_linksEspnTAandM() {
        assertThat(oct25.warnings()).isEmpty();
        assertThat(GameLinker.link("KXNCAAFGAME-25OCT25TXAMLSU", oct25.games()))
                .isInstanceOfSatisfying(GameLink.Linked.class, l -> assertThat(l.game()).isEqualTo(GameId.of("NCAAF-401752001")));
        assertThat(GameLinker.link("KXNCAAFGAME-25OCT25TXAMLSU-LSU", oct25.games()))
                .isInstanceOfSatisfying(GameLink.Linked.class, l -> assertThat(l.yesSide()).contains(GameLink.YesSide.HOME));
    }

    @Test
    void oleMissAtOklahoma_kalshiOKLA_linksEspnOU() {
        assertThat(GameLinker.link("KXNCAAFGAME-25OCT25MISSOKLA-OKLA", oct25.games())).isInstanceOfSatisfying(GameLink.Linked.class, l -> {
            assertThat(l.game()).isEqualTo(GameId.of("NCAAF-401752002"));
            assertThat(l.yesSide()).contains(GameLink.YesSide.HOME);
        });
    }

    @Test
    void miamiOhioAtFresnoState_aHyphenatedTeamCode_links() {
        assertThat(dec27.warnings()).isEmpty();
        assertThat(GameLinker.link("KXNCAAFGAME-25DEC27M-OHFRES-M-OH", dec27.games())).isInstanceOfSatisfying(GameLink.Linked.class, l -> {
            assertThat(l.game()).isEqualTo(GameId.of("NCAAF-401752003"));
            assertThat(l.yesSide()).contains(GameLink.YesSide.AWAY);
            assertThat(l.ticker().eventTicker()).isEqualTo("KXNCAAFGAME-25DEC27M-OHFRES");
        });
        assertThat(GameLinker.link("KXNCAAFGAME-25DEC27M-OHFRES-FRES", dec27.games()))
                .isInstanceOfSatisfying(GameLink.Linked.class, l -> assertThat(l.yesSide()).contains(GameLink.YesSide.HOME));
    }
}
