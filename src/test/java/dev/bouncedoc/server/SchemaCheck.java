package dev.bouncedoc.server;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of JSON Schema (2020-12, as OpenAPI 3.1 uses it) that the document uses: $ref, type (one or a
 * list), enum, required, properties, additionalProperties false, items, oneOf, minimum, maximum, minLength.
 * A keyword it does not know fails the check, so the document cannot say more than is tested.
 */
final class SchemaCheck {
    private static final java.util.Set<String> KNOWN = java.util.Set.of("$ref", "type", "enum", "required",
            "properties", "additionalProperties", "items", "oneOf", "minimum", "maximum", "minLength", "maxItems",
            "description", "contentMediaType");

    private SchemaCheck() {
    }

    static void check(JsonObject document, JsonValue schemaValue, JsonValue value, String at, List<String> wrong) {
        JsonObject schema = (JsonObject) schemaValue;
        for (String k : schema.keySet()) {
            if (!KNOWN.contains(k)) {
                wrong.add(at + ": schema keyword " + k + " is not checked");
            }
        }
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            check(document, document.getJsonObject("components").getJsonObject("schemas").get(name), value, at, wrong);
            return;
        }
        if (schema.containsKey("oneOf")) {
            int matching = 0;
            List<String> why = new ArrayList<>();
            for (JsonValue option : schema.getJsonArray("oneOf")) {
                List<String> w = new ArrayList<>();
                check(document, option, value, at, w);
                if (w.isEmpty()) {
                    matching++;
                } else {
                    why.addAll(w);
                }
            }
            if (matching != 1) {
                wrong.add(at + ": matches " + matching + " of oneOf " + why);
            }
            return;
        }
        if (schema.containsKey("type") && !typeFits(schema.get("type"), value)) {
            wrong.add(at + ": " + value.getValueType() + " is not " + schema.get("type"));
            return;
        }
        if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(value)) {
            wrong.add(at + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (value instanceof JsonNumber n) {
            if (schema.containsKey("minimum") && n.doubleValue() < schema.getJsonNumber("minimum").doubleValue()) {
                wrong.add(at + ": below minimum");
            }
            if (schema.containsKey("maximum") && n.doubleValue() > schema.getJsonNumber("maximum").doubleValue()) {
                wrong.add(at + ": above maximum");
            }
        }
        if (value instanceof JsonString s && schema.containsKey("minLength")
                && s.getString().length() < schema.getInt("minLength")) {
            wrong.add(at + ": shorter than minLength");
        }
        if (value instanceof JsonArray a && schema.containsKey("items")) {
            for (int i = 0; i < a.size(); i++) {
                check(document, schema.get("items"), a.get(i), at + "[" + i + "]", wrong);
            }
        }
        if (value instanceof JsonObject o) {
            JsonObject properties = schema.containsKey("properties") ? schema.getJsonObject("properties")
                    : JsonValue.EMPTY_JSON_OBJECT;
            if (schema.containsKey("required")) {
                for (JsonValue r : schema.getJsonArray("required")) {
                    String name = ((JsonString) r).getString();
                    if (!o.containsKey(name)) {
                        wrong.add(at + ": missing required field " + name);
                    }
                }
            }
            for (String name : o.keySet()) {
                if (properties.containsKey(name)) {
                    check(document, properties.get(name), o.get(name), at + "." + name, wrong);
                } else if (schema.containsKey("additionalProperties")
                        && schema.get("additionalProperties") == JsonValue.FALSE) {
                    wrong.add(at + ": field " + name + " is not in the schema");
                }
            }
        }
    }

    private static boolean typeFits(JsonValue type, JsonValue value) {
        if (type instanceof JsonArray types) {
            for (JsonValue t : types) {
                if (typeFits(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (((JsonString) type).getString()) {
            case "null" -> value.getValueType() == JsonValue.ValueType.NULL;
            case "string" -> value.getValueType() == JsonValue.ValueType.STRING;
            case "boolean" -> value == JsonValue.TRUE || value == JsonValue.FALSE;
            case "integer" -> value instanceof JsonNumber n && n.isIntegral();
            case "number" -> value instanceof JsonNumber;
            case "array" -> value.getValueType() == JsonValue.ValueType.ARRAY;
            case "object" -> value.getValueType() == JsonValue.ValueType.OBJECT;
            default -> false;
        };
    }
}
