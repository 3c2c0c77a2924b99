package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout of README.md ("How the code is laid out"): each package uses only the packages below it, so
 * data flows one way: message -> engine -> facade -> render -> server -> cli, with match and catalog beside message,
 * and vocabulary and words (bouncedoc's own UI words) under all. Reads the sources (imports and fully qualified names).
 */
class PackageLayersTest {
    static final String P = "dev.bouncedoc";
    static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry(P + ".vocabulary", Set.of()),
            Map.entry(P + ".words", Set.of()),
            Map.entry(P + ".match", Set.of(P + ".vocabulary")),
            Map.entry(P + ".message", Set.of(P + ".vocabulary")),
            Map.entry(P + ".message.format", Set.of(P + ".message", P + ".vocabulary")),
            Map.entry(P + ".catalog", Set.of(P + ".match", P + ".vocabulary")),
            Map.entry(P + ".engine", Set.of(P + ".catalog", P + ".match", P + ".message", P + ".message.format", P + ".vocabulary")),
            Map.entry(P, Set.of(P + ".engine", P + ".catalog", P + ".match", P + ".vocabulary")),
            Map.entry(P + ".render", Set.of(P, P + ".vocabulary", P + ".words")),
            Map.entry(P + ".site", Set.of(P, P + ".vocabulary", P + ".words")),
            Map.entry(P + ".server", Set.of(P, P + ".render", P + ".vocabulary")),
            Map.entry(P + ".cli", Set.of(P, P + ".render", P + ".server", P + ".site", P + ".vocabulary",
                    P + ".words")));

    static final Pattern NAME = Pattern.compile("\\b(dev\\.bouncedoc(?:\\.[a-z]+)*)\\.[A-Z]");

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() throws IOException {
        Path root = Path.of("src/main/java/dev/bouncedoc");
        List<String> wrong = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(f -> f.toString().endsWith(".java")).toList();
        }
        for (Path f : files) {
            String pkg = P + root.relativize(f.getParent()).toString().replace('/', '.');
            pkg = pkg.equals(P) ? P : pkg.replace(P, P + ".").replace("..", ".");
            if (pkg.endsWith(".")) {
                pkg = pkg.substring(0, pkg.length() - 1);
            }
            Set<String> allowed = MAY_USE.get(pkg);
            if (allowed == null) {
                wrong.add(f + ": package " + pkg + " is not in the layout");
                continue;
            }
            String src = Files.readString(f);
            Matcher m = NAME.matcher(src);
            while (m.find()) {
                String used = m.group(1);
                if (!used.equals(pkg) && !allowed.contains(used)) {
                    wrong.add(f.getFileName() + " (" + pkg + ") uses " + used);
                }
            }
        }
        assertEquals(List.of(), wrong.stream().distinct().toList());
    }
}
