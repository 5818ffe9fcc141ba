package com.precog.application.service.exits;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.exit.ExitConditionKind;
import com.precog.domain.order.ClientOrderId;
import org.junit.jupiter.api.Test;

/** An exit order's client id names its condition in 44 characters, and only an exit id is read as one. */
class ExitOrderIdTest {
    @Test
    void everyCondition_roundTripsThroughItsOrderId() {
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (ExitConditionKind k : ExitConditionKind.values()) {
            assertThat(codes.add(ExitExecutor.orderId(k, 0).value().substring(5, 7))).as("one code per condition").isTrue();
            ClientOrderId id = ExitExecutor.orderId(k, 0);
            assertThat(id.value()).startsWith("exit-").hasSize(44);
            assertThat(ExitExecutor.conditionOf(id)).contains(k);
        }
        assertThat(ExitExecutor.orderId(ExitConditionKind.STOP_LOSS, 0)).isNotEqualTo(ExitExecutor.orderId(ExitConditionKind.STOP_LOSS, 0));
    }

    @Test
    void otherIds_nameNoCondition() {
        assertThat(ExitExecutor.conditionOf(ClientOrderId.of("exit-1"))).isEmpty();
        assertThat(ExitExecutor.conditionOf(ClientOrderId.of("exit-" + java.util.UUID.randomUUID()))).as("the ids of earlier releases").isEmpty();
        assertThat(ExitExecutor.conditionOf(ClientOrderId.of("exit-zz-" + java.util.UUID.randomUUID()))).isEmpty();
        assertThat(ExitExecutor.conditionOf(ClientOrderId.of("entr-sl-" + java.util.UUID.randomUUID()))).isEmpty();
        assertThat(ExitExecutor.conditionOf(ClientOrderId.random())).isEmpty();
    }

    @Test
    void aPartialExitsId_carriesItsStageMask() {
        ClientOrderId id = ExitExecutor.orderId(ExitConditionKind.PARTIAL_EXIT_TARGET, 2);
        assertThat(id.value()).startsWith("exit-p2-").hasSize(44);
        assertThat(ExitExecutor.conditionOf(id)).contains(ExitConditionKind.PARTIAL_EXIT_TARGET);
        assertThat(ExitExecutor.partialStagesOf(id)).isEqualTo(2);
        assertThat(ExitExecutor.partialStagesOf(ExitExecutor.orderId(ExitConditionKind.STOP_LOSS, 2))).isZero();
        assertThat(ExitExecutor.exitIdPrefix(id)).isEqualTo(id.value() + "/");
    }
}
