-- The market dimension as the MarketCatalog port reads it: a market's current status (its history stays in
-- market_snapshots) and the book captures' best levels. Written by the market recorder (MarketStore).
ALTER TABLE markets
    ADD COLUMN status TEXT CHECK (status IN ('unopened', 'open', 'paused', 'closed', 'settled'));
CREATE INDEX markets_open_idx ON markets (event_ticker) WHERE status = 'open';
CREATE INDEX orderbook_snapshots_latest_idx ON orderbook_snapshots (ticker, captured_at DESC, id DESC);
