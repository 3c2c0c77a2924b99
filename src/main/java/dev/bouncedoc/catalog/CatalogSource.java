package dev.bouncedoc.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where catalog files are read from: the jar's resources or a folder. */
public interface CatalogSource {
    /** Opens a file of the catalog by its name in the manifest. */
    Reader open(String name) throws IOException;

    /** How to name the file in messages. */
    String describe(String name);

    /** The bundled catalog, from the resources next to this class. */
    static CatalogSource bundled() {
        return new CatalogSource() {
            @Override
            public Reader open(String name) throws IOException {
                InputStream in = CatalogSource.class.getResourceAsStream(name);
                if (in == null) {
                    throw new IOException("not found in the jar");
                }
                return new InputStreamReader(in, StandardCharsets.UTF_8);
            }

            @Override
            public String describe(String name) {
                return name;
            }
        };
    }

    /** A catalog folder on disk; {@code manifest} is its catalog.yaml (or the folder holding it). */
    static CatalogSource folder(Path folder) {
        return new CatalogSource() {
            @Override
            public Reader open(String name) throws IOException {
                Path file = folder.resolve(name).normalize();
                if (!file.startsWith(folder.normalize())) {
                    throw new IOException("outside the catalog folder");
                }
                return Files.newBufferedReader(file, StandardCharsets.UTF_8);
            }

            @Override
            public String describe(String name) {
                return folder.resolve(name).toString();
            }
        };
    }
}
