package dev.zerothrift.cli.json;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.Limits;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.view.MessageBuilder;
import dev.zerothrift.runtime.view.PathSegment;
import dev.zerothrift.runtime.view.StructDescriptor;
import dev.zerothrift.runtime.view.StructView;
import dev.zerothrift.runtime.view.ViewOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON form of {@code JSON-FORM.md} for any type of a schema, both ways: {@link #inspect}
 * decodes a message through a schema-driven view, {@link #encode} writes one through the builder.
 */
public final class JsonForm {
    private JsonForm() {}

    /**
     * The JSON form (UTF-8, with a final newline) of the message {@code bytes} of type {@code
     * descriptor}. Throws {@link JsonError} naming the JSON path and byte offset of the first
     * problem; with {@code lenient}, what is legal on the wire is accepted (see {@code inspect}).
     */
    public static byte[] inspect(
            StructDescriptor descriptor, Protocol protocol, boolean lenient, byte[] bytes)
            throws JsonError {
        ViewOptions options = new ViewOptions(Limits.DEFAULT, !lenient);
        try (StructView view = new StructView(descriptor, protocol, options)) {
            try {
                view.wrap(bytes, 0, bytes.length);
            } catch (ProtocolException e) {
                throw new JsonError(path(view.failurePath()), e.offset(), e.getMessage());
            }
            if (view.end() != bytes.length) {
                throw new JsonError(
                        "$",
                        view.end(),
                        (bytes.length - view.end()) + " trailing bytes after the struct");
            }
            Object tree = new ViewRenderer(lenient).struct(view, "$");
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 2 + 16);
            Json.write(tree, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
    }

    /**
     * The message whose JSON form is {@code json}, written in {@code protocol} into {@code target}
     * (fields in declaration order, as libthrift writes them). Throws {@link JsonError} naming the
     * JSON path of the first rule the input breaks; {@code target} is then unchanged.
     */
    public static void encode(
            StructDescriptor descriptor, Protocol protocol, InputStream json, Chain target)
            throws JsonError {
        JsonReader.StructValue value = JsonReader.read(json, descriptor);
        MessageBuilder builder = new MessageBuilder(protocol);
        builder.begin(target);
        new StructEncoder(builder).fields(value);
        builder.end();
    }

    /** {@code $.user.tags[2]}, {@code $.attrs[1][0]}, {@code $._unknown.20}. */
    static String path(List<PathSegment> segments) {
        StringBuilder path = new StringBuilder("$");
        for (PathSegment s : segments) {
            switch (s) {
                case PathSegment.Field f -> {
                    if (f.name() != null) {
                        path.append('.').append(f.name());
                    } else {
                        path.append("._unknown.").append(f.id());
                    }
                }
                case PathSegment.Element e -> path.append('[').append(e.index()).append(']');
                case PathSegment.Entry e ->
                        path.append('[')
                                .append(e.index())
                                .append("][")
                                .append(e.value() ? 1 : 0)
                                .append(']');
            }
        }
        return path.toString();
    }
}
