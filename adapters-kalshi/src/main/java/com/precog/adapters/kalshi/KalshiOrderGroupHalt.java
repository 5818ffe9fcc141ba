package com.precog.adapters.kalshi;

import com.precog.application.port.out.ExchangeEntryHalt;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ExchangeEntryHalt} over a Kalshi order group (KALSHI_API.md §3.3, "order groups"): at
 * {@link #open} one group is created with a rolling 15 s contracts limit and every later order
 * that is not reduce-only (the entries) carries its {@code order_group_id}. {@link #halt}
 * triggers the group — the exchange cancels every resting order in it and rejects new ones
 * until {@link #resume} resets it. Exits are reduce-only and never join the group, so a halt
 * never stops flattening. The contracts limit is an exchange-side cap as well: if our entries
 * match more than it within 15 s, Kalshi triggers the group by itself (entries are then
 * rejected with the exchange's reason until a reset). Thread-safe.
 */
public final class KalshiOrderGroupHalt implements ExchangeEntryHalt {
    private static final Logger LOG = LoggerFactory.getLogger(KalshiOrderGroupHalt.class);
    private final KalshiRestClient rest;
    private final long contractsLimit;
    private String groupId;
    private boolean halted;

    KalshiOrderGroupHalt(KalshiRestClient rest, long contractsLimit) {
        this.rest = Objects.requireNonNull(rest, "rest");
        if (contractsLimit < 1 || contractsLimit > 1_000_000) throw new IllegalArgumentException("contractsLimit must be within [1, 1000000], was " + contractsLimit);
        this.contractsLimit = contractsLimit;
    }

    /** Creates the order group (once) and makes entry orders join it; returns its id. */
    public synchronized String open() {
        if (groupId == null) {
            groupId = rest.createOrderGroup(contractsLimit);
            rest.useEntryOrderGroup(groupId);
            LOG.info("entry orders join Kalshi order group {} (limit {} contracts per 15 s)", groupId, contractsLimit);
        }
        return groupId;
    }

    /** The group's id once {@link #open opened}. */
    public synchronized Optional<String> groupId() {
        return Optional.ofNullable(groupId);
    }

    public long contractsLimit() {
        return contractsLimit;
    }

    @Override
    public synchronized void halt(String reason) {
        String id = open();
        rest.triggerOrderGroup(id); // idempotent at the exchange: a triggered group stays triggered
        halted = true;
        LOG.warn("Kalshi order group {} triggered: resting entry orders canceled at the exchange ({})", id, reason);
    }

    @Override
    public synchronized void resume(String reason) {
        if (groupId == null) {
            halted = false;
            return;
        }
        rest.resetOrderGroup(groupId);
        halted = false;
        LOG.info("Kalshi order group {} reset: entries allowed again ({})", groupId, reason);
    }

    @Override
    public synchronized boolean halted() {
        return halted;
    }

    /** Deletes the group at shutdown (the exchange cancels its resting orders) and stops attaching new orders to it. */
    public synchronized void close() {
        if (groupId == null) return;
        rest.useEntryOrderGroup(null);
        rest.deleteOrderGroup(groupId);
        groupId = null;
        halted = false;
    }
}
