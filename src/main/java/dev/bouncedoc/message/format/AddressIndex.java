package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
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
    private Map<String, List<int[]>> index;
    private boolean lastCut;

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
        List<int[]> at = mentions(address);
        List<Integer> lineNumbers = new ArrayList<>(at.size());
        for (int[] m : at) {
            lineNumbers.add(m[0]);
        }
        return lineNumbers;
    }

    /** Where the address is named: for each line naming it, in order, the line's index and its first '@' there. */
    private List<int[]> mentions(String address) {
        if (index == null) {
            Map<String, List<int[]>> m = new HashMap<>();
            List<Integer> ats = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                ats.clear();
                List<String> named = Text.addresses(lines.get(i), ats);
                for (int k = 0; k < named.size(); k++) {
                    List<int[]> at = m.computeIfAbsent(named.get(k).toLowerCase(Locale.ROOT), key -> new ArrayList<>(2));
                    if (at.isEmpty() || at.get(at.size() - 1)[0] != i) {
                        at.add(new int[] {i, ats.get(k)});
                    }
                }
            }
            index = m;
        }
        return index.getOrDefault(address.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * The lines that follow a mention of the address, up to a blank line, when they say more than it; at
     * most {@link Failure#MAX_DIAGNOSTIC_CHARS} characters around the mention.
     */
    String about(String address) {
        String a = address.toLowerCase(Locale.ROOT);
        int max = Failure.MAX_DIAGNOSTIC_CHARS;
        lastCut = false;
        for (int[] m : mentions(address)) {
            int i = m[0];
            boolean cut = lines.get(i).length() > max;
            StringBuilder sb = new StringBuilder(Text.window(lines.get(i), m[1], m[1] + 1, max));
            for (int j = i + 1; j < lines.size() && j <= i + 6 && !lines.get(j).isBlank(); j++) {
                if (sb.length() + lines.get(j).length() > max) {
                    cut = true;
                    break;
                }
                sb.append(' ').append(lines.get(j).strip());
            }
            String text = sb.toString();
            if (Text.replyCode(text) != null || Text.status(text) != null || text.length() > a.length() + 12) {
                lastCut = cut;
                return text;
            }
        }
        return null;
    }

    /** Whether the last {@link #about} answer was cut to a window of its lines. */
    boolean lastCut() {
        return lastCut;
    }
}
