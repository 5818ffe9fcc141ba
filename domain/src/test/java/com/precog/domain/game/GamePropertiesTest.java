package com.precog.domain.game;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class GamePropertiesTest {
    private static final List<String> NFL = List.of("ARI", "ATL", "BAL", "BUF", "CAR", "CHI", "CIN", "CLE", "DAL", "DEN", "DET", "GB",
            "HOU", "IND", "JAX", "KC", "LAC", "LAR", "LVR", "MIA", "MIN", "NE", "NO", "NYG", "NYJ", "PHI", "PIT", "SEA", "SF", "TB", "TEN", "WAS");
    private static final DateTimeFormatter TICKER_DAY = DateTimeFormatter.ofPattern("yyMMMdd", Locale.ENGLISH);

    @Property
    void fieldPosition_staysOnTheField_andBothSidesAddUpTo100(@ForAll @IntRange(max = 100) int yardLine) {
        int home = Situation.yardsToEndZoneFromHomeGoalLine(yardLine, true);
        int away = Situation.yardsToEndZoneFromHomeGoalLine(yardLine, false);
        assertThat(home).isBetween(0, 100);
        assertThat(home + away).isEqualTo(100);
    }

    @Provide
    Arbitrary<String> nflTeam() {
        return Arbitraries.of(NFL);
    }

    @Property
    void aTickerBuiltFromAGame_alwaysLinksToExactlyThatGame(@ForAll("nflTeam") String away, @ForAll("nflTeam") String home,
                                                           @ForAll("nflTeam") String otherAway, @ForAll("nflTeam") String otherHome,
                                                           @ForAll @IntRange(min = 0, max = 86_399) int secondOfDay,
                                                           @ForAll boolean yesHome) {
        if (away.equals(home) || otherAway.equals(otherHome)) return;
        Instant start = Instant.parse("2026-10-11T00:00:00Z").plusSeconds(secondOfDay);
        GameState game = TestGames.scheduled(League.NFL, "1", away, home, start);
        GameState other = TestGames.scheduled(League.NFL, "2", otherAway, otherHome, start);
        String day = TICKER_DAY.format(GameLinker.gameDay(game)).toUpperCase(Locale.ROOT);
        String ticker = "KXNFLGAME-" + day + kalshi(away) + kalshi(home) + "-" + kalshi(yesHome ? home : away);
        GameLink link = GameLinker.link(ticker, List.of(game, other));
        boolean sameTeams = (otherAway + otherHome).equals(away + home);
        if (sameTeams) {
            assertThat(link).isInstanceOf(GameLink.Ambiguous.class);
        } else if ((otherHome + otherAway).equals(away + home)) {
            // the other game is the same pair listed the other way round: straight listing wins
            assertThat(link).isInstanceOfSatisfying(GameLink.Linked.class, l -> assertThat(l.game()).isEqualTo(game.id()));
        } else {
            assertThat(link).isInstanceOfSatisfying(GameLink.Linked.class, l -> {
                assertThat(l.game()).isEqualTo(game.id());
                assertThat(l.homeFirst()).isFalse();
                assertThat(l.yesSide()).contains(yesHome ? GameLink.YesSide.HOME : GameLink.YesSide.AWAY);
            });
        }
    }

    /** Kalshi's spelling of a franchise code where it differs from ours. */
    private static String kalshi(String code) {
        return switch (code) {
            case "JAX" -> "JAC";
            case "LVR" -> "LV";
            default -> code;
        };
    }
}
