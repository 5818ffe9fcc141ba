-- A market can resolve to a value between $0 and $1 (Kalshi result 'scalar', settlement_value_dollars):
-- an NFL game that ends in a tie pays $0.50 for each team, a game not started within 48 hours a fair
-- price. Such a settlement row has market_result 'scalar' and the held side's value as settlement_price.
ALTER TABLE settlements DROP CONSTRAINT settlements_market_result_check;
ALTER TABLE settlements ADD CONSTRAINT settlements_market_result_check CHECK (market_result IN ('yes', 'no', 'void', 'scalar'));
