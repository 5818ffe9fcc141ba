package com.precog.runner.cli.trading;

import java.nio.file.Path;

/**
 * Where the trading commands keep their file-backed stores until the PostgreSQL adapters are
 * wired: {@code $PRECOG_HOME/trading} (system property {@code precog.home} wins, for tests;
 * default {@code ~/.precog}).
 */
final class TradingHome {
    private TradingHome() {}

    static Path dir() {
        String home = System.getProperty("precog.home");
        if (home == null || home.isBlank()) home = System.getenv("PRECOG_HOME");
        if (home == null || home.isBlank()) home = Path.of(System.getProperty("user.home"), ".precog").toString();
        return Path.of(home, "trading");
    }
}
