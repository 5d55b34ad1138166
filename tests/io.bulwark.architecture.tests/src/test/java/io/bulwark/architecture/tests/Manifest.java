package io.bulwark.architecture.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The dependency headers of a bundle's {@code META-INF/MANIFEST.MF}, read as text. */
record Manifest(List<String> dependencies) {

    private static final Pattern HEADER = Pattern.compile("(?m)^([A-Za-z-]+):((?:.*)(?:\\R .*)*)");
    private static final Pattern CLAUSE_NAME = Pattern.compile("(?:^|,)\\s*([\\w.]+)");

    /** Reads Require-Bundle, Import-Package and DynamicImport-Package of the bundle in {@code folder}. */
    static Manifest of(Path folder) {
        String text = ProjectTree.read(folder.resolve("META-INF/MANIFEST.MF"));
        List<String> names = new ArrayList<>();
        Matcher header = HEADER.matcher(text);
        while (header.find()) {
            String name = header.group(1);
            if (name.equals("Require-Bundle") || name.equals("Import-Package")
                    || name.equals("DynamicImport-Package")) {
                String value = stripAttributes(header.group(2).replaceAll("\\R ", ""));
                Matcher clause = CLAUSE_NAME.matcher(value);
                while (clause.find()) {
                    names.add(clause.group(1));
                }
            }
        }
        return new Manifest(List.copyOf(names));
    }

    /** Removes quoted attribute values so version ranges' commas do not split clauses. */
    private static String stripAttributes(String value) {
        return value.replaceAll("\"[^\"]*\"", "\"\"").replaceAll(";[^,]*", "");
    }
}
