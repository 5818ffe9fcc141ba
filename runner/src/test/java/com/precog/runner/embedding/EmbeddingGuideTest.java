package com.precog.runner.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.money.Price;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps docs/EMBEDDING.md honest: extracts its single ```java block, compiles it with the JDK
 * compiler against the domain jar (or classes folder) ALONE, runs it in a fresh JVM and checks
 * it printed the edge, the size and the exit decision.
 */
class EmbeddingGuideTest {

    @Test
    void guideExampleCompilesAndRunsAgainstTheDomainJarAlone(@TempDir Path dir) throws Exception {
        String guide = Files.readString(Path.of("..", "docs", "EMBEDDING.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        assertThat(m.find()).as("docs/EMBEDDING.md must contain a ```java block").isTrue();
        String source = m.group(1);
        assertThat(m.find()).as("exactly one ```java block").isFalse();
        Path src = dir.resolve("EmbeddingExample.java");
        Files.writeString(src, source);

        Path domain = Path.of(Price.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(domain.toString()).contains("domain");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path out = Files.createDirectories(dir.resolve("out"));
        int rc = javac.run(null, null, null, "-d", out.toString(), "-cp", domain.toString(), src.toString());
        assertThat(rc).as("the guide's example must compile against the domain alone").isZero();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", domain + File.pathSeparator + out, "EmbeddingExample"))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("yes ask 0.8100")
                .contains("a buy at 0.8149 rounds to 0.8100")
                .contains("fee per contract 0.0108")        // ceil(0.07 × 0.81 × 0.19) = 0.0108
                .contains("edge per contract 0.0592")       // 0.88 − 0.81 − 0.0108
                .containsPattern("buy \\d+\\.00 YES at 0\\.8100")
                .contains("exit decision at a 0.66 bid: Exit[condition=STOP_LOSS");
    }
}
