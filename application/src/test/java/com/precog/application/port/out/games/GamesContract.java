package com.precog.application.port.out.games;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.game.GameId;
import com.precog.domain.game.HistoricalGame;
import com.precog.domain.game.League;
import com.precog.domain.game.TeamId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract every {@link Games} store passes. Each test gets a fresh, empty store. */
public abstract class GamesContract {
    protected abstract Games newStore();

    static HistoricalGame game(String date, String away, String home, int awayScore, int homeScore, String spread) {
        LocalDate d = LocalDate.parse(date);
        TeamId a = TeamId.of(League.NFL, away), h = TeamId.of(League.NFL, home);
        return new HistoricalGame(GameId.historical(d, a, h), d, d.getMonthValue() < 6 ? d.getYear() - 1 : d.getYear(), "1",
                false, h, a, homeScore, awayScore, spread == null ? Optional.empty() : Optional.of(h),
                Optional.ofNullable(spread).map(BigDecimal::new), false);
    }

    @Test
    void add_isIdempotentById() {
        Games store = newStore();
        HistoricalGame g = game("2020-09-13", "LVR", "CAR", 34, 30, "-3.0");
        assertThat(store.add(g)).isTrue();
        assertThat(store.add(g)).isFalse();
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void find_returnsEveryFieldBack() {
        Games store = newStore();
        HistoricalGame g = game("2020-09-13", "LVR", "CAR", 34, 30, "-3.5");
        store.add(g);
        assertThat(store.find(g.id())).contains(g);
        assertThat(store.find(GameId.of("NFL-19000101-AAA-BBB"))).isEmpty();
    }

    @Test
    void between_isInclusiveAndOrderedByDate() {
        Games store = newStore();
        HistoricalGame late = game("2020-09-20", "NE", "SEA", 30, 35, null);
        HistoricalGame early = game("2020-09-13", "LVR", "CAR", 34, 30, "-3");
        HistoricalGame outside = game("2020-10-01", "DEN", "NYJ", 37, 28, "-1");
        store.add(late);
        store.add(early);
        store.add(outside);
        assertThat(store.between(LocalDate.parse("2020-09-13"), LocalDate.parse("2020-09-20"))).containsExactly(early, late);
    }

    @Test
    void addAll_addsOnlyWhatIsNewAndReadsBackLikeAdd() {
        Games store = newStore();
        HistoricalGame a = game("2020-09-13", "LVR", "CAR", 34, 30, "-3.0");
        HistoricalGame b = game("2020-09-20", "NE", "SEA", 30, 35, null);
        HistoricalGame c = game("2020-10-01", "DEN", "NYJ", 37, 28, "-1.5");
        assertThat(store.add(a)).isTrue();
        assertThat(store.addAll(java.util.List.of(a, b, c, b))).isEqualTo(2);
        assertThat(store.addAll(java.util.List.of(a, b, c))).isZero();
        assertThat(store.addAll(java.util.List.of())).isZero();
        assertThat(store.count()).isEqualTo(3);
        assertThat(store.find(c.id())).contains(c);
        assertThat(store.find(b.id())).contains(b);
    }
}
