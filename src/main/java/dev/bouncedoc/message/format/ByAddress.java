package dev.bouncedoc.message.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Items read from a report's text, taken by address (case-insensitively) as the delivery-status groups'
 * recipients come, in linear time; what no recipient took stays in order for {@link #next()} and
 * {@link #rest()}.
 */
final class ByAddress<T> {
    private final List<T> items;
    private final boolean[] used;
    private final Map<String, ArrayDeque<Integer>> index = new HashMap<>();
    private int cursor;

    ByAddress(List<T> items, Function<T, String> address) {
        this.items = items;
        this.used = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            String a = address.apply(items.get(i));
            if (a != null) {
                index.computeIfAbsent(a.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>()).add(i);
            }
        }
    }

    /** The first unused item with this address, or null. */
    T take(String address) {
        if (address == null) {
            return null;
        }
        ArrayDeque<Integer> q = index.get(address.toLowerCase(Locale.ROOT));
        while (q != null && !q.isEmpty()) {
            int i = q.poll();
            if (!used[i]) {
                used[i] = true;
                return items.get(i);
            }
        }
        return null;
    }

    /** The first unused item in order, or null. */
    T next() {
        while (cursor < items.size() && used[cursor]) {
            cursor++;
        }
        if (cursor == items.size()) {
            return null;
        }
        used[cursor] = true;
        return items.get(cursor);
    }

    /** The unused items, in order. */
    List<T> rest() {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!used[i]) {
                out.add(items.get(i));
            }
        }
        return out;
    }
}
