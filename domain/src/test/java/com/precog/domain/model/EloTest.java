package com.precog.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class EloTest {
    private static final LocalDate BEFORE = LocalDate.of(2019, 9, 8);
    private static final LocalDate AFTER = LocalDate.of(2020, 9, 13);

    @Test
    void specNfl_homeAdvantageByEra_andZeroAtNeutralSites() {
        EloParameters p = EloParameters.spec("nfl");
        assertThat(p.homeAdvantage(BEFORE, false)).isEqualTo(48);
        assertThat(p.homeAdvantage(LocalDate.of(2020, 3, 11), false)).isEqualTo(48);
        assertThat(p.homeAdvantage(LocalDate.of(2020, 3, 12), false)).isEqualTo(30);
        assertThat(p.homeAdvantage(AFTER, true)).isEqualTo(0);
        assertThat(EloParameters.spec("NHL").kFactor()).isEqualTo(6);
        assertThat(EloParameters.spec("MLB").homeAdvantage(AFTER, false)).isEqualTo(18);
        assertThatThrownBy(() -> EloParameters.spec("XFL")).hasMessageContaining("league must be one of");
    }

    @Test
    void spec_movMultiplierIsClampedTo1And2point5() {
        Elo elo = new Elo(EloParameters.spec("NFL"));
        assertThat(elo.movMultiplier(1, 300)).isEqualTo(1.0); // raw ln2·2.2/2.5 = 0.61
        assertThat(elo.movMultiplier(50, -400)).isEqualTo(2.5); // raw ln51·2.2/1.8 = 4.8
        Elo open = new Elo(EloParameters.fiveThirtyEightNfl());
        assertThat(open.movMultiplier(1, 300)).isCloseTo(Math.log(2) * 2.2 / 2.5, within(1e-15));
        assertThat(open.movMultiplier(0, 300)).isCloseTo(Math.log(2) * 2.2, within(1e-15));
        assertThat(open.movMultiplier(-7, 100)).isCloseTo(Math.log(8) * 2.2 / (-0.1 + 2.2), within(1e-15));
    }

    @Test
    void playoffGamesMoveRatings125TimesAsMuch() {
        Elo elo = new Elo(EloParameters.spec("NFL"));
        double regular = elo.homeShift(1500, 1500, BEFORE, false, false, 24, 10);
        double playoff = elo.homeShift(1500, 1500, BEFORE, false, true, 24, 10);
        assertThat(playoff).isCloseTo(1.25 * regular, within(1e-12));
    }

    @Test
    void regressesAQuarterTowards1505() {
        Elo elo = new Elo(EloParameters.spec("NFL"));
        assertThat(elo.revert(1705)).isEqualTo(1655);
        assertThat(elo.revert(1305)).isEqualTo(1355);
    }

    @Test
    void book_revertsOnceAtFirstGameOfNewSeason_andCountsGames() {
        EloRatingBook book = new EloRatingBook(EloParameters.spec("NFL"));
        book.play(new EloGame(LocalDate.of(2019, 9, 8), 2019, "KC", "JAX", false, false, 40, 26));
        double kc = book.rating("KC");
        assertThat(kc).isGreaterThan(1500);
        EloRatingBook.Pregame pre = book.pregame("KC", "NYJ", LocalDate.of(2020, 9, 10), 2020, false);
        assertThat(pre.homeRating()).isCloseTo(kc + 0.25 * (1505 - kc), within(1e-12));
        assertThat(pre.awayRating()).isEqualTo(1500); // new team, no reversion
        assertThat(pre.homeAdvantage()).isEqualTo(30);
        assertThat(pre.homeGamesPlayed()).isEqualTo(1);
    }

    @Property
    void ratingsAreConserved_andWinnerGains(@ForAll @DoubleRange(min = 1200, max = 1800) double home,
                                            @ForAll @DoubleRange(min = 1200, max = 1800) double away,
                                            @ForAll @IntRange(min = 0, max = 60) int hs,
                                            @ForAll @IntRange(min = 0, max = 60) int as) {
        Elo elo = new Elo(EloParameters.spec("NFL"));
        double shift = elo.homeShift(home, away, BEFORE, false, false, hs, as);
        if (hs > as) assertThat(shift).isGreaterThan(0);
        if (hs < as) assertThat(shift).isLessThan(0);
        double p = elo.homeWinProbability(home, away, BEFORE, false);
        assertThat(p).isBetween(0.0, 1.0);
        assertThat(elo.homeWinProbability(away, home, BEFORE, true) + elo.homeWinProbability(home, away, BEFORE, true))
                .isCloseTo(1.0, within(1e-12));
    }
}
