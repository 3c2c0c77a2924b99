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

    /**
     * Whether the files are the ones built into the jar, checked when it was built: then the limits that
     * guard against somebody else's file (size, depth, aliases; catalog/README.md, "Overlays") are skipped.
     */
    default boolean builtIn() {
        return false;
    }

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

            @Override
            public boolean builtIn() {
                return true;
            }
        };
    }

    /**
     * A catalog folder on disk; {@code manifest} is its catalog.yaml (or the folder holding it). A file is
     * read only when it is a regular file whose real path (symbolic links followed) lies inside the real
     * path of the folder: a FIFO or a device is never opened (opening a FIFO waits for a writer), and no name
     * in {@code files:} reaches outside the folder, by {@code ..}, an absolute path or a link.
     */
    static CatalogSource folder(Path folder) {
        return new CatalogSource() {
            @Override
            public Reader open(String name) throws IOException {
                Path file;
                try {
                    file = folder.resolve(name);
                } catch (java.nio.file.InvalidPathException e) {
                    throw new IOException("not a file name");
                }
                if (!Files.exists(file)) {
                    throw new IOException("no such file");
                }
                Path real = file.toRealPath();
                if (!real.startsWith(folder.toRealPath())) {
                    throw new IOException("outside the catalog folder (links are followed): " + real);
                }
                if (!Files.isRegularFile(real)) {
                    throw new IOException("not a regular file");
                }
                return Files.newBufferedReader(real, StandardCharsets.UTF_8);
            }

            @Override
            public String describe(String name) {
                try {
                    return folder.resolve(name).toString();
                } catch (java.nio.file.InvalidPathException e) {
                    return folder.resolve("?").toString();
                }
            }
        };
    }
}
