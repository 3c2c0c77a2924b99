package dev.bouncedoc.cli;

import dev.bouncedoc.Catalog;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"bouncedoc " + (version == null ? "(development build)" : version)
                + ", catalog " + Catalog.bundled().version()};
    }
}
