package com.precog.application.service.exits;

import com.precog.domain.exit.ExitConditionKind;
import com.precog.domain.order.ClientOrderId;

/** The client id an exit order of a condition gets ({@link ExitExecutor#orderId}), for tests in other packages. */
public final class ExitExecutorIds {
    private ExitExecutorIds() {}

    public static ClientOrderId of(ExitConditionKind condition) {
        return ExitExecutor.orderId(condition, 0);
    }

    public static ClientOrderId of(ExitConditionKind condition, int partialStages) {
        return ExitExecutor.orderId(condition, partialStages);
    }
}
