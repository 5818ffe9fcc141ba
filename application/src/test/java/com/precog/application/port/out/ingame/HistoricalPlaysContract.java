package com.precog.application.port.out.ingame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.model.ingame.HistoricalPlay;
import com.precog.domain.model.ingame.TestPlays;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract every {@link HistoricalPlays} passes (in memory here; the database adapter runs it too). */
public abstract class HistoricalPlaysContract {
    protected abstract HistoricalPlays newStore();

    private HistoricalPlays store;

    @BeforeEach
    void setUp() {
        store = newStore();
    }

    static List<HistoricalPlay> game(String id, int season, int plays) {
        List<HistoricalPlay> out = new ArrayList<>();
        for (int i = 0; i < plays; i++) out.add(TestPlays.play(id, season, i));
        return out;
    }

    @Test
    void givenNewPlays_addAll_storesEveryOne() {
        long added = store.addAll(game("2021_01_AWY_HOM", 2021, 50).iterator());
        assertThat(added).isEqualTo(50);
        assertThat(store.count()).isEqualTo(50);
    }

    @Test
    void givenSamePlaysTwice_addAll_addsNothingTheSecondTime() {
        store.addAll(game("2021_01_AWY_HOM", 2021, 30).iterator());
        long again = store.addAll(game("2021_01_AWY_HOM", 2021, 30).iterator());
        assertThat(again).isZero();
        assertThat(store.count()).isEqualTo(30);
    }

    @Test
    void givenOverlappingPlays_addAll_addsOnlyTheNewKeys() {
        store.addAll(game("2021_01_AWY_HOM", 2021, 10).iterator());
        long added = store.addAll(game("2021_01_AWY_HOM", 2021, 15).iterator());
        assertThat(added).isEqualTo(5);
        assertThat(store.count()).isEqualTo(15);
    }

    @Test
    void givenIterationFailsMidway_addAll_storesNothingAndRethrows() {
        store.addAll(game("2020_01_AWY_HOM", 2020, 5).iterator());
        Iterator<HistoricalPlay> good = game("2021_01_AWY_HOM", 2021, 40).iterator();
        Iterator<HistoricalPlay> failing = new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                if (n == 25) throw new UncheckedIOException(new java.io.EOFException("truncated"));
                return good.hasNext();
            }

            @Override
            public HistoricalPlay next() {
                n++;
                return good.next();
            }
        };
        assertThatThrownBy(() -> store.addAll(failing)).isInstanceOf(UncheckedIOException.class);
        assertThat(store.count()).isEqualTo(5);
        assertThat(store.inSeasons(2021, 2021)).isEmpty();
        assertThat(store.addAll(game("2021_01_AWY_HOM", 2021, 40).iterator())).isEqualTo(40);
    }

    @Test
    void inSeasons_returnsOnlyThoseSeasonsInGameAndPlayOrder() {
        List<HistoricalPlay> mixed = new ArrayList<>(game("2021_02_BBB_HOM", 2021, 3));
        mixed.addAll(game("2019_01_AWY_HOM", 2019, 2));
        mixed.addAll(game("2021_01_AAA_HOM", 2021, 2));
        store.addAll(mixed.iterator());
        List<HistoricalPlay> got = store.inSeasons(2020, 2022);
        assertThat(got).extracting(p -> p.gameId() + "#" + p.playIndex())
                .containsExactly("2021_01_AAA_HOM#0", "2021_01_AAA_HOM#1", "2021_02_BBB_HOM#0", "2021_02_BBB_HOM#1", "2021_02_BBB_HOM#2");
        assertThat(got.get(0)).isEqualTo(TestPlays.play("2021_01_AAA_HOM", 2021, 0));
    }
}
