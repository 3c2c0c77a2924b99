package dev.bouncedoc.catalog;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;

/**
 * The shape of a YAML file, measured from its parser events before any tree is built: how deeply it nests
 * and how many nodes it stands for once its aliases are followed. snakeyaml-engine's parser is a state
 * machine, but building the tree recurses once per level (thousands of levels overflow the stack) and an
 * alias of an alias of a list multiplies the nodes every reader of the tree walks; so both are bounded here,
 * in one pass, with the line where the limit is passed.
 */
final class YamlShape {
    /** A catalog entry nests about seven levels deep (entries, entry, texts, language, steps, step). */
    static final int MAX_DEPTH = 32;
    /** Nodes a file stands for with its aliases followed; the bundled catalog's largest has about 60,000. */
    static final long MAX_NODES = 1_000_000;

    private YamlShape() {
    }

    /** One open collection: its own anchor and what it holds so far. */
    private static final class Open {
        final String anchor;
        long nodes = 1;
        int depth = 1;

        Open(String anchor) {
            this.anchor = anchor;
        }
    }

    /** What an anchored node stands for: its nodes and its depth. */
    private record Size(long nodes, int depth) {
    }

    /**
     * {@code "LINE: problem"} when the file nests deeper than {@link #MAX_DEPTH} or stands for more than
     * {@link #MAX_NODES} nodes; null when its shape is fine. Syntax errors are thrown as the parser throws
     * them.
     */
    static String problem(Iterable<Event> events) {
        Deque<Open> open = new ArrayDeque<>();
        Map<String, Size> anchors = new HashMap<>();
        long total = 0;
        for (Event e : events) {
            int line = e.getStartMark().map(m -> m.getLine() + 1).orElse(1);
            switch (e.getEventId()) {
                case MappingStart:
                case SequenceStart:
                    open.push(new Open(anchor(e)));
                    if (open.size() > MAX_DEPTH) {
                        return line + ": nested more than " + MAX_DEPTH + " levels deep (a catalog needs about 7)";
                    }
                    break;
                case MappingEnd:
                case SequenceEnd: {
                    Open done = open.pop();
                    if (done.anchor != null) {
                        anchors.put(done.anchor, new Size(done.nodes, done.depth));
                    }
                    if (!open.isEmpty()) {
                        open.peek().nodes += done.nodes;
                        open.peek().depth = Math.max(open.peek().depth, done.depth + 1);
                    } else {
                        total += done.nodes;
                    }
                    break;
                }
                case Scalar: {
                    String anchor = anchor(e);
                    if (anchor != null) {
                        anchors.put(anchor, new Size(1, 0));
                    }
                    add(open, 1, 0);
                    total += open.isEmpty() ? 1 : 0;
                    break;
                }
                case Alias: {
                    Size size = anchors.get(((AliasEvent) e).getAlias().getValue());
                    if (size == null) {
                        break; // an undefined alias: the composer reports it with its line
                    }
                    if (open.size() + size.depth() > MAX_DEPTH) {
                        return line + ": nested more than " + MAX_DEPTH + " levels deep through an alias";
                    }
                    add(open, size.nodes(), size.depth());
                    total += open.isEmpty() ? size.nodes() : 0;
                    break;
                }
                default:
                    break;
            }
            long pending = total;
            for (Open o : open) {
                pending += o.nodes;
            }
            if (pending > MAX_NODES) {
                return line + ": stands for more than " + MAX_NODES + " values once its aliases are followed";
            }
        }
        return null;
    }

    private static void add(Deque<Open> open, long nodes, int depth) {
        if (!open.isEmpty()) {
            open.peek().nodes += nodes;
            open.peek().depth = Math.max(open.peek().depth, depth + 1);
        }
    }

    private static String anchor(Event e) {
        return e instanceof NodeEvent ? ((NodeEvent) e).getAnchor().map(a -> a.getValue()).orElse(null) : null;
    }
}
