package dev.bouncedoc.catalog;

/** The bundled catalog's internal form, for tests that walk its rules and examples. */
final class CatalogLoaderAccess {
    private CatalogLoaderAccess() {
    }

    static CatalogData bundled() {
        try {
            return CatalogLoader.load(CatalogSource.bundled());
        } catch (CatalogProblem e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
