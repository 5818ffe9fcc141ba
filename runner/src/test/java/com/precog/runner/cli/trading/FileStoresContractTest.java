package com.precog.runner.cli.trading;

import com.precog.application.port.out.EdgeJournal;
import com.precog.application.port.out.EdgeJournalContract;
import com.precog.application.port.out.OrderJournal;
import com.precog.application.port.out.OrderJournalContract;
import com.precog.application.port.out.Strategies;
import com.precog.application.port.out.StrategiesContract;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The file-backed stores the CLI uses pass the same contracts as the in-memory fakes. */
class FileStoresContractTest {
    @TempDir
    static Path dir;
    private static int n;

    @Nested
    class Strategies_ extends StrategiesContract {
        @Override
        protected Strategies newStrategies() {
            return new FileStrategies(dir.resolve("s" + (++n) + ".json"));
        }
    }

    @Nested
    class EdgeJournal_ extends EdgeJournalContract {
        @Override
        protected EdgeJournal newJournal() {
            return new FileEdgeJournal(dir.resolve("e" + (++n) + ".jsonl"));
        }
    }

    @Nested
    class OrderJournal_ extends OrderJournalContract {
        @Override
        protected OrderJournal newJournal() {
            return new FileOrderJournal(dir.resolve("o" + (++n)));
        }
    }
}
