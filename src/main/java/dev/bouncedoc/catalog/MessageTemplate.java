package dev.bouncedoc.catalog;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One catalog text pattern, parsed once: the literal pieces between its arguments, with ICU MessageFormat's
 * quoting already applied, and the argument names. Formatting joins them, giving what
 * {@code new MessageFormat(pattern, locale).format(arguments)} gives, without parsing the pattern again.
 * A pattern with a complex argument ({@code {n, plural, ...}}, {@code select}, numbers and dates) is
 * formatted by ICU each time. Immutable and thread-safe.
 */
final class MessageTemplate {
    private final String pattern;
    private final String language;
    private final String[] literals; // literals[i] precedes names[i]; the last one ends the text
    private final String[] names;    // null: a complex pattern, formatted by ICU each time

    private MessageTemplate(String pattern, String language, String[] literals, String[] names) {
        this.pattern = pattern;
        this.language = language;
        this.literals = literals;
        this.names = names;
    }

    /** Parses a pattern (valid: the catalog loader has checked it). */
    static MessageTemplate compile(String pattern, String language) {
        if (pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return new MessageTemplate(pattern, language, new String[] {pattern}, new String[0]);
        }
        MessagePattern parsed = new MessagePattern(pattern);
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        // As MessageFormat.format walks a top-level message: the text between parts is copied, a part
        // (a skipped quote, an argument) is not.
        int previous = parsed.getPart(0).getLimit();
        for (int i = 1; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            MessagePattern.Part.Type type = part.getType();
            literal.append(pattern, previous, part.getIndex());
            if (type == MessagePattern.Part.Type.MSG_LIMIT) {
                break;
            }
            previous = part.getLimit();
            if (type == MessagePattern.Part.Type.REPLACE_NUMBER) {
                return complex(pattern, language); // only inside plural forms; never at the top level
            }
            if (type != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            if (part.getArgType() != MessagePattern.ArgType.NONE) {
                return complex(pattern, language);
            }
            int limit = parsed.getLimitPartIndex(i);
            literals.add(literal.toString());
            literal.setLength(0);
            names.add(parsed.getSubstring(parsed.getPart(i + 1)));
            previous = parsed.getPart(limit).getLimit();
            i = limit;
        }
        literals.add(literal.toString());
        return new MessageTemplate(pattern, language, literals.toArray(new String[0]), names.toArray(new String[0]));
    }

    private static MessageTemplate complex(String pattern, String language) {
        return new MessageTemplate(pattern, language, null, null);
    }

    /** The text with the arguments in; an argument that is absent stays {@code {name}}, as ICU writes it. */
    String format(Map<String, String> arguments) {
        if (names == null) {
            return new MessageFormat(pattern, new ULocale(language)).format(arguments);
        }
        if (names.length == 0) {
            return literals[0];
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < names.length; i++) {
            out.append(literals[i]);
            String name = names[i];
            if (!arguments.containsKey(name)) {
                out.append('{').append(name).append('}');
            } else {
                out.append(arguments.get(name)); // "null" for a null value, as ICU writes it
            }
        }
        return out.append(literals[names.length]).toString();
    }
}
