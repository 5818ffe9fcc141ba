package com.precog.application.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** In-memory {@link ConfigOverrides} for tests and for running without a database. */
public final class InMemoryConfigOverrides implements ConfigOverrides {
    private final Map<String, Override> byKey = new LinkedHashMap<>();

    @java.lang.Override
    public synchronized void put(Override o) {
        byKey.put(o.file() + ":" + o.path(), o);
    }

    @java.lang.Override
    public synchronized void remove(String file, String path) {
        Override o = byKey.get(file + ":" + path);
        if (o != null) {
            byKey.put(file + ":" + path, new Override(o.file(), o.path(), o.value(), o.createdAt(), o.expiresAt(), false, o.reason()));
        }
    }

    @java.lang.Override
    public synchronized List<Override> activeAt(Instant now) {
        List<Override> out = new ArrayList<>();
        for (Override o : byKey.values()) if (o.appliesAt(now)) out.add(o);
        return out;
    }
}
