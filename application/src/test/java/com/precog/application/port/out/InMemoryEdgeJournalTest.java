package com.precog.application.port.out;

class InMemoryEdgeJournalTest extends EdgeJournalContract {
    @Override
    protected EdgeJournal newJournal() {
        return new InMemoryEdgeJournal();
    }
}
