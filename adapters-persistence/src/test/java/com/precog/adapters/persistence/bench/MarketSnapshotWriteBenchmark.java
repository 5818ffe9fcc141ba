package com.precog.adapters.persistence.bench;

import static com.precog.adapters.persistence.jooq.Tables.MARKET_SNAPSHOTS;

import com.precog.adapters.persistence.BenchSupport;
import com.precog.adapters.persistence.Database;
import com.precog.adapters.persistence.DatabaseSettings;
import com.precog.adapters.persistence.DbFixtures;
import com.precog.adapters.persistence.TestDatabase;
import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import org.jooq.DSLContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.PGConnection;

/**
 * Bulk write of market snapshot history, in rows per second (each invocation writes {@value #ROWS} rows into
 * an emptied {@code market_snapshots}: {@value #MARKETS} markets × {@value #ROUNDS} material changes each):
 * <ul>
 *   <li>{@code scd2WriterRounds}: the adapter's SCD2 writer, one transaction per round of 1,000 observations
 *       (each closes the 1,000 current rows, then inserts 1,000) — the live streaming shape;</li>
 *   <li>{@code scd2WriterOneBatch}: the same writer given all 10,000 observations at once (a backfill);</li>
 *   <li>{@code rawCopy}: PostgreSQL COPY of the identical final history rows (same columns, same values), the ceiling.</li>
 * </ul>
 * Run: {@code mvn -B -ntp -Pbench -pl adapters-persistence -am test-compile exec:exec -Dbench=MarketSnapshotWrite}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(MarketSnapshotWriteBenchmark.ROWS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class MarketSnapshotWriteBenchmark {
    static final int MARKETS = 1_000;
    static final int ROUNDS = 10;
    static final int ROWS = MARKETS * ROUNDS;

    private Database db;
    private java.nio.file.Path dataDir;
    private DSLContext dsl;
    private List<List<Object>> rounds;
    private List<Object> all;
    private String csv;

    @Setup(Level.Trial)
    public void setUp() throws java.io.IOException {
        // the product's embedded server (fsync and synchronous_commit on, as `precog` runs it); -Dbench.db=test takes the
        // test server instead (PRECOG_TEST_DB_URL, or zonky's default with fsync off)
        if ("test".equals(System.getProperty("bench.db"))) {
            db = TestDatabase.freshSchema().database();
        } else {
            dataDir = java.nio.file.Files.createTempDirectory("precog-bench-db");
            db = Database.open(DatabaseSettings.embedded(dataDir, 0, 4));
            db.migrate();
        }
        dsl = db.dsl();
        for (int m = 0; m < MARKETS; m++) {
            DbFixtures.market(dsl, BenchSupport.ticker(m));
        }
        rounds = BenchSupport.snapshotRounds(MARKETS, ROUNDS, Instant.parse("2026-09-13T16:00:00Z"));
        all = new ArrayList<>();
        rounds.forEach(all::addAll);
        csv = BenchSupport.snapshotHistoryCsv(rounds);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (dataDir != null) db.close();
    }

    @Setup(Level.Invocation)
    public void empty() {
        dsl.truncate(MARKET_SNAPSHOTS).execute();
    }

    @Benchmark
    public int scd2WriterRounds() {
        ToIntFunction<List<Object>> writer = BenchSupport.snapshotWriter(dsl);
        int n = 0;
        for (List<Object> round : rounds) {
            n += writer.applyAsInt(round);
        }
        return check(n);
    }

    @Benchmark
    public int scd2WriterOneBatch() {
        return check(BenchSupport.snapshotWriter(dsl).applyAsInt(all));
    }

    @Benchmark
    public long rawCopy() throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            long n = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY market_snapshots (" + BenchSupport.SNAPSHOT_COLUMNS + ") FROM STDIN (FORMAT csv)", new StringReader(csv));
            return check((int) n);
        }
    }

    private static int check(int n) {
        if (n != ROWS) {
            throw new IllegalStateException("wrote " + n + " rows, expected " + ROWS);
        }
        return n;
    }
}
