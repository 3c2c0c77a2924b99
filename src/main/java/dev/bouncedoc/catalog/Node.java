package dev.bouncedoc.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML node with the file and path it came from, so that every complaint can name file, line and field.
 * Problems are collected in {@link Problems} instead of thrown, so one load reports all of them.
 */
final class Node {
    private final org.snakeyaml.engine.v2.nodes.Node node;
    private final String file;
    private final String path;
    private final Problems problems;

    Node(org.snakeyaml.engine.v2.nodes.Node node, String file, String path, Problems problems) {
        this.node = node;
        this.file = file;
        this.path = path;
        this.problems = problems;
    }

    int line() {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    String file() {
        return file;
    }

    String path() {
        return path;
    }

    void problem(String message) {
        problems.add(file + ":" + line() + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }

    boolean isNull() {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    /** The children of a mapping, by key; complains about duplicate and unknown keys. */
    Map<String, Node> mapping(List<String> allowed) {
        Map<String, Node> children = new LinkedHashMap<>();
        if (!(node instanceof MappingNode)) {
            problem("expected a mapping of " + String.join(", ", allowed));
            return children;
        }
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode ? ((ScalarNode) tuple.getKeyNode()).getValue() : "?";
            Node child = new Node(tuple.getValueNode(), file, path.isEmpty() ? key : path + "." + key, problems);
            if (!allowed.contains(key)) {
                child.problem("unknown field (allowed: " + String.join(", ", allowed) + ")");
            } else if (children.put(key, child) != null) {
                child.problem("given twice");
            }
        }
        return children;
    }

    List<Node> sequence() {
        List<Node> items = new ArrayList<>();
        if (node instanceof SequenceNode) {
            List<org.snakeyaml.engine.v2.nodes.Node> values = ((SequenceNode) node).getValue();
            for (int i = 0; i < values.size(); i++) {
                items.add(new Node(values.get(i), file, path + "[" + i + "]", problems));
            }
        } else if (!isNull()) {
            problem("expected a list");
        }
        return items;
    }

    /** A list, or a single value standing for a list of one. */
    List<Node> items() {
        if (node instanceof ScalarNode && !isNull()) {
            return List.of(this);
        }
        if (node instanceof SequenceNode) {
            return sequence();
        }
        problem("expected a value or a list of values");
        return List.of();
    }

    /** A scalar as text; null, with a complaint, when it is null or not a scalar. */
    String text() {
        if (node instanceof ScalarNode && !isNull()) {
            return ((ScalarNode) node).getValue();
        }
        problem("expected a text");
        return null;
    }

    List<String> texts() {
        List<String> values = new ArrayList<>();
        for (Node item : sequence()) {
            String v = item.text();
            if (v != null) {
                values.add(v);
            }
        }
        return values;
    }

    /** true, false or null (the YAML null). */
    Boolean bool() {
        if (isNull()) {
            return null;
        }
        if (node instanceof ScalarNode && node.getTag().equals(Tag.BOOL)) {
            return Boolean.valueOf(((ScalarNode) node).getValue().toLowerCase(java.util.Locale.ROOT));
        }
        problem("expected true, false or null");
        return null;
    }

    /** Collected problems of one load. */
    static final class Problems {
        private final List<String> list = new ArrayList<>();

        void add(String problem) {
            list.add(problem);
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        List<String> list() {
            return list;
        }
    }
}
