/**
 * Diagnoses and reports as text, JSON (and JSON Lines) and safe HTML fragments. Renderers know only the
 * public results of {@code dev.bouncedoc}; every text that came from input is escaped in HTML.
 *
 * <p>Null policy: arguments are never null.
 */
package dev.bouncedoc.render;
