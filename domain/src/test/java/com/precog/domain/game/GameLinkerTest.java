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

    // ---- college codes: Kalshi's spellings of ESPN's abbreviations, hyphenated codes (real 2025 tickers) ----

    private final GameState tamuAtLsu = TestGames.scheduled(League.NCAAF, "701", "TA&M", "LSU", Instant.parse("2025-10-25T23:30:00Z"));
    private final GameState missAtOu = TestGames.scheduled(League.NCAAF, "702", "MISS", "OU", Instant.parse("2025-10-25T16:00:00Z"));
    private final GameState miamiOhAtFresno = TestGames.scheduled(League.NCAAF, "703", "M-OH", "FRES", Instant.parse("2025-12-27T21:30:00Z"));

    @Test
    void kalshiTXAM_linksEspnTAandM_texasAandMAtLsu() {
        assertThat(GameLinker.link("KXNCAAFGAME-25OCT25TXAMLSU", List.of(tamuAtLsu, missAtOu)))
                .isInstanceOfSatisfying(GameLink.Linked.class, l -> assertThat(l.game()).isEqualTo(tamuAtLsu.id()));
        assertThat(GameLinker.link("KXNCAAFGAME-25OCT25TXAMLSU-TXAM", List.of(tamuAtLsu, missAtOu)))
                .isInstanceOfSatisfying(GameLink.Linked.class, l -> assertThat(l.yesSide()).contains(GameLink.YesSide.AWAY));
    }

    @Test
    void kalshiOKLA_linksEspnOU_oleMissAtOklahoma_withTheYesSide() {
        assertThat(GameLinker.link("KXNCAAFGAME-25OCT25MISSOKLA-OKLA", List.of(tamuAtLsu, missAtOu)))
                .isInstanceOfSatisfying(GameLink.Linked.class, l -> {
                    assertThat(l.game()).isEqualTo(missAtOu.id());
                    assertThat(l.yesSide()).contains(GameLink.YesSide.HOME);
                    assertThat(l.ticker().eventTicker()).isEqualTo("KXNCAAFGAME-25OCT25MISSOKLA");
                });
    }

    @Test
    void hyphenatedCode_miamiOhioAtFresno_marketTickersOfBothTeams_andTheEvent_link() {
        List<GameState> games = List.of(miamiOhAtFresno, tamuAtLsu);
        assertThat(GameLinker.link("KXNCAAFGAME-25DEC27M-OHFRES-M-OH", games)).isInstanceOfSatisfying(GameLink.Linked.class, l -> {
            assertThat(l.game()).isEqualTo(miamiOhAtFresno.id());
            assertThat(l.yesSide()).contains(GameLink.YesSide.AWAY);
            assertThat(l.homeFirst()).isFalse();
            assertThat(l.ticker().eventTicker()).isEqualTo("KXNCAAFGAME-25DEC27M-OHFRES");
        });
        assertThat(GameLinker.link("KXNCAAFGAME-25DEC27M-OHFRES-FRES", games)).isInstanceOfSatisfying(GameLink.Linked.class,
                l -> assertThat(l.yesSide()).contains(GameLink.YesSide.HOME));
        assertThat(GameLinker.link("KXNCAAFGAME-25DEC27M-OHFRES", games)).isInstanceOfSatisfying(GameLink.Linked.class, l -> {
            assertThat(l.game()).isEqualTo(miamiOhAtFresno.id());
            assertThat(l.yesSide()).isEmpty();
        });
        // a hyphenated code at the end of the event's codes (Toledo at Miami (OH), KXNCAAFGAME-25NOV12TOLM-OH)
        GameState tolAtMiamiOh = TestGames.scheduled(League.NCAAF, "704", "TOL", "M-OH", Instant.parse("2025-11-13T00:00:00Z"));
        assertThat(GameLinker.link("KXNCAAFGAME-25NOV12TOLM-OH", List.of(tolAtMiamiOh))).isInstanceOf(GameLink.Linked.class);
        assertThat(GameLinker.link("KXNCAAFGAME-25NOV12TOLM-OH-M-OH", List.of(tolAtMiamiOh)))
                .isInstanceOfSatisfying(GameLink.Linked.class, l -> assertThat(l.yesSide()).contains(GameLink.YesSide.HOME));
        assertThat(GameLinker.link("KXNCAAFGAME-25NOV12TOLM-OH-TOL", List.of(tolAtMiamiOh)))
                .isInstanceOfSatisfying(GameLink.Linked.class, l -> assertThat(l.yesSide()).contains(GameLink.YesSide.AWAY));
    }

    @Test
    void readings_ofAHyphenatedMarketTicker_preferTheYesCodeThatIsOneOfTheEventCodes() {
        assertThat(KalshiGameTicker.readings("KXNCAAFGAME-25DEC27M-OHFRES-M-OH")).first().satisfies(t -> {
            assertThat(t.teamCodes()).isEqualTo("M-OHFRES");
            assertThat(t.yesTeamCode()).contains("M-OH");
            assertThat(t.eventTicker()).isEqualTo("KXNCAAFGAME-25DEC27M-OHFRES");
        });
        assertThat(KalshiGameTicker.parse("KXNCAAFGAME-25DEC27M-OHFRES-M-OH").teamCodes()).isEqualTo("M-OHFRES");
        // an event ticker whose first code is hyphenated has only the whole as its codes
        assertThat(KalshiGameTicker.parse("KXNCAAFGAME-25DEC27M-OHFRES").yesTeamCode()).isEmpty();
        // a plain ticker reads as before
        assertThat(KalshiGameTicker.parse("KXNFLGAME-26OCT08TBDAL-NYG").yesTeamCode()).contains("NYG");
        assertThatThrownBy(() -> KalshiGameTicker.parse("KXNFLGAME-26OCT08TBDAL--DAL")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KalshiGameTicker.parse("KXNFLGAME-26OCT08TBDAL-")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readingsThatNameTwoDifferentGames_areAmbiguous_neverLinked() {
        // ABC-AB reads as AB@C with YES AB, or as the event A @ BC-AB: both games exist that day
        GameState abAtC = TestGames.scheduled(League.NCAAF, "801", "AB", "C", Instant.parse("2025-09-06T16:00:00Z"));
        GameState aAtBcAb = TestGames.scheduled(League.NCAAF, "802", "A", "BC-AB", Instant.parse("2025-09-06T19:00:00Z"));
        assertThat(GameLinker.link("KXNCAAFGAME-25SEP06ABC-AB", List.of(abAtC, aAtBcAb)))
                .isInstanceOfSatisfying(GameLink.Ambiguous.class,
                        a -> assertThat(a.candidates()).containsExactlyInAnyOrder(abAtC.id(), aAtBcAb.id()));
        assertThat(GameLinker.link("KXNCAAFGAME-25SEP06ABC-AB", List.of(abAtC))).isInstanceOf(GameLink.Linked.class);
    }

    @Test
    void anAliasedCollegeTicker_onTheWrongDay_isUnmatched_andNamesTheDayTheTeamsPlay() {
        assertThat(GameLinker.link("KXNCAAFGAME-25OCT26TXAMLSU", List.of(tamuAtLsu)))
                .isInstanceOfSatisfying(GameLink.Unmatched.class, u -> assertThat(u.reason()).contains("2025-10-25"));
        assertThat(GameLinker.link("KXNCAAFGAME-25DEC28M-OHFRES-M-OH", List.of(miamiOhAtFresno)))
                .isInstanceOfSatisfying(GameLink.Unmatched.class, u -> assertThat(u.reason()).contains("2025-12-27"));
    }

    @Test
    void kalshiCollegeCodes_denoteEspnTeams_throughTheAliasTable_orTheirOwnSpelling() {
        assertThat(TeamCodes.fromKalshi(League.NCAAF, "TXAM")).isEqualTo(TeamId.of(League.NCAAF, "TA&M"));
        assertThat(TeamCodes.fromKalshi(League.NCAAF, "okla")).isEqualTo(TeamId.of(League.NCAAF, "OU"));
        assertThat(TeamCodes.fromKalshi(League.NCAAF, "LSU")).isEqualTo(TeamId.of(League.NCAAF, "LSU"));
        assertThat(TeamCodes.kalshiCodeDenotes(League.NCAAF, "NW", TeamId.of(League.NCAAF, "NU"))).isTrue();
        assertThat(TeamCodes.kalshiCodeDenotes(League.NCAAF, "CCAR", TeamId.of(League.NCAAF, "CCU"))).isTrue();
        // ESPN has shown Indiana as both IND and IU: Kalshi's IND matches either
        assertThat(TeamCodes.kalshiCodeDenotes(League.NCAAF, "IND", TeamId.of(League.NCAAF, "IND"))).isTrue();
        assertThat(TeamCodes.kalshiCodeDenotes(League.NCAAF, "IND", TeamId.of(League.NCAAF, "IU"))).isTrue();
        // the college table is for college football only; the NFL keeps its own aliases
        assertThat(TeamCodes.kalshiCodeDenotes(League.NFL, "IND", TeamId.of(League.NFL, "IND"))).isTrue();
        assertThat(TeamCodes.kalshiCodeDenotes(League.NFL, "JAC", TeamId.of(League.NFL, "JAX"))).isTrue();
        assertThat(TeamCodes.kalshiCodeDenotes(League.NBA, "TXAM", TeamId.of(League.NBA, "TA&M"))).isFalse();
        assertThat(TeamCodes.kalshiCodeDenotes(League.NCAAF, "TXAM", TeamId.of(League.NFL, "TA&M"))).isFalse();
        assertThat(TeamCodes.kalshiCodeDenotes(League.NCAAF, " ", TeamId.of(League.NCAAF, "OU"))).isFalse();
        // odd fragments of a split never throw
        assertThat(TeamCodes.kalshiCodeDenotes(League.NCAAF, "ABCDEFGHIJKLMNOPQ", TeamId.of(League.NCAAF, "OU"))).isFalse();
    }

    @Test
    void longRunTogetherCodes_areSplitWithoutFailing() {
        GameState longNames = TestGames.scheduled(League.NCAAF, "901", "ABCDEFGHIJKL", "MNOPQRSTUVWX", Instant.parse("2025-09-06T16:00:00Z"));
        assertThat(GameLinker.link("KXNCAAFGAME-25SEP06ABCDEFGHIJKLMNOPQRSTUVWX", List.of(longNames))).isInstanceOf(GameLink.Linked.class);
    }
}
