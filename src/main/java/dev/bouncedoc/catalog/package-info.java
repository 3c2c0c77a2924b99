/**
 * Internal: the catalog's YAML (catalog/README.md is its specification) loaded, checked and compiled into
 * {@link dev.bouncedoc.catalog.CatalogData}: entries, texts and a {@code RuleSet}. Every problem names file,
 * line and field. Not exported.
 *
 * <p>Null policy: arguments are never null; an entry's {@code reason} and {@code hardBounce} are null where
 * the catalog gives none.
 */
package dev.bouncedoc.catalog;
