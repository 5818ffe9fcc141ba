package com.precog.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Oracle: FiveThirtyEight's own pre-game ratings and probabilities for 16,810 NFL games (1920–2020).
 */
class EloFiveThirtyEightOracleTest {
    record Row(LocalDate date, int season, boolean neutral, boolean playoff, String team1, String team2,
               double elo1, double elo2, double prob1, int score1, int score2) {}

    static List<Row> rows;
    static final Elo ELO = new Elo(EloParameters.fiveThirtyEightNfl());

    /** The franchise resets FiveThirtyEight hard-coded (team, date of its first game after the reset). */
    static final List<String> KNOWN_RESETS = List.of(
            "CBD 1925-09-27", "RAC 1926-09-26", "LOU 1926-10-03", "CIB 1927-09-25", "MNN 1929-09-22",
            "BFF 1929-09-29", "LAR 1944-09-24", "PHI 1944-09-26", "ARI 1945-09-23", "PIT 1945-09-25",
            "CLE 1999-09-12");

    @BeforeAll
    static void load() throws IOException {
        rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(SharedData.historical("nfl_games_538.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            rows.add(new Row(LocalDate.parse(f[0]), Integer.parseInt(f[1]), f[2].equals("1"), f[3].equals("1"), f[4], f[5],
                    Double.parseDouble(f[6]), Double.parseDouble(f[7]), Double.parseDouble(f[8]),
                    Integer.parseInt(f[9]), Integer.parseInt(f[10])));
        }
    }

    @Test
    void probabilityFromEachRowsRatings_equalsEloProb1_within1e9() {
        assertThat(rows).hasSize(16_810);
        double worst = 0;
        for (Row r : rows) {
            double p = ELO.homeWinProbability(r.elo1, r.elo2, r.date, r.neutral);
            worst = Math.max(worst, Math.abs(p - r.prob1));
        }
        assertThat(worst).isLessThan(1e-9);
    }

    @Test
    void updateOfEachRow_givesTheTeamsNextPregameRating_within0001_exceptTheElevenFranchiseResets() {
        record Last(double rating, int season) {}
        Map<String, Last> last = new HashMap<>();
        int transitions = 0;
        List<String> failures = new ArrayList<>();
        double worstMatched = 0;
        for (Row r : rows) {
            String[] teams = {r.team1, r.team2};
            double[] pre = {r.elo1, r.elo2};
            for (int i = 0; i < 2; i++) {
                Last l = last.get(teams[i]);
                if (l == null) continue;
                transitions++;
                double expected = r.season > l.season ? ELO.revert(l.rating) : l.rating;
                double err = Math.abs(expected - pre[i]);
                if (err > 0.001) failures.add(teams[i] + " " + r.date);
                else worstMatched = Math.max(worstMatched, err);
            }
            double shift = ELO.homeShift(r.elo1, r.elo2, r.date, r.neutral, r.playoff, r.score1, r.score2);
            last.put(r.team1, new Last(r.elo1 + shift, r.season));
            last.put(r.team2, new Last(r.elo2 - shift, r.season));
        }
        assertThat(transitions).isEqualTo(33_497);
        assertThat(failures).containsExactlyElementsOf(KNOWN_RESETS);
        assertThat(worstMatched).isLessThanOrEqualTo(0.001);
    }

    @Test
    void ratingBookReplay_fromInitialElos_reproducesTheFileUntilTheFirstReset() throws IOException {
        Map<String, Double> initial = new HashMap<>();
        List<String> lines = Files.readAllLines(SharedData.historical("nfl_initial_elos_538.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            initial.put(f[0], Double.parseDouble(f[1]));
        }
        EloRatingBook book = new EloRatingBook(EloParameters.fiveThirtyEightNfl(), initial);
        LocalDate firstReset = LocalDate.parse("1925-09-27");
        int checked = 0;
        for (Row r : rows) {
            if (!r.date.isBefore(firstReset)) break;
            EloRatingBook.Played played = book.play(new EloGame(r.date, r.season, r.team1, r.team2, r.neutral, r.playoff, r.score1, r.score2));
            // the file's ratings are rounded to 3 dp; drift stays far below 0.01 over these seasons
            assertThat(played.pregame().homeRating()).as("%s %s", r.date, r.team1).isCloseTo(r.elo1, org.assertj.core.data.Offset.offset(0.01));
            assertThat(played.pregame().awayRating()).as("%s %s", r.date, r.team2).isCloseTo(r.elo2, org.assertj.core.data.Offset.offset(0.01));
            assertThat(played.pregame().homeWinProbability()).isCloseTo(r.prob1, org.assertj.core.data.Offset.offset(1e-5));
            checked++;
        }
        assertThat(checked).isGreaterThan(300);
    }
}
