package com.precog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.execution.AttemptOutcome;
import com.precog.domain.execution.ExitAttempt;
import com.precog.domain.execution.ExitOrderType;
import com.precog.domain.exit.ExitConditionKind;
import com.precog.domain.exit.ExitPriority;
import com.precog.domain.exit.PositionExit;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.ExecutionEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of every {@link ExitJournal}: append-only, per position, oldest first. */
public abstract class ExitJournalContract {
    protected static final Instant T0 = Instant.parse("2025-09-07T17:00:00Z");
    protected static final String TICKER = "KXNFLGAME-25SEP07DETGB-GB";
    protected ExitJournal journal;

    protected abstract ExitJournal newJournal();

    @BeforeEach
    void setUpJournal() {
        journal = newJournal();
    }

    protected static ExitAttempt attempt(String position, int n, AttemptOutcome outcome, Instant at) {
        boolean filled = outcome == AttemptOutcome.FILLED;
        return new ExitAttempt(position, TICKER, ExitConditionKind.STOP_LOSS, ExitPriority.CRITICAL, ExitOrderType.IOC,
                ClientOrderId.of("exit-" + position + "-" + n), Price.of("0.50"), filled ? Optional.of(Price.of("0.52")) : Optional.empty(),
                Contracts.of(10), filled ? Contracts.of(10) : Contracts.ZERO, n, Duration.ofSeconds(5), outcome, "reason " + n, at);
    }

    protected static PositionExit exit(String id, String position, Instant at) {
        return new PositionExit(id, position, TICKER, ExitConditionKind.PARTIAL_EXIT_TARGET, ExitPriority.MEDIUM, Contracts.of(50),
                Price.of("0.69"), Dollars.of("0.75"), Dollars.of("3.75"), Contracts.of(50),
                List.of(ExitConditionKind.EARLY_EXIT), ExecutionEnvironment.PAPER, at);
    }

    @Test
    void attempts_areKeptPerPositionInOrder() {
        journal.recordAttempt(attempt("p1", 1, AttemptOutcome.UNFILLED, T0));
        journal.recordAttempt(attempt("p2", 1, AttemptOutcome.FILLED, T0.plusSeconds(1)));
        journal.recordAttempt(attempt("p1", 2, AttemptOutcome.FILLED, T0.plusSeconds(2)));
        assertThat(journal.attempts("p1")).extracting(ExitAttempt::attemptNumber).containsExactly(1, 2);
        assertThat(journal.attempts("p1").get(1)).isEqualTo(attempt("p1", 2, AttemptOutcome.FILLED, T0.plusSeconds(2)));
        assertThat(journal.attempts("none")).isEmpty();
    }

    @Test
    void exits_roundTripWithConflictingTriggers() {
        PositionExit e = exit("e1", "p1", T0);
        journal.recordExit(e);
        assertThat(journal.exits("p1")).containsExactly(e);
        assertThat(journal.exitsSince(T0)).containsExactly(e);
        assertThat(journal.exitsSince(T0.plusSeconds(1))).isEmpty();
    }

    @Test
    void sameExitTwice_isRejected() {
        journal.recordExit(exit("e1", "p1", T0));
        assertThatThrownBy(() -> journal.recordExit(exit("e1", "p1", T0))).isInstanceOf(IllegalStateException.class);
        assertThat(journal.exits("p1")).hasSize(1);
    }
}
