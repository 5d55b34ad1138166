package io.bulwark.architecture.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's source tree, as the checks read it. */
final class ProjectTree {

    private ProjectTree() {
    }

    /** The top folder of the project (passed in by the build). */
    static Path root() {
        String root = System.getProperty("bulwark.root");
        if (root == null || !Files.isRegularFile(Path.of(root, "pom.xml"))) {
            throw new IllegalStateException("System property bulwark.root must name the project's top folder");
        }
        return Path.of(root);
    }

    /** Every {@code .java} file below a folder, skipping build output. */
    static List<Path> javaFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !root().relativize(file).toString().contains("/target/")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folders of a kind of module ({@code bundles}, {@code tests}, ...), sorted by name. */
    static List<Path> modules(String kind) {
        try (Stream<Path> folders = Files.list(root().resolve(kind))) {
            return folders.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
