package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module exports only the API; picocli stays an optional (static) dependency. */
class ModuleDescriptorTest {
    @Test
    void exportsOnlyTheApiPackages() {
        ModuleDescriptor module = ModuleFinder.of(Path.of("target/classes")).find("dev.bouncedoc").orElseThrow().descriptor();
        Set<String> exports = module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertEquals(Set.of("dev.bouncedoc", "dev.bouncedoc.vocabulary", "dev.bouncedoc.render"), exports);
        ModuleDescriptor.Requires picocli = module.requires().stream().filter(r -> r.name().equals("info.picocli"))
                .findFirst().orElseThrow();
        assertTrue(picocli.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC));
    }
}
