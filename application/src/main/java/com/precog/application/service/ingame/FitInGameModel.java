package com.precog.application.service.ingame;

import com.precog.application.port.out.ingame.InGameModelVersions;
import com.precog.application.port.out.ingame.StoredInGameModel;
import com.precog.domain.model.ingame.HistoricalPlay;
import com.precog.domain.model.ingame.InGameModel;
import com.precog.domain.model.ingame.InGameModelFitter;
import com.precog.domain.model.ingame.InGameModelText;
import com.precog.domain.model.ingame.SeasonRange;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Use case: fit the in-game model (regression + lookup table) on chosen seasons and store it as a new immutable version. */
public final class FitInGameModel {
    /** Key of the model type of what a stored version holds ({@link com.precog.domain.model.ModelType#IN_GAME_LOGISTIC}). */
    public static final String TYPE = com.precog.domain.model.ModelType.IN_GAME_LOGISTIC.key();

    private final InGameModelVersions versions;
    private final Clock clock;

    public FitInGameModel(InGameModelVersions versions, Clock clock) {
        this.versions = Objects.requireNonNull(versions, "versions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The stored version, the model, and how many plays and games it was fitted on. */
    public record Result(StoredInGameModel stored, InGameModel model, int plays, int games) {}

    public Result fit(String name, List<HistoricalPlay> plays, SeasonRange seasons, InGameModelFitter.Config config) {
        Objects.requireNonNull(plays, "plays");
        Objects.requireNonNull(seasons, "seasons");
        List<HistoricalPlay> chosen = new ArrayList<>();
        java.util.Set<String> games = new java.util.HashSet<>();
        for (HistoricalPlay p : plays) {
            if (seasons.contains(p.season())) {
                chosen.add(p);
                games.add(p.gameId());
            }
        }
        if (chosen.isEmpty()) throw new IllegalArgumentException("seasons " + seasons + " select no plays");
        InGameModel model = InGameModelFitter.fit(chosen, config);
        StoredInGameModel stored = versions.create(name, InGameModelText.format(model), clock.instant());
        return new Result(stored, model, chosen.size(), games.size());
    }
}
