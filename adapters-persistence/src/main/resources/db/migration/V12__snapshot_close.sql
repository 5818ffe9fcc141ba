-- Market snapshots: the SCD2 writer closes the previous current rows with this function, then streams the new
-- rows with COPY (the bulk path; V9's append_market_snapshots stays for callers that want both in one call).
-- Raises SQLSTATE 40001 when a row to close is no longer current (another writer replaced it): the caller's
-- transaction rolls back and nothing of the batch is written. Returns the number of rows closed.
CREATE FUNCTION close_market_snapshots(close_ids BIGINT[], close_ends TIMESTAMPTZ[])
RETURNS INTEGER
LANGUAGE plpgsql AS $$
DECLARE
    closed INTEGER := 0;
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
    RETURN closed;
END;
$$;
