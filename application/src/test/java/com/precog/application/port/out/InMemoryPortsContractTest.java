package com.precog.application.port.out;

import com.precog.domain.market.BookTop;
import org.junit.jupiter.api.Nested;

/** Runs the port contracts against the in-memory fakes. */
class InMemoryPortsContractTest {
    @Nested
    class PregamePricesFake extends PregamePricesContract {
        @Override
        protected PregamePrices newPrices() {
            return new InMemoryPregamePrices();
        }
    }

    @Nested
    class SettlementsFake extends SettlementsContract {
        @Override
        protected Settlements newSettlements() {
            return new InMemorySettlements();
        }
    }

    @Nested
    class AccountBalancesFake extends AccountBalancesContract {
        @Override
        protected AccountBalances newBalances() {
            return new InMemoryAccountBalances();
        }
    }

    @Nested
    class PositionsFake extends PositionsContract {
        @Override
        protected Positions newPositions() {
            return new InMemoryPositions();
        }
    }

    @Nested
    class ExitJournalFake extends ExitJournalContract {
        @Override
        protected ExitJournal newJournal() {
            return new InMemoryExitJournal();
        }
    }

    @Nested
    class BreakerEventsFake extends BreakerEventsContract {
        @Override
        protected BreakerEvents newEvents() {
            return new InMemoryBreakerEvents();
        }
    }

    @Nested
    class CloseRequestsFake extends CloseRequestsContract {
        @Override
        protected CloseRequests newRequests() {
            return new InMemoryCloseRequests();
        }
    }

    @Nested
    class MarketQuotesFake extends MarketQuotesContract {
        private final InMemoryMarketQuotes q = new InMemoryMarketQuotes();
        private final BookTop top = new BookTop(600_000, 1_000, 380_000, 500);

        MarketQuotesFake() {
            q.set("KXNFLGAME-25SEP07DETGB-GB", top);
        }

        @Override
        protected MarketQuotes quotes() {
            return q;
        }

        @Override
        protected String knownTicker() {
            return "KXNFLGAME-25SEP07DETGB-GB";
        }

        @Override
        protected BookTop knownTop() {
            return top;
        }
    }
}
