package dev.zerothrift.codegentests.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zerothrift.codegentests.idl.Request;
import dev.zerothrift.codegentests.idl.Status;
import dev.zerothrift.codegentests.idl.User;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.io.ArraySink;
import dev.zerothrift.runtime.protocol.Protocol;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The fast codec's write straight into an array ({@code fastWrite} to a byte array and to a growing
 * sink) gives libthrift's bytes for random requests whose strings hold every kind of char: ASCII,
 * two- and three-byte chars, surrogate pairs and unpaired surrogates (which both write as {@code
 * '?'}), short and long. Here beside the views' tests for their libthrift writer, {@link
 * LibthriftRequests}.
 */
class FastWriteParityTest {
    @Property(tries = 300)
    void fastWriteMatchesLibthrift(@ForAll("requests") Request request) {
        for (Protocol protocol : Protocol.values()) {
            byte[] expected = LibthriftRequests.write(request, protocol);
            assertEquals(expected.length, request.encodedLength(protocol));
            assertArrayEquals(expected, request.fastWrite(protocol));
            ArraySink sink = new ArraySink(16);
            request.fastWrite(sink, protocol);
            assertArrayEquals(expected, sink.toByteArray());
            try (Chain chain = new Chain()) {
                // A chain links long strings and binaries by reference: the writer's path.
                request.fastWrite(chain.sink(), protocol);
                assertArrayEquals(expected, chain.toByteArray());
            }
        }
    }

    @Provide
    Arbitrary<Request> requests() {
        Arbitrary<String> strings = strings();
        Arbitrary<User> users =
                Combinators.combine(
                                Arbitraries.longs(),
                                strings,
                                strings.injectNull(0.2),
                                Arbitraries.integers(),
                                Arbitraries.of(true, false),
                                strings.list().ofMaxSize(6),
                                Arbitraries.maps(strings, strings).ofMaxSize(5))
                        .as(
                                (id, name, email, age, active, tags, attrs) ->
                                        new User()
                                                .setId(id)
                                                .setName(name)
                                                .setEmail(email)
                                                .setAge(age)
                                                .setActive(active)
                                                .setScore(id * 0.5)
                                                .setStatus(Status.SUSPENDED)
                                                .setTags(tags)
                                                .setAttrs(new LinkedHashMap<>(attrs)));
        return Combinators.combine(
                        Arbitraries.longs(),
                        strings,
                        users,
                        Arbitraries.longs().array(long[].class).ofMaxSize(40),
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(600),
                        strings.injectNull(0.5),
                        Arbitraries.shorts(),
                        Arbitraries.integers().array(int[].class).ofMaxSize(40))
                .as(
                        (id, method, user, ids, payload, traceId, priority, shards) ->
                                new Request()
                                        .setRequestId(id)
                                        .setMethod(method)
                                        .setUser(user)
                                        .setIds(ids)
                                        .setPayload(ByteBuffer.wrap(payload))
                                        .setTraceId(traceId)
                                        .setPriority(priority)
                                        .setShards(shards));
    }

    /** Strings of every kind of char, up to 3000 of them (past the writers' direct limit). */
    private static Arbitrary<String> strings() {
        Arbitrary<Character> chars =
                Arbitraries.integers()
                        .between(0, Integer.MAX_VALUE)
                        .map(FastWriteParityTest::charOf);
        return Arbitraries.oneOf(
                List.of(
                        chars.list().ofMaxSize(30).map(FastWriteParityTest::join),
                        chars.list().ofMaxSize(3000).map(FastWriteParityTest::join),
                        Arbitraries.strings().ofMaxLength(40)));
    }

    /** A char from a random int: ASCII most often, then 2 and 3 bytes, then surrogates alone. */
    private static char charOf(int random) {
        int kind = random % 10;
        int v = random / 10;
        if (kind < 6) {
            return (char) (v % 0x80);
        } else if (kind < 8) {
            return (char) (0x80 + v % 0x780);
        } else if (kind < 9) {
            return (char) (0x800 + v % 0xf800);
        }
        return (char) (0xd800 + v % 0x800);
    }

    private static String join(List<Character> chars) {
        StringBuilder s = new StringBuilder(chars.size());
        chars.forEach(s::append);
        return s.toString();
    }
}
