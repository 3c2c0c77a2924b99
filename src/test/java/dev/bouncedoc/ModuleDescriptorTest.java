package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module exports only the API; picocli and Jetty stay optional (static) dependencies. */
class ModuleDescriptorTest {
    @Test
    void exportsOnlyTheApiPackages() {
        ModuleDescriptor module = ModuleFinder.of(Path.of("target/classes")).find("dev.bouncedoc").orElseThrow().descriptor();
        Set<String> exports = module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertEquals(Set.of("dev.bouncedoc", "dev.bouncedoc.vocabulary", "dev.bouncedoc.render"), exports);
        ModuleDescriptor.Requires picocli = module.requires().stream().filter(r -> r.name().equals("info.picocli"))
                .findFirst().orElseThrow();
        assertTrue(picocli.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC));
        // the server library (bouncedoc serve) is optional too: embedding applications get no web server
        ModuleDescriptor.Requires jetty = module.requires().stream()
                .filter(r -> r.name().equals("org.eclipse.jetty.server")).findFirst().orElseThrow();
        assertTrue(jetty.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC));
    }
}
