package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Lines;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lines of a report's text with an index of where each address is named, built once on first use, so
 * that finding every recipient's lines stays linear in the text however many recipients there are.
 */
final class AddressIndex {
    static final AddressIndex EMPTY = new AddressIndex(List.of());

    private final List<String> lines;
    private Map<String, List<Integer>> index;

    AddressIndex(String text) {
        this(Lines.of(text));
    }

    AddressIndex(List<String> lines) {
        this.lines = lines;
    }

    List<String> lines() {
        return lines;
    }

    /** The indexes of the lines that name the address, in order. */
    List<Integer> where(String address) {
        if (index == null) {
            Map<String, List<Integer>> m = new HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                for (String a : Text.addresses(lines.get(i))) {
                    List<Integer> at = m.computeIfAbsent(a.toLowerCase(Locale.ROOT), k -> new ArrayList<>(2));
                    if (at.isEmpty() || at.get(at.size() - 1) != i) {
                        at.add(i);
                    }
                }
            }
            index = m;
        }
        return index.getOrDefault(address.toLowerCase(Locale.ROOT), List.of());
    }

    /** The lines that follow a mention of the address, up to a blank line, when they say more than it. */
    String about(String address) {
        String a = address.toLowerCase(Locale.ROOT);
        for (int i : where(address)) {
            StringBuilder sb = new StringBuilder(lines.get(i));
            for (int j = i + 1; j < lines.size() && j <= i + 6 && !lines.get(j).isBlank(); j++) {
                sb.append(' ').append(lines.get(j).strip());
            }
            String text = sb.toString();
            if (Text.replyCode(text) != null || Text.status(text) != null || text.length() > a.length() + 12) {
                return text;
            }
        }
        return null;
    }
}
