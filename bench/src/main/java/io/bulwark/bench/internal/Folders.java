package io.bulwark.bench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The temporary folders benchmarks keep their servers' data in.
 */
public final class Folders {

    private Folders() {
    }

    /**
     * Deletes a folder and everything in it.
     *
     * @param root
     *            the folder
     * @throws IOException
     *             if something cannot be deleted
     */
    public static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
