/**
 * The static bilingual help site of {@code bouncedoc site}: a page per catalog entry and language at the path
 * {@code Diagnosis.helpPath()} names. Internal: not exported; it uses only the facade and the vocabulary.
 */
package dev.bouncedoc.site;
