package dev.zerothrift.codegentests.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zerothrift.codegentests.idl.Request;
import dev.zerothrift.codegentests.idl.RequestView;
import dev.zerothrift.codegentests.idl.Status;
import dev.zerothrift.codegentests.idl.User;
import dev.zerothrift.codegentests.idl.UserView;
import dev.zerothrift.runtime.buffer.BlockPool;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.LeakDetector;
import dev.zerothrift.runtime.protocol.Protocol;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random requests written by the generated writers into a chain of small blocks (so that windows
 * end often, inside fields, strings and lists), three messages into the same chain, cleared between
 * them so that the blocks it kept are written again: in IDL order the bytes are libthrift's; with
 * fixed-size fields first, in the binary protocol, they are the fast codec's (the same layout), and
 * libthrift reads the value back in both protocols. Nothing leaks.
 */
class GeneratedWriterPropertyTest {

    @Property(tries = 150)
    void idlOrderWritersGiveLibthriftsBytes(
            @ForAll long seed,
            @ForAll boolean compact,
            @ForAll @IntRange(min = 3, max = 9) int blockShift) {
        Protocol protocol = compact ? Protocol.COMPACT : Protocol.BINARY;
        Random random = new Random(seed);
        long mark = LeakDetector.mark();
        long outstanding = LeakDetector.outstandingBlocks();
        RequestView.Writer writer = new RequestView.Writer();
        try (Chain chain = new Chain(BlockPool.shared(), 1 << blockShift, 16)) {
            for (int message = 0; message < 3; message++) {
                Request r = randomRequest(random);
                writer.begin(chain, protocol);
                writeInIdlOrder(r, writer, message % 2 == 0);
                assertArrayEquals(LibthriftRequests.write(r, protocol), chain.toByteArray());
                chain.clear();
            }
        }
        assertNoLeak(mark, outstanding);
    }

    @Property(tries = 150)
    void fixedFirstWritersGiveTheFastCodecsLayout(
            @ForAll long seed,
            @ForAll boolean compact,
            @ForAll @IntRange(min = 3, max = 9) int blockShift) {
        Protocol protocol = compact ? Protocol.COMPACT : Protocol.BINARY;
        Random random = new Random(seed);
        long mark = LeakDetector.mark();
        long outstanding = LeakDetector.outstandingBlocks();
        var writer = new dev.zerothrift.codegentests.fixed.RequestView.Writer();
        try (Chain chain = new Chain(BlockPool.shared(), 1 << blockShift, 16)) {
            for (int message = 0; message < 3; message++) {
                Request r = randomRequest(random);
                var fixed =
                        dev.zerothrift.codegentests.fixed.Request.fastRead(
                                r.fastWrite(protocol), protocol);
                writer.begin(chain, protocol);
                writeFixedFirst(fixed, writer);
                byte[] bytes = chain.toByteArray();
                if (protocol == Protocol.BINARY) {
                    assertArrayEquals(fixed.fastWrite(protocol), bytes);
                }
                assertEquals(r, LibthriftRequests.read(bytes, protocol));
                chain.clear();
            }
        }
        assertNoLeak(mark, outstanding);
    }

    private static void assertNoLeak(long mark, long outstanding) {
        if (LeakDetector.isStrict()) {
            assertEquals(List.of(), LeakDetector.outstandingSince(mark));
        } else {
            assertEquals(outstanding, LeakDetector.outstandingBlocks());
        }
    }

    /** Every field in IDL order; the user from its POJO or through the nested writer. */
    private static void writeInIdlOrder(Request r, RequestView.Writer w, boolean nested) {
        w.requestId(r.getRequestId()).method(r.getMethod());
        User u = r.getUser();
        if (nested) {
            UserView.Writer uw = w.beginUser();
            uw.id(u.getId()).name(u.getName()).email(u.getEmail()).age(u.getAge());
            uw.active(u.isActive()).score(u.getScore()).status(u.getStatus());
            uw.tags(u.getTags()).attrs(u.getAttrs()).end();
        } else {
            w.user(u);
        }
        w.ids(r.getIds()).payload(payload(r.getPayload()));
        if (r.getTraceId() != null) {
            w.traceId(r.getTraceId());
        }
        w.priority(r.getPriority()).shards(r.getShards()).end();
    }

    /** The fixed-size fields first (held, then put in one window), the others in IDL order. */
    private static void writeFixedFirst(
            dev.zerothrift.codegentests.fixed.Request r,
            dev.zerothrift.codegentests.fixed.RequestView.Writer w) {
        w.priority(r.getPriority()).requestId(r.getRequestId()).method(r.getMethod());
        var u = r.getUser();
        var uw = w.beginUser();
        uw.status(u.getStatus()).score(u.getScore()).active(u.isActive()).age(u.getAge());
        uw.id(u.getId()).name(u.getName()).email(u.getEmail());
        uw.tags(u.getTags()).attrs(u.getAttrs()).end();
        w.ids(r.getIds()).payload(payload(r.getPayload()));
        if (r.getTraceId() != null) {
            w.traceId(r.getTraceId());
        }
        w.shards(r.getShards()).end();
    }

    private static byte[] payload(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    static Request randomRequest(Random random) {
        Map<String, String> attrs = new LinkedHashMap<>();
        int attrCount = random.nextInt(5);
        for (int i = 0; i < attrCount; i++) {
            attrs.put("k" + i + randomString(random), randomString(random));
        }
        List<String> tags = new ArrayList<>();
        int tagCount = random.nextInt(6);
        for (int i = 0; i < tagCount; i++) {
            tags.add(randomString(random));
        }
        User user =
                new User()
                        .setId(random.nextLong())
                        .setName(randomString(random))
                        .setEmail(randomString(random))
                        .setAge(random.nextInt())
                        .setActive(random.nextBoolean())
                        .setScore(random.nextDouble() * 1e6 - 5e5)
                        .setStatus(Status.values()[random.nextInt(Status.values().length)])
                        .setTags(tags)
                        .setAttrs(attrs);
        byte[] payload = new byte[random.nextInt(random.nextInt(4) == 0 ? 700 : 40)];
        random.nextBytes(payload);
        return new Request()
                .setRequestId(random.nextLong())
                .setMethod(randomString(random))
                .setUser(user)
                .setIds(random.longs(random.nextInt(random.nextInt(4) == 0 ? 300 : 20)).toArray())
                .setPayload(ByteBuffer.wrap(payload))
                .setTraceId(random.nextBoolean() ? randomString(random) : null)
                .setPriority((short) random.nextInt())
                .setShards(random.ints(random.nextInt(40)).toArray());
    }

    /** ASCII, 2-, 3- and 4-byte UTF-8; now and then longer than the one-pass string limits. */
    private static String randomString(Random random) {
        int length = random.nextInt(random.nextInt(8) == 0 ? 3000 : 30);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int cp =
                    switch (random.nextInt(6)) {
                        case 0 -> 0x80 + random.nextInt(0x780);
                        case 1 -> 0x800 + random.nextInt(0xd800 - 0x800);
                        case 2 -> 0x10000 + random.nextInt(0x1000);
                        default -> 0x20 + random.nextInt(0x5f);
                    };
            s.appendCodePoint(cp);
        }
        return s.toString();
    }
}
