/**
 * Internal: the command line ({@code explain}, {@code scan}, {@code catalog}) on picocli, an optional
 * dependency for library users. It uses only the public API and the renderers. Not exported.
 */
package dev.bouncedoc.cli;
