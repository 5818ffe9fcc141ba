package com.precog.application.port.out;

class InMemoryTradingHaltsTest extends TradingHaltsContract {
    @Override
    protected TradingHalts newHalts() {
        return new InMemoryTradingHalts();
    }

    @Override
    protected void tripAll(TradingHalts halts, String breaker) {
        ((InMemoryTradingHalts) halts).haltAll(breaker, "test");
    }

    @Override
    protected void tripMarket(TradingHalts halts, String ticker, String breaker) {
        ((InMemoryTradingHalts) halts).haltMarket(ticker, breaker, "test");
    }

    @Override
    protected void resetAll(TradingHalts halts) {
        ((InMemoryTradingHalts) halts).resumeAll();
    }
}
