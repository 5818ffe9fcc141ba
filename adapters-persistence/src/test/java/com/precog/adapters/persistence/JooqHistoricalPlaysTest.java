package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.HISTORICAL_PLAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.ingame.HistoricalPlays;
import com.precog.application.port.out.ingame.HistoricalPlaysContract;
import com.precog.domain.model.ingame.HistoricalPlay;
import com.precog.domain.model.ingame.TestPlays;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class JooqHistoricalPlaysTest extends HistoricalPlaysContract {
    private TestDatabase db;

    @Override
    protected HistoricalPlays newStore() {
        db = TestDatabase.freshSchema();
        return new PersistenceAdapters(db.database(), Clock.systemUTC()).historicalPlays();
    }

    @Test
    void missingValuesAreStoredAsNull_playOrderCountsFromOne_andReadBackUnchanged() {
        HistoricalPlays store = newStore();
        HistoricalPlay odd = new HistoricalPlay("2022_01_A\\B_C\tD", 2022, 3, "POST", "C\tD", "A\\B", 0, 5, 600, 600, "",
                7, 3, HistoricalPlay.MISSING, HistoricalPlay.MISSING, HistoricalPlay.MISSING, HistoricalPlay.MISSING,
                HistoricalPlay.MISSING, Double.NaN, 7, 10, "KICK OFF");
        HistoricalPlay full = new HistoricalPlay("2022_01_A\\B_C\tD", 2022, 3, "POST", "C\tD", "A\\B", 1, 5, 590, 590, "A\\B",
                7, 3, 1, 10, 75, 2, 1, -2.5, 7, 10, "RUSH");
        assertThat(store.addAll(List.of(odd, full).iterator())).isEqualTo(2);

        var row = db.dsl().selectFrom(HISTORICAL_PLAYS).where(HISTORICAL_PLAYS.PLAY_ORDER.eq(1)).fetchSingle();
        assertThat(row.getPosteam()).isNull();
        assertThat(row.getSpreadLine()).isNull();
        assertThat(row.getDown()).isNull();
        assertThat(row.getGameId()).isEqualTo("2022_01_A\\B_C\tD");
        assertThat(store.inSeasons(2022, 2022)).containsExactly(odd, full);
    }

    private static List<HistoricalPlay> game(String id, int season, int from, int to) {
        List<HistoricalPlay> out = new ArrayList<>();
        for (int i = from; i < to; i++) out.add(TestPlays.play(id, season, i));
        return out;
    }

    /** {@code count} games of 150 plays each, ids {@code 2021_01_Gnnn_HOM}. */
    private static List<HistoricalPlay> games(int count) {
        List<HistoricalPlay> out = new ArrayList<>();
        for (int g = 0; g < count; g++) out.addAll(game(String.format("2021_01_G%03d_HOM", g), 2021, 0, 150));
        return out;
    }

    private JooqHistoricalPlays jooqStore() {
        return (JooqHistoricalPlays) newStore();
    }

    @Test
    void givenFirstGameNew_butALaterGameStored_addAll_copiesDirectlyThenFallsBackToStaging_andAddsOnlyNewKeys() {
        JooqHistoricalPlays store = jooqStore();
        assertThat(store.addAll(game("2021_02_BBB_HOM", 2021, 0, 20).iterator())).isEqualTo(20);
        assertThat(store.lastPath()).isEqualTo(JooqHistoricalPlays.Path.DIRECT);

        // a big first game (several COPY chunks) that is new, then a game that is partly stored
        List<HistoricalPlay> file = new ArrayList<>(games(40));
        file.addAll(game("2021_02_BBB_HOM", 2021, 0, 30));
        assertThat(store.addAll(file.iterator())).isEqualTo(6_000 + 10);
        assertThat(store.lastPath()).isEqualTo(JooqHistoricalPlays.Path.DIRECT_THEN_STAGING);
        assertThat(store.count()).isEqualTo(20 + 6_000 + 10);
        assertThat(store.inSeasons(2021, 2021)).hasSize(6_030).contains(TestPlays.play("2021_01_G039_HOM", 2021, 149));

        assertThat(store.addAll(file.iterator())).isZero();
        assertThat(store.lastPath()).isEqualTo(JooqHistoricalPlays.Path.STAGING);
        assertThat(store.count()).isEqualTo(6_030);
    }

    @Test
    void givenAStoredKeyEarly_andManyChunksAfterIt_addAll_fallsBackToStagingAndAddsEveryNewPlay() {
        JooqHistoricalPlays store = jooqStore();
        store.addAll(game("2021_02_BBB_HOM", 2021, 0, 20).iterator());
        List<HistoricalPlay> file = new ArrayList<>(game("2021_01_AAA_HOM", 2021, 0, 150));
        file.addAll(game("2021_02_BBB_HOM", 2021, 0, 30));   // conflicts inside the first COPY chunk
        file.addAll(games(80));                              // then ~1 MB more: several chunks sent after the error
        assertThat(store.addAll(file.iterator())).isEqualTo(150 + 10 + 80 * 150);
        assertThat(store.lastPath()).isEqualTo(JooqHistoricalPlays.Path.DIRECT_THEN_STAGING);
        assertThat(store.count()).isEqualTo(20 + 150 + 10 + 80 * 150);
    }

    @Test
    void givenIterationFailsAfterSeveralChunksOnTheDirectPath_addAll_storesNothingAndRethrowsTheSameException() {
        JooqHistoricalPlays store = jooqStore();
        Iterator<HistoricalPlay> good = games(120).iterator();
        UncheckedIOException boom = new UncheckedIOException(new java.io.EOFException("truncated gzip"));
        Iterator<HistoricalPlay> failing = new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                if (n == 15_000) throw boom;
                return good.hasNext();
            }

            @Override
            public HistoricalPlay next() {
                n++;
                return good.next();
            }
        };
        assertThatThrownBy(() -> store.addAll(failing)).isSameAs(boom);
        assertThat(store.count()).isZero();
        assertThat(store.addAll(game("2021_01_AAA_HOM", 2021, 0, 100).iterator())).isEqualTo(100);
    }

    @Test
    void givenNoPlays_addAll_addsNothing() {
        JooqHistoricalPlays store = jooqStore();
        assertThat(store.addAll(List.<HistoricalPlay>of().iterator())).isZero();
        assertThat(store.lastPath()).isEqualTo(JooqHistoricalPlays.Path.EMPTY);
    }

    @Test
    void copyText_escapesLikeCopy_andEncodesUtf8() {
        HistoricalPlay p = new HistoricalPlay("2022_01_Ä\\B_C\tD", 2022, -2_147_483_648, "POST", "C\nD", "A\rB", 0, 5, 3600, 1_234_567_890, "",
                7, 3, HistoricalPlay.MISSING, 10, 100, HistoricalPlay.MISSING, 0, -2.5, 7, 10, "KICK 😀");
        assertThat(JooqHistoricalPlays.row(p)).isEqualTo(
                "2022_01_Ä\\\\B_C\\tD\t1\t2022\t-2147483648\tPOST\tC\\nD\tA\\rB\t5\t3600\t1234567890\t\\N\t7\t3\t\\N\t10\t100\t\\N\t0\t-2.5\t7\t10\tKICK 😀\n");
    }
}
