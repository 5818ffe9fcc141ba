-- Set-based bulk writes called through the generated jOOQ routines (no SQL text in Java).
-- The caller computes, from the values it holds in memory, which current rows to close and which rows to
-- insert; the function applies both in the caller's transaction, checking the closes (optimistic concurrency).

-- SCD2 append of market snapshots. close_ids/close_ends: current rows to close and when. The other arrays
-- are the new rows (one element each); rows with row_end_ts set are inserted already closed.
-- Raises SQLSTATE 40001 when a row to close is no longer current (another writer replaced it).
-- Returns the id of every inserted row that is current.
CREATE FUNCTION append_market_snapshots(
    close_ids BIGINT[], close_ends TIMESTAMPTZ[],
    tickers TEXT[], statuses TEXT[], yes_bids NUMERIC[], yes_asks NUMERIC[], no_bids NUMERIC[], no_asks NUMERIC[],
    last_prices NUMERIC[], volumes NUMERIC[], volumes_24h NUMERIC[], open_interests NUMERIC[], liquidities NUMERIC[],
    observed_ats TIMESTAMPTZ[], end_tss TIMESTAMPTZ[])
RETURNS TABLE (snapshot_id BIGINT, snapshot_ticker TEXT)
LANGUAGE plpgsql AS $$
DECLARE
    closed INTEGER;
BEGIN
    IF coalesce(cardinality(close_ids), 0) > 0 THEN
        UPDATE market_snapshots ms
        SET row_current_ind = false, row_end_ts = c.end_ts
        FROM unnest(close_ids, close_ends) AS c(id, end_ts)
        WHERE ms.id = c.id AND ms.row_current_ind;
        GET DIAGNOSTICS closed = ROW_COUNT;
        IF closed <> cardinality(close_ids) THEN
            RAISE EXCEPTION 'expected to close % current market snapshots, closed %: another writer changed them',
                cardinality(close_ids), closed USING ERRCODE = '40001';
        END IF;
    END IF;
    RETURN QUERY
    WITH inserted AS (
        INSERT INTO market_snapshots (ticker, status, yes_bid, yes_ask, no_bid, no_ask, last_price, volume, volume_24h,
                                      open_interest, liquidity, observed_at, row_current_ind, row_start_ts, row_end_ts)
        SELECT u.ticker, u.status, u.yes_bid, u.yes_ask, u.no_bid, u.no_ask, u.last_price, u.volume, u.volume_24h,
               u.open_interest, u.liquidity, u.observed_at, u.end_ts IS NULL, u.observed_at, u.end_ts
        FROM unnest(tickers, statuses, yes_bids, yes_asks, no_bids, no_asks, last_prices, volumes, volumes_24h,
                    open_interests, liquidities, observed_ats, end_tss)
             AS u(ticker, status, yes_bid, yes_ask, no_bid, no_ask, last_price, volume, volume_24h, open_interest,
                  liquidity, observed_at, end_ts)
        RETURNING market_snapshots.id, market_snapshots.ticker, market_snapshots.row_current_ind
    )
    SELECT i.id, i.ticker FROM inserted i WHERE i.row_current_ind;
END;
$$;
