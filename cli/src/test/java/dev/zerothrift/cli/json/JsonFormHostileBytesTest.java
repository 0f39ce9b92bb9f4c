package dev.zerothrift.cli.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.view.StructDescriptor;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Changed bytes of valid messages: {@code inspect} either fails with a {@link JsonError} (one line,
 * a path starting at {@code $}, an offset inside the message) or prints a JSON form that {@code
 * encode} accepts (unless it has unknown fields, which encode refuses) and that survives another
 * round trip unchanged, strictly and leniently.
 */
class JsonFormHostileBytesTest {
    /** The {@code _unknown} key (not the text inside a string, where its quotes are escaped). */
    private static final Pattern UNKNOWN_KEY = Pattern.compile("(^|[^\\\\])\"_unknown\" :");

    private static final SchemaDescriptors EVERY = JsonFormRoundTripTest.everyKind();

    @Property(tries = 400)
    void inspectFailsCleanlyOrRoundTrips(
            @ForAll long seed, @ForAll Protocol protocol, @ForAll boolean lenient)
            throws Exception {
        Random random = new Random(seed);
        StructDescriptor d = EVERY.find("Every").orElseThrow();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        Json.write(new RandomJson(random).struct(d, 2), text);
        byte[] bytes;
        try (Chain chain = new Chain()) {
            JsonForm.encode(d, protocol, new ByteArrayInputStream(text.toByteArray()), chain);
            bytes = chain.toByteArray();
        }
        for (int k = random.nextInt(3); k >= 0 && bytes.length > 0; k--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt();
        }
        byte[] json;
        try {
            json = JsonForm.inspect(d, protocol, lenient, bytes);
        } catch (JsonError e) {
            assertTrue(e.path().startsWith("$"), e.line());
            assertTrue(e.offset() >= 0 && e.offset() <= bytes.length, e.line());
            assertEquals(-1, e.line().indexOf('\n'), e.line());
            return;
        }
        String form = new String(json, StandardCharsets.UTF_8);
        if (UNKNOWN_KEY.matcher(form).find()) {
            // encode refuses unknown fields: the JSON form does not say their wire types
            try (Chain chain = new Chain()) {
                JsonError e =
                        assertThrows(
                                JsonError.class,
                                () ->
                                        JsonForm.encode(
                                                d,
                                                protocol,
                                                new ByteArrayInputStream(json),
                                                chain));
                assertTrue(e.getMessage().startsWith("unknown fields cannot be encoded"), e.line());
            }
            return;
        }
        byte[] again;
        try (Chain chain = new Chain()) {
            JsonForm.encode(d, protocol, new ByteArrayInputStream(json), chain);
            again = JsonForm.inspect(d, protocol, lenient, chain.toByteArray());
        }
        assertEquals(
                new String(json, StandardCharsets.UTF_8),
                new String(again, StandardCharsets.UTF_8));
    }
}
