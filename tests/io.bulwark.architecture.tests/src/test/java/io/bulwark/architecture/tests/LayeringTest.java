package io.bulwark.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DESIGN.md §2: core never sees UI. The console's non-UI bundles must not import SWT, JFace, the workbench or e4 UI,
 * neither in Java nor in their manifests, and nothing may depend on the UI bundle.
 */
class LayeringTest {

    private static final Pattern UI_PACKAGE = Pattern
            .compile("\\b(org\\.eclipse\\.swt|org\\.eclipse\\.jface|org\\.eclipse\\.ui|org\\.eclipse\\.e4\\.ui)\\b");
    private static final Pattern JAVA_IMPORT = Pattern.compile("(?m)^\\s*import\\s+(static\\s+)?([\\w.]+)");

    @ParameterizedTest
    @ValueSource(strings = {"io.bulwark.model", "io.bulwark.protocol", "io.bulwark.client", "io.bulwark.core"})
    void nonUiBundlesImportNoUiInJava(String bundle) {
        Path folder = ProjectTree.root().resolve("bundles").resolve(bundle);
        assertTrue(Files.isDirectory(folder), bundle + " exists");
        List<String> offenders = new ArrayList<>();
        for (Path file : ProjectTree.javaFiles(folder)) {
            Matcher imports = JAVA_IMPORT.matcher(ProjectTree.read(file));
            while (imports.find()) {
                if (UI_PACKAGE.matcher(imports.group(2)).lookingAt()) {
                    offenders.add(folder.relativize(file) + " imports " + imports.group(2));
                }
            }
        }
        assertEquals(List.of(), offenders, bundle + " must not import UI code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.bulwark.model", "io.bulwark.client", "io.bulwark.core"})
    void nonUiBundlesRequireNoUiInTheirManifest(String bundle) {
        Manifest manifest = Manifest.of(ProjectTree.root().resolve("bundles").resolve(bundle));
        List<String> offenders = manifest.dependencies().stream()
                .filter(name -> UI_PACKAGE.matcher(name).lookingAt()).toList();
        assertEquals(List.of(), offenders, bundle + "'s manifest must not name UI bundles or packages");
    }

    @Test
    void protocolBundleImportsNoUi() {
        String bnd = ProjectTree.read(ProjectTree.root().resolve("bundles/io.bulwark.protocol/bnd.bnd"));
        assertTrue(!UI_PACKAGE.matcher(bnd).find(), "the protocol's bnd instructions name no UI package");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bundles", "server"})
    void nothingButTestsDependsOnTheUiBundle(String kind) {
        for (Path module : ProjectTree.modules(kind)) {
            if (module.getFileName().toString().equals("io.bulwark.ui")) {
                continue;
            }
            Path manifest = module.resolve("META-INF/MANIFEST.MF");
            if (Files.isRegularFile(manifest)) {
                assertTrue(!Manifest.of(module).dependencies().contains("io.bulwark.ui"),
                        module.getFileName() + " must not depend on io.bulwark.ui");
            }
        }
    }
}
