package com.precog.adapters.kalshi;

import com.precog.application.port.out.ExchangeEntryHalt;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
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
 * rejected with the exchange's reason until a reset). {@link #follow} listens to the
 * {@code order_group_updates} WebSocket channel so that such a trigger is seen: {@link #halted()}
 * turns true and the {@link #onHaltedByExchange} listeners are told (the daemon trips a breaker).
 * Thread-safe.
 */
public final class KalshiOrderGroupHalt implements ExchangeEntryHalt {
    private static final Logger LOG = LoggerFactory.getLogger(KalshiOrderGroupHalt.class);
    private final KalshiRestClient rest;
    private final long contractsLimit;
    /** How long after our own trigger its "triggered" update may arrive (it is that call's echo, not the exchange's own trigger). */
    static final long OWN_ECHO_NANOS = 10_000_000_000L;
    private final List<Consumer<String>> haltListeners = new CopyOnWriteArrayList<>();
    private String groupId;
    private boolean halted;
    private boolean echoPending;
    private long echoSince;

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
        echoPending = true;
        echoSince = System.nanoTime();
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

    @Override
    public void onHaltedByExchange(Consumer<String> listener) {
        haltListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Follows the account's {@code order_group_updates} channel on {@code stream} (a private channel:
     * the stream needs credentials), so a trigger the exchange makes by itself — our entries matched
     * the contracts cap within 15 s — is seen the moment it happens. A trigger while the stream is
     * down is not replayed by Kalshi; entries are then refused with the exchange's reason until an
     * operator trips and resolves a breaker (which resets the group).
     */
    public void follow(KalshiMarketStream stream) {
        stream.addFrameListener((type, frame) -> {
            if (type.equals("order_group_updates")) onOrderGroupUpdate(frame.path("msg"));
        });
        stream.subscribeChannels(List.of("order_group_updates"));
    }

    /** One {@code order_group_updates} message: {@code event_type} created, triggered, reset, deleted or limit_updated. */
    void onOrderGroupUpdate(JsonNode msg) {
        String event = msg.path("event_type").asText("");
        String id = msg.path("order_group_id").asText("");
        String tell = null;
        synchronized (this) {
            if (groupId == null || !groupId.equals(id)) return;
            switch (event) {
                case "triggered" -> {
                    boolean echo = echoPending && System.nanoTime() - echoSince < OWN_ECHO_NANOS;
                    echoPending = false;
                    if (halted || echo) return; // our own halt(), seen again (possibly after a quick resume)
                    halted = true;
                    tell = "Kalshi triggered order group " + id + " (our entries matched its cap of " + contractsLimit
                            + " contracts within 15 s): resting entries canceled, new ones refused until it is reset";
                    LOG.error("{}", tell);
                }
                case "reset" -> { // our own resume() clears `halted` before its update can be read (this lock)
                    if (halted) LOG.warn("Kalshi order group {} was reset outside this process while our halt is in force", id);
                }
                case "deleted" -> { // not by close(), which holds this lock until it forgot the id: later entries would name a lost group
                    rest.useEntryOrderGroup(null);
                    groupId = null;
                    halted = false;
                    LOG.error("Kalshi order group {} was deleted outside this process: entries go without the exchange-side cap until the next "
                            + "halt creates a new group (the breakers still halt entries in process)", id);
                }
                default -> { }
            }
        }
        if (tell != null) {
            for (Consumer<String> l : haltListeners) l.accept(tell);
        }
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
