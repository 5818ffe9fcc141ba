-- Precog schema, part 1: shared value domains and trigger functions.
-- Flyway migrations are the single source of truth; jOOQ code is generated from the migrated database.
-- Every price, probability and money amount is NUMERIC (never real/double precision).

-- A price in dollars of a $1 contract (4 dp from market data, up to 6 dp in portfolio data).
-- 0 and 1 are allowed for settlement values and empty book sides; order prices are checked (0, 1) where they are used.
CREATE DOMAIN t_price AS NUMERIC(10, 6) CHECK (VALUE >= 0 AND VALUE <= 1);
-- A probability; unconstrained scale so model output round-trips without rounding.
CREATE DOMAIN t_probability AS NUMERIC CHECK (VALUE >= 0 AND VALUE <= 1);
-- Money in dollars, exact to 10^-8 (the domain's Dollars unit; fees to $0.0001, portfolio values to 6 dp); signed.
CREATE DOMAIN t_money AS NUMERIC(24, 8);
-- A count of contracts (fractional markets trade to 2 dp).
CREATE DOMAIN t_quantity AS NUMERIC(18, 2) CHECK (VALUE >= 0);
-- backtest | paper | demo | live. Columns of this domain are NOT NULL and never have a default.
CREATE DOMAIN t_environment AS TEXT CHECK (VALUE IN ('backtest', 'paper', 'demo', 'live'));

-- Append-only tables: any UPDATE or DELETE is a bug.
CREATE FUNCTION reject_update_or_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % rejected', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'P0001', HINT = 'insert a new row instead';
END;
$$;

-- Immutable versions: the columns named in the trigger arguments never change after insert.
CREATE FUNCTION reject_immutable_column_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    col TEXT;
    old_row JSONB := to_jsonb(OLD);
    new_row JSONB := to_jsonb(NEW);
BEGIN
    FOREACH col IN ARRAY TG_ARGV LOOP
        IF old_row -> col IS DISTINCT FROM new_row -> col THEN
            RAISE EXCEPTION '%.% is immutable: create a new version instead', TG_TABLE_NAME, col
                USING ERRCODE = 'P0001';
        END IF;
    END LOOP;
    RETURN NEW;
END;
$$;

-- SCD Type 2 history: a row may only be closed (row_current_ind true -> false with row_end_ts set);
-- nothing else of a history row ever changes, and history is never deleted.
CREATE FUNCTION scd2_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION '% is SCD2 history: DELETE rejected', TG_TABLE_NAME USING ERRCODE = 'P0001';
    END IF;
    IF NOT OLD.row_current_ind THEN
        RAISE EXCEPTION '% row % is closed history: UPDATE rejected', TG_TABLE_NAME, OLD.id USING ERRCODE = 'P0001';
    END IF;
    IF NEW.row_current_ind OR NEW.row_end_ts IS NULL
            OR (to_jsonb(NEW) - 'row_current_ind' - 'row_end_ts') IS DISTINCT FROM (to_jsonb(OLD) - 'row_current_ind' - 'row_end_ts') THEN
        RAISE EXCEPTION '% row %: only closing the current row (row_current_ind=false, row_end_ts) is allowed; insert a new row for a change',
            TG_TABLE_NAME, OLD.id USING ERRCODE = 'P0001';
    END IF;
    RETURN NEW;
END;
$$;
