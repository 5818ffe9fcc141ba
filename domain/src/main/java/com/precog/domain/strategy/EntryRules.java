package com.precog.domain.strategy;

import com.precog.domain.money.Dollars;
import com.precog.domain.money.Probability;
import com.precog.domain.sizing.KellyFraction;
import java.time.Duration;
import java.util.Objects;

/**
 * The parameters of one strategy type for one league (SPEC §6), immutable. Every variant has a
 * minimum edge, a signal confidence (an edge signals only above it; never below 0.50) and a
 * Kelly fraction; each adds its entry window. Built from plain values with SPEC defaults
 * ({@code defaults()}); the configuration loader maps {@code config/trade_strategies.yaml} onto
 * the canonical constructors.
 */
public sealed interface EntryRules permits EntryRules.PreGame, EntryRules.Halftime, EntryRules.Live, EntryRules.SettlementArbitrage {
    Dollars minEdge();

    Probability minConfidence();

    KellyFraction kellyFraction();

    StrategyType type();

    /** True when the situation is inside this strategy's window; {@code sideWinProbabilityMillionths} is the model's probability of the side to buy. */
    boolean admits(EntryContext ctx, long sideWinProbabilityMillionths);

    /** The same rules with another Kelly fraction (used for the per-league defaults). */
    EntryRules withKellyFraction(KellyFraction fraction);

    private static void common(Dollars minEdge, Probability minConfidence, KellyFraction kelly) {
        Objects.requireNonNull(minEdge, "minEdge");
        if (minEdge.isNegative() || minEdge.compareTo(Dollars.of("0.50")) > 0) throw new IllegalArgumentException("minEdge must be within [0, 0.50], was " + minEdge);
        Objects.requireNonNull(minConfidence, "minConfidence");
        if (minConfidence.compareTo(Probability.HALF) < 0) throw new IllegalArgumentException("minConfidence must be at least 0.5, was " + minConfidence);
        Objects.requireNonNull(kelly, "kellyFraction");
    }

    private static Probability defaultConfidence() {
        return Probability.of("0.70");
    }

    /** {@code pre_game_entry}: from {@code maxBeforeStart} (24 h) until {@code minBeforeStart} (30 min) before the start. */
    record PreGame(Dollars minEdge, Probability minConfidence, KellyFraction kellyFraction, Duration minBeforeStart, Duration maxBeforeStart)
            implements EntryRules {
        public PreGame {
            common(minEdge, minConfidence, kellyFraction);
            Objects.requireNonNull(minBeforeStart, "minBeforeStart");
            Objects.requireNonNull(maxBeforeStart, "maxBeforeStart");
            if (minBeforeStart.isNegative() || maxBeforeStart.compareTo(minBeforeStart) < 0) {
                throw new IllegalArgumentException("pre-game window must satisfy 0 <= minBeforeStart <= maxBeforeStart, was " + minBeforeStart + ".." + maxBeforeStart);
            }
        }

        public static PreGame defaults() {
            return new PreGame(StrategyType.PRE_GAME_ENTRY.defaultMinEdge(), defaultConfidence(), KellyFraction.DEFAULT, Duration.ofMinutes(30), Duration.ofHours(24));
        }

        @Override
        public StrategyType type() {
            return StrategyType.PRE_GAME_ENTRY;
        }

        @Override
        public boolean admits(EntryContext ctx, long q) {
            return ctx.phase() == EntryContext.Phase.SCHEDULED && ctx.secondsToStart() >= minBeforeStart.toSeconds()
                    && ctx.secondsToStart() <= maxBeforeStart.toSeconds();
        }

        @Override
        public PreGame withKellyFraction(KellyFraction f) {
            return new PreGame(minEdge, minConfidence, f, minBeforeStart, maxBeforeStart);
        }
    }

    /** {@code halftime_entry}: during halftime or within {@code window} (10 min) of it. */
    record Halftime(Dollars minEdge, Probability minConfidence, KellyFraction kellyFraction, Duration window) implements EntryRules {
        public Halftime {
            common(minEdge, minConfidence, kellyFraction);
            Objects.requireNonNull(window, "window");
            if (window.isNegative()) throw new IllegalArgumentException("halftime window must not be negative, was " + window);
        }

        public static Halftime defaults() {
            return new Halftime(StrategyType.HALFTIME_ENTRY.defaultMinEdge(), defaultConfidence(), KellyFraction.DEFAULT, Duration.ofMinutes(10));
        }

        @Override
        public StrategyType type() {
            return StrategyType.HALFTIME_ENTRY;
        }

        @Override
        public boolean admits(EntryContext ctx, long q) {
            if (ctx.phase() == EntryContext.Phase.HALFTIME) return true;
            return ctx.phase() == EntryContext.Phase.IN_PROGRESS && ctx.secondsFromHalftime() >= 0 && ctx.secondsFromHalftime() <= window.toSeconds();
        }

        @Override
        public Halftime withKellyFraction(KellyFraction f) {
            return new Halftime(minEdge, minConfidence, f, window);
        }
    }

    /** {@code live_trading}: any time in play when enabled (disabled by default), stopping {@code stopBeforeEnd} before the end. */
    record Live(boolean enabled, Dollars minEdge, Probability minConfidence, KellyFraction kellyFraction, Duration stopBeforeEnd) implements EntryRules {
        public Live {
            common(minEdge, minConfidence, kellyFraction);
            Objects.requireNonNull(stopBeforeEnd, "stopBeforeEnd");
            if (stopBeforeEnd.isNegative()) throw new IllegalArgumentException("stopBeforeEnd must not be negative, was " + stopBeforeEnd);
        }

        public static Live defaults() {
            return new Live(false, StrategyType.LIVE_TRADING.defaultMinEdge(), defaultConfidence(), KellyFraction.DEFAULT, Duration.ofMinutes(5));
        }

        @Override
        public StrategyType type() {
            return StrategyType.LIVE_TRADING;
        }

        @Override
        public boolean admits(EntryContext ctx, long q) {
            return enabled && ctx.phase() == EntryContext.Phase.IN_PROGRESS
                    && (ctx.secondsLeft() < 0 || ctx.secondsLeft() > stopBeforeEnd.toSeconds());
        }

        @Override
        public Live withKellyFraction(KellyFraction f) {
            return new Live(enabled, minEdge, minConfidence, f, stopBeforeEnd);
        }
    }

    /**
     * {@code settlement_arbitrage}: the side's win probability ≥ {@code minWinProbability}
     * (0.98) with ≤ {@code maxSecondsLeft} (120 s) left; in the NFL also a certainty rule:
     * lead ≥ {@code possessionLead} (7) with possession, ≤ {@code possessionSecondsLeft} (90 s)
     * and the opponent out of timeouts; or lead ≥ {@code bigLead} (21) with ≤ {@code bigLeadSecondsLeft} (180 s).
     */
    record SettlementArbitrage(Dollars minEdge, Probability minConfidence, KellyFraction kellyFraction, Probability minWinProbability,
                               long maxSecondsLeft, int possessionLead, long possessionSecondsLeft, int bigLead, long bigLeadSecondsLeft)
            implements EntryRules {
        public SettlementArbitrage {
            common(minEdge, minConfidence, kellyFraction);
            Objects.requireNonNull(minWinProbability, "minWinProbability");
            if (maxSecondsLeft < 0 || possessionSecondsLeft < 0 || bigLeadSecondsLeft < 0 || possessionLead < 0 || bigLead < 0) {
                throw new IllegalArgumentException("settlement arbitrage seconds and leads must not be negative");
            }
        }

        public static SettlementArbitrage defaults() {
            return new SettlementArbitrage(StrategyType.SETTLEMENT_ARBITRAGE.defaultMinEdge(), defaultConfidence(), KellyFraction.HARD_MAX,
                    Probability.of("0.98"), 120, 7, 90, 21, 180);
        }

        @Override
        public StrategyType type() {
            return StrategyType.SETTLEMENT_ARBITRAGE;
        }

        @Override
        public boolean admits(EntryContext ctx, long q) {
            if (ctx.phase() != EntryContext.Phase.IN_PROGRESS || ctx.secondsLeft() < 0) return false;
            if (q < minWinProbability.millionths() || ctx.secondsLeft() > maxSecondsLeft) return false;
            if (!"NFL".equals(ctx.league())) return true;
            boolean possessionRule = ctx.leaderLead() >= possessionLead && ctx.leaderHasPossession()
                    && ctx.secondsLeft() <= possessionSecondsLeft && ctx.trailerTimeouts() == 0;
            boolean bigLeadRule = ctx.leaderLead() >= bigLead && ctx.secondsLeft() <= bigLeadSecondsLeft;
            return possessionRule || bigLeadRule;
        }

        @Override
        public SettlementArbitrage withKellyFraction(KellyFraction f) {
            return new SettlementArbitrage(minEdge, minConfidence, f, minWinProbability, maxSecondsLeft, possessionLead, possessionSecondsLeft,
                    bigLead, bigLeadSecondsLeft);
        }
    }
}
