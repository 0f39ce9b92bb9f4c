package dev.zerothrift.cli.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import dev.zerothrift.runtime.view.FieldDescriptor;
import dev.zerothrift.runtime.view.Requiredness;
import dev.zerothrift.runtime.view.StructDescriptor;
import dev.zerothrift.runtime.view.TypeDescriptor;
import dev.zerothrift.runtime.view.ValueKind;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads the JSON form of a value of a schema type, strictly: every rule of {@code JSON-FORM.md} is
 * checked and the first broken one is a {@link JsonError} naming the JSON path. The result is a
 * typed value: {@link StructValue} for structs, Boolean, Long (every integer type and enums),
 * Double, String, byte[], UUID, List (lists and sets), List of two-element arrays (maps).
 */
final class JsonReader {
    /** A struct's fields by slot, so iteration is in declaration order. */
    record StructValue(StructDescriptor descriptor, TreeMap<Integer, Object> fields) {}

    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final BigInteger[] MIN = {
        BigInteger.valueOf(Byte.MIN_VALUE),
        BigInteger.valueOf(Short.MIN_VALUE),
        BigInteger.valueOf(Integer.MIN_VALUE),
        BigInteger.valueOf(Long.MIN_VALUE)
    };
    private static final BigInteger[] MAX = {
        BigInteger.valueOf(Byte.MAX_VALUE),
        BigInteger.valueOf(Short.MAX_VALUE),
        BigInteger.valueOf(Integer.MAX_VALUE),
        BigInteger.valueOf(Long.MAX_VALUE)
    };

    private final JsonParser parser;

    private JsonReader(JsonParser parser) {
        this.parser = parser;
    }

    /** Reads one JSON value of struct type {@code d} from {@code in}, and nothing after it. */
    static StructValue read(InputStream in, StructDescriptor d) throws JsonError {
        try (JsonParser parser = Json.FACTORY.createParser(in)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            JsonReader reader = new JsonReader(parser);
            JsonToken first = reader.next("$");
            if (first == null) {
                throw new JsonError("$", -1, "no JSON value");
            }
            StructValue value = reader.struct(d, "$");
            JsonToken after = reader.next("$");
            if (after != null) {
                throw reader.error("$", "content after the value: " + after.asString());
            }
            return value;
        } catch (IOException e) {
            throw new JsonError("$", -1, "cannot read the JSON: " + e.getMessage());
        }
    }

    private JsonToken next(String path) throws JsonError, IOException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            throw new JsonError(
                    path, -1, "not valid JSON: " + e.getOriginalMessage() + where(e.getLocation()));
        }
    }

    private JsonError error(String path, String message) {
        return new JsonError(path, -1, message + where(parser.currentTokenLocation()));
    }

    private static String where(JsonLocation location) {
        return location == null
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private StructValue struct(StructDescriptor d, String path) throws JsonError, IOException {
        expect(JsonToken.START_OBJECT, "an object for " + d.name(), path);
        TreeMap<Integer, Object> fields = new TreeMap<>();
        Set<String> keys = new HashSet<>();
        while (next(path) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String at = path + "." + name;
            if (!keys.add(name)) {
                throw error(at, "key " + name + " repeated");
            }
            if (name.equals("_unknown")) {
                throw error(
                        at,
                        "unknown fields cannot be encoded: the JSON form does not carry their wire"
                                + " types");
            }
            int slot = d.slotOf(name);
            if (slot < 0) {
                throw error(at, d.name() + " has no field " + name);
            }
            next(at);
            fields.put(slot, value(d.field(slot).type(), at));
        }
        if (d.kind() == StructDescriptor.Kind.UNION && fields.size() != 1) {
            throw error(
                    path,
                    "union "
                            + d.name()
                            + " has "
                            + fields.size()
                            + " fields, expected exactly one");
        }
        for (int slot = 0; slot < d.fieldCount(); slot++) {
            FieldDescriptor f = d.field(slot);
            if (f.requiredness() == Requiredness.REQUIRED && !fields.containsKey(slot)) {
                throw error(path, "required field " + f.name() + " of " + d.name() + " is missing");
            }
        }
        return new StructValue(d, fields);
    }

    /** The value of type {@code t} whose first token is the current one. */
    private Object value(TypeDescriptor t, String path) throws JsonError, IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            throw error(path, "null is not a value of the JSON form");
        }
        return switch (t.kind()) {
            case BOOL -> {
                if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                    throw error(path, "expected true or false, got " + describe(token));
                }
                yield token == JsonToken.VALUE_TRUE;
            }
            case I8 -> integer(0, path);
            case I16 -> integer(1, path);
            case I32 -> integer(2, path);
            case I64 -> integer(3, path);
            case DOUBLE -> real(path);
            case STRING -> text(path);
            case BINARY -> binary(path);
            case UUID -> {
                String s = string(path, "a uuid");
                if (!UUID_FORM.matcher(s).matches()) {
                    throw error(path, "not a lowercase 8-4-4-4-12 uuid: \"" + s + "\"");
                }
                yield UUID.fromString(s);
            }
            case ENUM -> enumValue(t, path);
            case STRUCT -> struct(t.struct(), path);
            case LIST, SET -> {
                expect(JsonToken.START_ARRAY, "an array", path);
                List<Object> elements = new ArrayList<>();
                Set<String> seen = t.kind() == ValueKind.SET ? new HashSet<>() : null;
                while (next(path) != JsonToken.END_ARRAY) {
                    String at = path + "[" + elements.size() + "]";
                    Object e = value(t.element(), at);
                    if (seen != null && !seen.add(TypedCanonical.of(e, t.element()))) {
                        throw error(at, "duplicate set element");
                    }
                    elements.add(e);
                }
                yield elements;
            }
            case MAP -> {
                expect(JsonToken.START_ARRAY, "an array of [key, value] pairs", path);
                List<Object> entries = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                while (next(path) != JsonToken.END_ARRAY) {
                    String at = path + "[" + entries.size() + "]";
                    expect(JsonToken.START_ARRAY, "a [key, value] pair", at);
                    next(at);
                    if (parser.currentToken() == JsonToken.END_ARRAY) {
                        throw error(at, "a map entry needs a key and a value");
                    }
                    Object key = value(t.key(), at + "[0]");
                    if (!seen.add(TypedCanonical.of(key, t.key()))) {
                        throw error(at + "[0]", "duplicate map key");
                    }
                    if (next(at) == JsonToken.END_ARRAY) {
                        throw error(at, "a map entry needs a key and a value");
                    }
                    Object value = value(t.value(), at + "[1]");
                    if (next(at) != JsonToken.END_ARRAY) {
                        throw error(at, "a map entry has exactly two elements");
                    }
                    entries.add(new Object[] {key, value});
                }
                yield entries;
            }
        };
    }

    private void expect(JsonToken token, String what, String path) throws JsonError {
        if (parser.currentToken() != token) {
            throw error(path, "expected " + what + ", got " + describe(parser.currentToken()));
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a number with a fraction or exponent";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    private long integer(int width, String path) throws JsonError, IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw error(path, "expected an integer, got " + describe(parser.currentToken()));
        }
        BigInteger value = new BigInteger(parser.getText());
        if (value.compareTo(MIN[width]) < 0 || value.compareTo(MAX[width]) > 0) {
            String type = new String[] {"i8", "i16", "i32", "i64"}[width];
            throw error(path, value + " is out of range for " + type);
        }
        return value.longValue();
    }

    private double real(String path) throws JsonError, IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return switch (parser.getText()) {
                case "NaN" -> Double.NaN;
                case "Infinity" -> Double.POSITIVE_INFINITY;
                case "-Infinity" -> Double.NEGATIVE_INFINITY;
                default ->
                        throw error(
                                path,
                                "a double string must be \"NaN\", \"Infinity\" or \"-Infinity\", not \""
                                        + parser.getText()
                                        + "\"");
            };
        }
        if (token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw error(
                    path,
                    "expected a double (with a '.' or an exponent), got "
                            + describe(token)
                            + (token == JsonToken.VALUE_NUMBER_INT ? " " + parser.getText() : ""));
        }
        double d = Double.parseDouble(parser.getText());
        if (Double.isInfinite(d)) {
            throw error(path, parser.getText() + " overflows a double");
        }
        return d;
    }

    private String string(String path, String what) throws JsonError, IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw error(path, "expected " + what + ", got " + describe(parser.currentToken()));
        }
        return parser.getText();
    }

    private String text(String path) throws JsonError, IOException {
        String s = string(path, "a string");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw error(path, "string holds an unpaired surrogate at char " + i);
            }
        }
        return s;
    }

    private byte[] binary(String path) throws JsonError, IOException {
        String s = string(path, "base64");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw error(path, "not standard base64: " + e.getMessage());
        }
        if (!Base64.getEncoder().encodeToString(bytes).equals(s)) {
            throw error(path, "not canonical base64 with padding");
        }
        return bytes;
    }

    private long enumValue(TypeDescriptor t, String path) throws JsonError, IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            Integer value = t.enumType().valueOf(parser.getText());
            if (value == null) {
                throw error(path, t.enumType().name() + " has no member " + parser.getText());
            }
            return value;
        }
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw error(path, "expected an enum name or integer, got " + describe(token));
        }
        long value = integer(2, path);
        String name = t.enumType().nameOf((int) value);
        if (name != null) {
            throw error(
                    path,
                    value + " is " + t.enumType().name() + "." + name + ": write \"" + name + "\"");
        }
        return value;
    }
}
