package com.precog.application.port.out.models;

class InMemoryEvaluationRunsTest extends EvaluationRunsContract {
    @Override
    protected EvaluationRuns newStore() {
        return new InMemoryEvaluationRuns();
    }
}
