package com.precog.application.port.out;

class InMemoryProbabilitiesTest extends ProbabilitySourceContract {
    @Override
    protected ProbabilitySource newSource() {
        return new InMemoryProbabilities();
    }

    @Override
    protected void given(ProbabilitySource source, String ticker, ProbabilityEstimate estimate) {
        ((InMemoryProbabilities) source).put(ticker, estimate);
    }
}
