package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.HISTORICAL_PLAYS;
import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.ingame.HistoricalPlays;
import com.precog.application.port.out.ingame.HistoricalPlaysContract;
import com.precog.domain.model.ingame.HistoricalPlay;
import java.time.Clock;
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
}
