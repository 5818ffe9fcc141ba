import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Logging;
import org.jooq.meta.jaxb.Target;

/**
 * Build-time jOOQ code generation from the real Flyway migrations (run by exec-maven-plugin in
 * generate-sources): starts a throwaway embedded PostgreSQL, migrates it with Flyway, reverse
 * engineers it with jOOQ's PostgresDatabase, stops PostgreSQL. Skips all of it when the
 * migrations and this file hash to the value recorded by the previous run.
 *
 * <p>Arguments: migrations directory, target directory, target package.
 */
public final class JooqCodegen {
    private static final String HASH_FILE = ".migrations.sha256";

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: JooqCodegen <migrationsDir> <targetDir> <package>");
        }
        Path migrations = Path.of(args[0]).toAbsolutePath();
        Path target = Path.of(args[1]).toAbsolutePath();
        String pkg = args[2];
        // the working directory is the module's basedir (see the pom)
        String hash = hash(migrations, Path.of("src/build/JooqCodegen.java"));
        Path hashFile = target.resolve(HASH_FILE);
        if (Files.exists(hashFile) && Files.readString(hashFile).trim().equals(hash)
                && Files.isDirectory(target.resolve(pkg.replace('.', '/')))) {
            System.out.println("[jooq-codegen] migrations unchanged (" + hash.substring(0, 12) + "), generated code is up to date");
            return;
        }
        long start = System.nanoTime();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            Flyway.configure()
                    .dataSource(pg.getPostgresDatabase())
                    .locations("filesystem:" + migrations)
                    .load()
                    .migrate();
            GenerationTool.generate(new Configuration()
                    .withLogging(Logging.WARN)
                    .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url).withUser("postgres"))
                    .withGenerator(new Generator()
                            .withDatabase(new Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withInputSchema("public")
                                    .withOutputSchemaToDefault(true)
                                    .withIncludes(".*")
                                    .withExcludes("flyway_schema_history"))
                            .withGenerate(new Generate()
                                    .withRecords(true)
                                    .withPojos(false)
                                    .withDaos(false)
                                    .withJavaTimeTypes(true)
                                    .withGeneratedAnnotation(false)
                                    .withComments(false))
                            .withTarget(new Target()
                                    .withPackageName(pkg)
                                    .withDirectory(target.toString())
                                    .withClean(true))));
        }
        Files.writeString(hashFile, hash + "\n", StandardCharsets.UTF_8);
        System.out.printf("[jooq-codegen] generated %s from %s in %.1f s%n", pkg, migrations, (System.nanoTime() - start) / 1e9);
    }

    private static String hash(Path migrations, Path generator) throws IOException, NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (Stream<Path> s = Files.list(migrations)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            md.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            md.update(Files.readAllBytes(f));
        }
        if (Files.exists(generator)) {
            md.update(Files.readAllBytes(generator));
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
