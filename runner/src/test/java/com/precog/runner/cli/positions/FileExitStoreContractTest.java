package com.precog.runner.cli.positions;

import com.precog.application.port.out.BreakerEvents;
import com.precog.application.port.out.BreakerEventsContract;
import com.precog.application.port.out.CloseRequests;
import com.precog.application.port.out.CloseRequestsContract;
import com.precog.application.port.out.ExitJournal;
import com.precog.application.port.out.ExitJournalContract;
import com.precog.application.port.out.Positions;
import com.precog.application.port.out.PositionsContract;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Nested;

/** The file-backed CLI store passes the same port contracts as the in-memory fakes. */
class FileExitStoreContractTest {
    private static FileExitStore fresh() {
        try {
            return new FileExitStore(Files.createTempDirectory("precog-exits"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Nested
    class FilePositions extends PositionsContract {
        @Override
        protected Positions newPositions() {
            return fresh().positions();
        }
    }

    @Nested
    class FileJournal extends ExitJournalContract {
        @Override
        protected ExitJournal newJournal() {
            return fresh().journal();
        }
    }

    @Nested
    class FileBreakerEvents extends BreakerEventsContract {
        @Override
        protected BreakerEvents newEvents() {
            return fresh().breakerEvents();
        }
    }

    @Nested
    class FileCloseRequests extends CloseRequestsContract {
        @Override
        protected CloseRequests newRequests() {
            return fresh().closeRequests();
        }
    }
}
