/**
 * Internal: matching without backtracking. {@code TextNormalizer} (with {@code Variants}) normalises text;
 * {@code CodeScanner} finds status, reply and POP3/IMAP codes, HRESULTs and addresses; {@code PhraseAutomaton}
 * (Aho–Corasick) finds every phrase in one pass; {@code RuleSet} scores the catalog's rules;
 * {@code SimilarityIndex} proposes the nearest catalog text when no rule holds. Linear in the input; it knows
 * the catalog's compiled form, never MIME. Not exported.
 *
 * <p>Null policy: arguments are never null unless documented (an {@code excluded} array may be).
 */
package dev.bouncedoc.match;
