/** The words bouncedoc itself shows, in every language of the bundled catalog: one table, one look-up. */
package dev.bouncedoc.words;
