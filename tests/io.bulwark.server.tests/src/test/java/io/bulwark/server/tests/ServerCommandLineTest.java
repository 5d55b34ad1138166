package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Options are checked before the server touches its data folder.
 */
class ServerCommandLineTest {

    @TempDir
    Path dataFolder;

    @Test
    void refusesCertificateValidityOf21Years() throws Exception {
        Path data = dataFolder.resolve("never-created");
        JarProcess.Result result = ServerProcess.run("--port", "0", "--data", data.toString(),
                "--cert-validity-years", "21");

        assertNotEquals(0, result.exitStatus());
        assertTrue(result.output().contains("--cert-validity-years must be 1 to 20 years, was 21"), result.output());
        assertFalse(Files.exists(data), "a refused start leaves no data folder");
    }

    @Test
    void refusesDatabaseUrlThatIsNotPostgresql() throws Exception {
        Path data = dataFolder.resolve("never-created");
        JarProcess.Result result = ServerProcess.run("--port", "0", "--data", data.toString(), "--db",
                "jdbc:h2:mem:elsewhere");

        assertNotEquals(0, result.exitStatus());
        assertTrue(result.output().contains("--db must be a PostgreSQL JDBC URL starting with jdbc:postgresql:"),
                result.output());
        assertTrue(result.output().contains("was jdbc:h2:mem:elsewhere"), result.output());
        assertFalse(Files.exists(data), "a refused start leaves no data folder");
    }

    @Test
    void refusesPasswordHashesCheaperThanAThousandIterations() throws Exception {
        Path data = dataFolder.resolve("never-created");
        JarProcess.Result result = ServerProcess.run("--port", "0", "--data", data.toString(),
                "--password-hash-iterations", "999");

        assertNotEquals(0, result.exitStatus());
        assertTrue(result.output().contains("--password-hash-iterations must be 1000 to 10000000, was 999"),
                result.output());
        assertFalse(Files.exists(data), "a refused start leaves no data folder");
    }

    @Test
    void helpDescribesTheOptionsAndExitsWithZero() throws Exception {
        JarProcess.Result result = ServerProcess.run("--help");

        assertEquals(0, result.exitStatus());
        assertTrue(result.output().contains("--cert-validity-years"), result.output());
        assertTrue(result.output().contains("--db=JDBC_URL"), result.output());
        assertTrue(result.output().contains("BULWARK_DB_PASSWORD"), result.output());
        assertTrue(
                result.output().replaceAll("\\s+", " ").contains("(default: 600000, as current guidance recommends)"),
                "password hashes cost the recommended 600,000 iterations unless told otherwise: " + result.output());
    }
}
