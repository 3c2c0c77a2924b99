package dev.bouncedoc.match;

import java.util.List;

/**
 * What {@link RuleSet#match} found.
 *
 * @param entry     index of the winning entry, or -1 when no rule held
 * @param rule      index of the winning rule, or -1
 * @param score     the winning rule's score
 * @param runnerUp  the best score of any other entry, 0 if none
 * @param weak      whether the winning rule rests on one phrase alone that is short (1 or 2 English words, at
 *                  most 7 Japanese characters) or that the catalog also gives to another entry: the words alone
 *                  do not tell the entries apart, so the answer is a guess (catalog/README.md, "Confidence")
 * @param evidence  the parts of the input that satisfied the winning rule, in input order
 * @param codes     every code, address and host the scanner found, in input order
 * @param truncated whether the input was cut at the length limit
 * @param normalized the normalised text that was matched (the similarity fallback reuses it)
 */
public record MatchResult(int entry, int rule, int score, int runnerUp, boolean weak,
                          List<Found> evidence, List<Found> codes,
                          boolean truncated, String normalized) {
}
