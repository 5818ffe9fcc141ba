package com.precog.application.port.out;

class InMemoryOrderJournalTest extends OrderJournalContract {
    @Override
    protected OrderJournal newJournal() {
        return new InMemoryOrderJournal();
    }
}
