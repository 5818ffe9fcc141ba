package com.precog.domain.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GameLinkerTest {
    // TB at DAL, Thursday night 2026-10-08 20:15 EDT = 2026-10-09T00:15Z (the real KXNFLGAME-26OCT08TBDAL event)
    private final GameState tbAtDal = TestGames.scheduled(League.NFL, "401", "TB", "DAL", Instant.parse("2026-10-09T00:15:00Z"));
    private final GameState phiAtJax = TestGames.scheduled(League.NFL, "402", "PHI", "JAX", Instant.parse("2026-10-11T17:00:00Z"));
    private final GameState cinAtMia = TestGames.scheduled(League.NFL, "403", "CIN", "MIA", Instant.parse("2026-10-11T17:00:00Z"));

    @Test
    void parse_readsSeriesDateTeamsAndYesTeam() {
        KalshiGameTicker t = KalshiGameTicker.parse("KXNFLGAME-26OCT08TBDAL-DAL");
        assertThat(t.league()).isEqualTo(League.NFL);
        assertThat(t.date()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(t.teamCodes()).isEqualTo("TBDAL");
        assertThat(t.eventTicker()).isEqualTo("KXNFLGAME-26OCT08TBDAL");
        assertThat(t.yesTeamCode()).contains("DAL");
    }

    @Test
    void parse_rejectsUnknownSeriesAndBadDates() {
        assertThatThrownBy(() -> KalshiGameTicker.parse("KXNCAAFTOTAL-26SEP17SYRPITT")).hasMessageContaining("KXNCAAFTOTAL");
        assertThatThrownBy(() -> KalshiGameTicker.parse("KXNFLGAME-26XYZ08TBDAL")).hasMessageContaining("date");
        assertThatThrownBy(() -> KalshiGameTicker.parse("nonsense")).hasMessageContaining("nonsense");
    }

    @Test
    void eveningGame_linksByEasternDate_withYesSide() {
        GameLink link = GameLinker.link("KXNFLGAME-26OCT08TBDAL-DAL", List.of(tbAtDal, phiAtJax, cinAtMia));
        assertThat(link).isEqualTo(new GameLink.Linked(KalshiGameTicker.parse("KXNFLGAME-26OCT08TBDAL-DAL"),
                tbAtDal.id(), false, Optional.of(GameLink.YesSide.HOME)));
    }

    @Test
    void kalshiAlias_JAC_matchesJaguars() {
        GameLink link = GameLinker.link("KXNFLGAME-26OCT11PHIJAC-PHI", List.of(tbAtDal, phiAtJax, cinAtMia));
        assertThat(link).isInstanceOfSatisfying(GameLink.Linked.class, l -> {
            assertThat(l.game()).isEqualTo(phiAtJax.id());
            assertThat(l.yesSide()).contains(GameLink.YesSide.AWAY);
        });
    }

    @Test
    void reversedListing_isLinkedAndReported() {
        GameLink link = GameLinker.link("KXNFLGAME-26OCT11MIACIN", List.of(cinAtMia));
        assertThat(link).isInstanceOfSatisfying(GameLink.Linked.class, l -> assertThat(l.homeFirst()).isTrue());
    }

    @Test
    void wrongDate_isUnmatched_andNamesTheDayTheTeamsPlay() {
        GameLink link = GameLinker.link("KXNFLGAME-26OCT09TBDAL", List.of(tbAtDal));
        assertThat(link).isInstanceOfSatisfying(GameLink.Unmatched.class,
                u -> assertThat(u.reason()).contains("2026-10-08").contains(tbAtDal.id().value()));
    }

    @Test
    void noGame_isUnmatched() {
        assertThat(GameLinker.link("KXNFLGAME-26OCT11NYGDAL", List.of(tbAtDal, phiAtJax)))
                .isInstanceOf(GameLink.Unmatched.class);
    }

    @Test
    void otherLeague_isNotConsidered() {
        GameState nhl = TestGames.scheduled(League.NHL, "500", "TB", "DAL", Instant.parse("2026-10-09T00:15:00Z"));
        assertThat(GameLinker.link("KXNFLGAME-26OCT08TBDAL", List.of(nhl))).isInstanceOf(GameLink.Unmatched.class);
    }

    @Test
    void twoGamesSameTeamsSameDay_isAmbiguous() {
        GameState doubleHeader = TestGames.scheduled(League.NFL, "404", "TB", "DAL", Instant.parse("2026-10-08T17:00:00Z"));
        assertThat(GameLinker.link("KXNFLGAME-26OCT08TBDAL", List.of(tbAtDal, doubleHeader)))
                .isInstanceOfSatisfying(GameLink.Ambiguous.class,
                        a -> assertThat(a.candidates()).containsExactlyInAnyOrder(tbAtDal.id(), doubleHeader.id()));
    }

    @Test
    void splitAmbiguityInCodes_isResolvedByTheCandidateTeams() {
        // college codes have no fixed length: "MIAWAKE" = MIA + WAKE, "PRSTORE" = PRST + ORE
        GameState miaAtWake = TestGames.scheduled(League.NCAAF, "601", "MIA", "WAKE", Instant.parse("2026-09-18T23:30:00Z"));
        GameState prstAtOre = TestGames.scheduled(League.NCAAF, "602", "PRST", "ORE", Instant.parse("2026-09-19T02:00:00Z"));
        assertThat(GameLinker.link("KXNCAAFGAME-26SEP18MIAWAKE", List.of(miaAtWake, prstAtOre)))
                .isInstanceOfSatisfying(GameLink.Linked.class, l -> assertThat(l.game()).isEqualTo(miaAtWake.id()));
        assertThat(GameLinker.link("KXNCAAFGAME-26SEP18PRSTORE", List.of(miaAtWake, prstAtOre)))
                .isInstanceOfSatisfying(GameLink.Linked.class, l -> assertThat(l.game()).isEqualTo(prstAtOre.id()));
    }

    @Test
    void yesTeamNotInGame_isUnmatched() {
        assertThat(GameLinker.link("KXNFLGAME-26OCT08TBDAL-NYG", List.of(tbAtDal))).isInstanceOf(GameLink.Unmatched.class);
    }
}
