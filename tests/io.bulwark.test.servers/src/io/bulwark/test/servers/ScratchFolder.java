package io.bulwark.test.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A new folder under the system's temporary folder for what a test fixture starts (servers' data, fleets' state, a
 * console's files), deleted with everything in it when closed, so test runs leave nothing behind. A fixture closes it
 * after the servers and fleets that write into it have stopped.
 */
public final class ScratchFolder implements AutoCloseable {

    private final Path path;

    private ScratchFolder(Path path) {
        this.path = path;
    }

    /**
     * @param prefix
     *            the start of the folder's name, e.g. {@code bulwark-ui-moves}
     * @return a new, empty folder
     * @throws IOException
     *             if it cannot be created
     */
    public static ScratchFolder create(String prefix) throws IOException {
        return new ScratchFolder(Files.createTempDirectory(prefix));
    }

    /** @return the folder */
    public Path path() {
        return path;
    }

    /**
     * @param name
     *            a name inside the folder
     * @return its path, not created
     */
    public Path resolve(String name) {
        return path.resolve(name);
    }

    /**
     * Deletes the folder and everything in it; nothing if it is gone already.
     *
     * @throws IOException
     *             naming what could not be deleted
     */
    @Override
    public void close() throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
