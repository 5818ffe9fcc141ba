package com.precog.adapters.kalshi;

import com.precog.domain.market.Market;
import com.precog.domain.market.MarketOutcome;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Price;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Kalshi REST answers translated to exact domain values (prices in micro-dollars where 0 means "none"). */
public final class KalshiModels {
    private KalshiModels() {}

    /** {@code GET /exchange/status}. */
    public record ExchangeStatus(boolean exchangeActive, boolean tradingActive, Optional<Instant> estimatedResumeTime) {
        public ExchangeStatus {
            Objects.requireNonNull(estimatedResumeTime, "estimatedResumeTime");
        }
    }

    /** A series with its fee schedule ({@code fee_type} quadratic / quadratic_with_maker_fees / flat). */
    public record Series(String ticker, String title, String category, String frequency, String feeType, FeeSchedule fees) {
        public Series {
            if (ticker == null || ticker.isBlank()) throw new IllegalArgumentException("series ticker must not be blank");
            Objects.requireNonNull(fees, "fees");
        }
    }

    /** An event (a group of markets). */
    public record Event(String eventTicker, String seriesTicker, String title, String subTitle) {
        public Event {
            if (eventTicker == null || eventTicker.isBlank()) throw new IllegalArgumentException("event ticker must not be blank");
        }
    }

    /**
     * A market with its top-of-book quote from the market object. Quote fields are micro-dollars,
     * 0 when absent; volume and open interest in contracts. {@code marketType} is Kalshi's
     * {@code market_type} ({@code binary} or {@code scalar}; empty when absent).
     */
    public record MarketQuote(Market market, long yesBidMicros, long yesAskMicros, long noBidMicros, long noAskMicros,
                              long lastPriceMicros, Contracts volume, Contracts openInterest, String rawStatus, String marketType) {
        public MarketQuote {
            Objects.requireNonNull(market, "market");
            Objects.requireNonNull(volume, "volume");
            Objects.requireNonNull(openInterest, "openInterest");
            Objects.requireNonNull(marketType, "marketType");
        }

        /** A quote of a binary market (the form before {@code market_type} was read). */
        public MarketQuote(Market market, long yesBidMicros, long yesAskMicros, long noBidMicros, long noAskMicros,
                           long lastPriceMicros, Contracts volume, Contracts openInterest, String rawStatus) {
            this(market, yesBidMicros, yesAskMicros, noBidMicros, noAskMicros, lastPriceMicros, volume, openInterest, rawStatus, "binary");
        }

        /**
         * {@return whether the market settles YES or NO at $1/$0, the only kind Precog prices} A
         * {@code scalar} market pays a value between 0 and 1 set by where the outcome falls between its
         * floor and cap; an absent {@code market_type} is binary (the API's default).
         */
        public boolean binary() {
            return marketType.isEmpty() || "binary".equals(marketType);
        }
    }

    /** A public trade. */
    public record Trade(String tradeId, String marketTicker, Price yesPrice, Contracts count, Side takerSide, Instant time) {}

    /** {@code GET /portfolio/balance}: exact cash ({@code balance_dollars}) and portfolio value. */
    public record Balance(Dollars balance, Dollars portfolioValue, Optional<Instant> updated) {}

    /**
     * A market position: {@code side} YES for a positive {@code position_fp}, NO for negative; count
     * is the absolute size (0 when flat).
     */
    public record Position(String marketTicker, Side side, Contracts count, Dollars exposure, Dollars totalTraded,
                           Dollars realizedPnl, Dollars feesPaid) {}

    /** A settled market in the portfolio. */
    public record Settlement(String marketTicker, String eventTicker, String result, Contracts yesCount, Dollars yesCost,
                             Contracts noCount, Dollars noCost, Dollars revenue, Dollars feeCost, Instant settledTime,
                             Optional<Dollars> yesValue) {
        /**
         * @param yesValue what one YES contract paid ({@code value}, cents; nullable): the payout of a {@code scalar} result
         */
        public Settlement {
            java.util.Objects.requireNonNull(yesValue, "yesValue");
        }

        /** How the market resolved ({@link KalshiModels#outcome}): a scalar result at its {@code value}. */
        public Optional<MarketOutcome> outcome() {
            return KalshiModels.outcome(result, yesValue);
        }
    }

    /** The order-entry outcome of a V2 create/amend/decrease/cancel call. */
    public record OrderAck(String orderId, String clientOrderId, Contracts fillCount, Contracts remainingCount,
                           Optional<Price> averageFillPrice, Optional<Dollars> averageFeePaid, Contracts reducedBy, long tsMs) {}

    /** One item of a batch answer: an ack or the exchange's error for that item. */
    public record BatchItem(Optional<OrderAck> ack, Optional<KalshiApiException> error) {}

    /**
     * A Kalshi market result as a {@link MarketOutcome}: {@code yes} / {@code no}; {@code void} (positions
     * returned at cost); {@code scalar} — or a blank result with a settlement value — paying
     * {@code yesValue} per YES contract (a tied NFL game: $0.50). Empty while undetermined, for a scalar
     * result without its value, and for a word this client does not know.
     *
     * @param result   Kalshi's {@code result} / {@code market_result}
     * @param yesValue {@code settlement_value} / {@code settlement_value_dollars}, when given
     * @return the outcome
     */
    public static Optional<MarketOutcome> outcome(String result, Optional<Dollars> yesValue) {
        String r = result == null ? "" : result.trim().toLowerCase(java.util.Locale.ROOT);
        switch (r) {
            case "yes":
                return Optional.of(MarketOutcome.yes());
            case "no":
                return Optional.of(MarketOutcome.no());
            case "void":
                return Optional.of(MarketOutcome.voided());
            case "scalar":
            case "":
                if (yesValue.isEmpty()) return Optional.empty();
                long units = yesValue.get().units();
                if (units < 0 || units > Dollars.of(1).units() || units % 100 != 0) return Optional.empty();
                return Optional.of(MarketOutcome.ofYesValue(units / 100));
            default:
                return Optional.empty();
        }
    }
}
