package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.order.ExecutionEnvironment;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong {@code KALSHI_API_BASE_URL} — a path Kalshi does not serve, a web page instead of the API,
 * nothing listening — stops the start of every mode with one line naming the URL: exit 2 when
 * something answers but it is not Kalshi's trade API, 1 when Kalshi cannot be reached. Before, a
 * paper daemon ran on with no market (every discovery failing, exit 0 at the end), and a demo
 * daemon dumped a Guice stack trace ending in "cannot start the demo session: null".
 */
class SessionVenueUrlTest {
    @Test
    void aSessionDoesNotStartOnAUrlThatIsNotKalshisTradeApi(@TempDir Path dir) throws Exception {
        HttpServer html = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        html.createContext("/", x -> {
            byte[] b = "<!DOCTYPE html><html><body>Welcome to nginx</body></html>".getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "text/html");
            x.sendResponseHeaders(200, b.length);
            x.getResponseBody().write(b);
            x.close();
        });
        html.start();
        try (SessionFixture f = new SessionFixture(dir, 1, 0)) {
            String kalshi = f.env.get("KALSHI_API_BASE_URL");
            String wrongPath = kalshi.replace("/trade-api/v2", "/v2");
            f.env.put("KALSHI_API_BASE_URL", wrongPath);
            assertThatThrownBy(() -> f.start(ExecutionEnvironment.PAPER)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("KALSHI_API_BASE_URL " + wrongPath + " does not answer as Kalshi's trade API").hasMessageContaining("404");
            String page = "http://127.0.0.1:" + html.getAddress().getPort() + "/trade-api/v2";
            f.env.put("KALSHI_API_BASE_URL", page);
            assertThatThrownBy(() -> f.start(ExecutionEnvironment.DEMO)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("KALSHI_API_BASE_URL " + page + " does not answer as Kalshi's trade API").hasMessageContaining("malformed");
            String nothing = "http://127.0.0.1:" + closedPort() + "/trade-api/v2";
            f.env.put("KALSHI_API_BASE_URL", nothing);
            assertThatThrownBy(() -> f.start(ExecutionEnvironment.PAPER)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("cannot reach Kalshi at " + nothing + " (KALSHI_API_BASE_URL): connection refused");
            assertThat(f.exchange.orderGroupCount()).as("nothing was built on the wrong host").isZero();
            assertThat(f.journaledOrders(ExecutionEnvironment.PAPER)).isEmpty();
        } finally {
            html.stop(0);
        }
    }

    @Test
    void theCliSaysWhichUrlIsWrongInOneLineWithExit2Or1(@TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 1, 0)) {
            String wrongPath = f.env.get("KALSHI_API_BASE_URL").replace("/trade-api/v2", "/v2");
            Run paper = run(f, wrongPath, "paper");
            assertThat(paper.exit).as(paper.output).isEqualTo(2);
            assertThat(paper.output).contains("precog: cannot start the paper session: KALSHI_API_BASE_URL " + wrongPath
                    + " does not answer as Kalshi's trade API").doesNotContain("session running").doesNotContain("\tat ");

            String nothing = "http://127.0.0.1:" + closedPort() + "/trade-api/v2";
            Run demo = run(f, nothing, "demo");
            assertThat(demo.exit).as(demo.output).isEqualTo(1);
            assertThat(demo.output).contains("precog: cannot start the demo session: cannot reach Kalshi at " + nothing)
                    .doesNotContain("session: null").doesNotContain("\tat ").doesNotContain("ProvisionException");

            // the JDK reports a host it cannot resolve with an IllegalArgumentException deep in the chain: still exit 1, named
            String noHost = "http://no-such-host.invalid/trade-api/v2";
            Run unresolved = run(f, noHost, "paper");
            assertThat(unresolved.exit).as(unresolved.output).isEqualTo(1);
            assertThat(unresolved.output).contains("precog: cannot start the paper session: cannot reach Kalshi at " + noHost
                    + " (KALSHI_API_BASE_URL): unknown host").doesNotContain("session: null");
        }
    }

    private record Run(int exit, String output) { }

    private static Run run(SessionFixture f, String baseUrl, String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "com.precog.runner.Precog",
                "run", "--mode", mode, "--duration", "60s"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).directory(Path.of("").toAbsolutePath().getParent().toFile());
        Map<String, String> env = pb.environment();
        env.putAll(f.env);
        env.put("KALSHI_API_BASE_URL", baseUrl);
        env.put("PRECOG_HOME", f.home.resolve(mode).toString());
        env.remove("PRECOG_DB_URL");
        env.remove("PRECOG_CRASH_AT");
        Process p = pb.start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) out.append(line).append('\n');
        }
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out.toString());
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
