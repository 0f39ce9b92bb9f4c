package dev.zerothrift.cli.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * The JSON form as a tree before it is written: {@code Map<String, Object>} (keys in order), {@code
 * List<Object>}, {@code String}, {@code Boolean} and {@link Token} (a number, written as is).
 */
final class Json {
    private Json() {}

    /** A JSON number token, exactly as written ({@code -3}, {@code 1.0E10}). */
    record Token(String text) {}

    /** Writes supplementary characters as raw 4-byte UTF-8, not as escaped surrogate pairs. */
    static final JsonFactory FACTORY =
            JsonFactory.builder()
                    .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                    .build();

    static Token integer(long value) {
        return new Token(Long.toString(value));
    }

    /** A double as the JSON form writes it: {@code Double.toString}, or a string for NaN, ±∞. */
    static Object real(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        return new Token(Double.toString(value));
    }

    /** Writes {@code tree} as UTF-8, indented by two spaces, with a final newline. */
    static void write(Object tree, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            DefaultPrettyPrinter pretty =
                    new DefaultPrettyPrinter()
                            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pretty);
            write(g, tree);
            g.writeRaw('\n');
        }
    }

    @SuppressWarnings("unchecked")
    private static void write(JsonGenerator g, Object tree) throws IOException {
        switch (tree) {
            case Map<?, ?> m -> {
                g.writeStartObject();
                for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                    g.writeFieldName(e.getKey());
                    write(g, e.getValue());
                }
                g.writeEndObject();
            }
            case List<?> l -> {
                g.writeStartArray();
                for (Object e : l) {
                    write(g, e);
                }
                g.writeEndArray();
            }
            case String s -> g.writeString(s);
            case Boolean b -> g.writeBoolean(b);
            case Token t -> g.writeNumber(t.text());
            default -> throw new IllegalArgumentException("not a JSON tree: " + tree);
        }
    }
}
