package com.precog.application.port.out.ingame;

import com.precog.domain.model.ingame.HistoricalPlay;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** In-memory {@link HistoricalPlays}: one unit per {@link #addAll} call, staged and published only if iteration completes. */
public final class InMemoryHistoricalPlays implements HistoricalPlays {
    private final TreeMap<String, TreeMap<Integer, HistoricalPlay>> games = new TreeMap<>();

    @Override
    public synchronized long addAll(Iterator<HistoricalPlay> plays) {
        Map<String, HistoricalPlay> staged = new LinkedHashMap<>();
        while (plays.hasNext()) {
            HistoricalPlay p = plays.next();
            String key = p.gameId() + "#" + p.playIndex();
            TreeMap<Integer, HistoricalPlay> g = games.get(p.gameId());
            if ((g == null || !g.containsKey(p.playIndex())) && !staged.containsKey(key)) staged.put(key, p);
        }
        for (HistoricalPlay p : staged.values()) games.computeIfAbsent(p.gameId(), k -> new TreeMap<>()).put(p.playIndex(), p);
        return staged.size();
    }

    @Override
    public synchronized long count() {
        long n = 0;
        for (TreeMap<Integer, HistoricalPlay> g : games.values()) n += g.size();
        return n;
    }

    @Override
    public synchronized List<HistoricalPlay> inSeasons(int first, int last) {
        List<HistoricalPlay> out = new ArrayList<>();
        for (TreeMap<Integer, HistoricalPlay> g : games.values()) {
            for (HistoricalPlay p : g.values()) if (p.season() >= first && p.season() <= last) out.add(p);
        }
        return out;
    }
}
