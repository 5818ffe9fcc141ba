package com.precog.runner.cli.trading;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.domain.edge.Edge;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import com.precog.domain.sizing.ExposureView;
import com.precog.domain.sizing.KellyFraction;
import com.precog.domain.sizing.MarketConditions;
import com.precog.domain.sizing.SizingDecision;
import com.precog.domain.sizing.SizingRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precog size}: what-if calculator for one entry — fee per contract (Kalshi formula with
 * trading.yaml's coefficients, as the daemon prices it), edge,
 * full and fractional Kelly, stake, contracts and the binding limit, with the SPEC §5 limits on a
 * flat account of {@code --bankroll}.
 */
@Command(name = "size", mixinStandardHelpOptions = true,
        description = "What-if position size: fee, edge, full/fractional Kelly, contracts and the binding limit.")
final class SizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--probability", required = true, description = "P(YES) from the model, e.g. 0.72")
    String probability;

    @Option(names = "--side", required = true, description = "yes or no")
    String side;

    @Option(names = "--price", required = true, description = "price of the side bought (the ask), e.g. 0.65")
    String price;

    @Option(names = "--bankroll", defaultValue = "10000", description = "bankroll in dollars (default ${DEFAULT-VALUE})")
    String bankroll;

    @Option(names = "--fraction", defaultValue = "0.25", description = "Kelly fraction, at most 0.50 (default ${DEFAULT-VALUE})")
    String fraction;

    @Option(names = "--maker", description = "price a resting order with the maker fee (fees.maker_coefficient, 0.0175 by default: "
            + "quadratic_with_maker_fees) instead of the taker fee")
    boolean maker;

    @Option(names = "--config-dir", paramLabel = "DIR", description = "YAML directory whose trading.yaml fees.* coefficients price the fee "
            + "(default: $PRECOG_CONFIG_DIR or ./config; none there: Kalshi's published 0.07 / 0.0175)")
    Path configDir;

    @Option(names = "--league", defaultValue = "", description = "league code for the league share limit (e.g. NFL)")
    String league;

    @Option(names = "--available", description = "contracts the book offers at the price (default: unlimited)")
    String available;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        Probability p = Probability.parse(probability);
        Side s = Side.parse(side);
        Price px = Price.parse(price);
        Dollars bank = Dollars.parse(bankroll);
        if (bank.isNegative()) throw new IllegalArgumentException("--bankroll must not be negative, was " + bankroll);
        KellyFraction f = KellyFraction.parse(fraction);
        long depth = available == null ? Long.MAX_VALUE / 4 : Contracts.parse(available).hundredths();
        com.precog.application.config.EffectiveConfig cfg = com.precog.runner.config.ConfigDirectory.load(configDir, java.util.List.of());
        FeeSchedule fees = cfg.generalFees();
        Liquidity liquidity = maker ? Liquidity.MAKER : Liquidity.TAKER;
        Edge edge = Edge.of(fees, s, liquidity, p, px);
        MarketConditions calm = MarketConditions.calm();
        SizingRequest request = new SizingRequest(s, px.micros(), edge.feePerContract().units(), edge.winProbability().millionths(), f, calm, league,
                depth, false);
        com.precog.domain.sizing.PositionSizer sizer = com.precog.application.config.ConfiguredEntries.sizer(cfg); // limits.*, size_reductions.*
        SizingDecision d = sizer.size(request, ExposureView.flat(bank));
        f = f.millionths() <= sizer.maxFraction().millionths() ? f : sizer.maxFraction(); // what the sizer used: at most kelly_hard_max
        long full = d.fullKellyMillionths();
        long frac = full * f.millionths() / 1_000_000L;

        PrintWriter out = spec.commandLine().getOut();
        ObjectNode n = TradingJson.MAPPER.createObjectNode();
        n.put("probability", p.toString());
        n.put("side", s.name().toLowerCase(java.util.Locale.ROOT));
        n.put("price", px.toString());
        n.put("liquidity", liquidity.name().toLowerCase(java.util.Locale.ROOT));
        n.put("bankroll", bank.toString());
        n.put("fraction", f.toString());
        n.put("win_probability", edge.winProbability().toString());
        n.put("fee_per_contract", edge.feePerContract().toString());
        n.put("all_in_cost", edge.allInCost().toString());
        n.put("edge", edge.value().toString());
        n.put("full_kelly", Probability.ofMillionths(full).toString());
        n.put("fractional_kelly", Probability.ofMillionths(frac).toString());
        if (d instanceof SizingDecision.Sized z) {
            n.put("stake", z.stake().toString());
            n.put("contracts", z.contracts().toString());
            n.put("cost", z.cost().toString());
            n.put("binding_limit", z.bindingLimit().wireName());
            n.putNull("rejection");
        } else {
            SizingDecision.Rejected r = (SizingDecision.Rejected) d;
            n.put("stake", "0.00");
            n.put("contracts", Contracts.ZERO.toString());
            n.put("cost", "0.00");
            n.putNull("binding_limit");
            ObjectNode rej = n.putObject("rejection");
            rej.put("reason", r.reason().wireName());
            rej.put("detail", r.detail());
        }
        if (json) {
            out.println(n.toString());
        } else {
            n.fields().forEachRemaining(e -> {
                String v = e.getValue().isNull() ? "-" : e.getValue().isObject()
                        ? e.getValue().path("reason").asText() + " (" + e.getValue().path("detail").asText() + ")" : e.getValue().asText();
                out.printf("%-18s %s%n", e.getKey().replace('_', ' '), v);
            });
        }
        out.flush();
        return 0;
    }
}
