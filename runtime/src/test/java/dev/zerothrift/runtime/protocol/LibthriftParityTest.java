package dev.zerothrift.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zerothrift.runtime.io.ArraySource;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.apache.thrift.TException;
import org.apache.thrift.protocol.TMessage;

import java.util.Random;

/**
 * Random nested values of every type, written through libthrift and through ours: the same calls
 * give the same bytes, and each side reads what the other wrote.
 */
class LibthriftParityTest {

    private static Value randomMessage(long seed) {
        Random random = new Random(seed);
        return random.nextInt(8) == 0 ? Value.random(random, 4) : Value.randomStruct(random, 4);
    }

    @Property(tries = 400)
    void ourWriterWritesLibthriftsBytes(@ForAll long seed, @ForAll Variant variant) {
        Value value = randomMessage(seed);
        byte[] theirs = variant.writeLibthrift(p -> LibthriftValues.write(p, value));
        byte[] ours = variant.writeOurs(w -> OurValues.write(w, value));
        assertArrayEquals(theirs, ours, () -> value.toString());
    }

    @Property(tries = 400)
    void ourReaderReadsWhatLibthriftWrote(@ForAll long seed, @ForAll Variant variant) {
        Value value = randomMessage(seed);
        byte[] theirs = variant.writeLibthrift(p -> LibthriftValues.write(p, value));
        ProtocolReader reader = variant.readerOver(theirs);
        assertEquals(value, OurValues.read(reader, value));
        assertEquals(0, reader.source().remaining());
        assertEquals(0, reader.depth());
    }

    @Property(tries = 400)
    void libthriftReadsWhatWeWrote(@ForAll long seed, @ForAll Variant variant) throws TException {
        Value value = randomMessage(seed);
        Assume.that(!Value.hasUuidContainer(value));
        byte[] ours = variant.writeOurs(w -> OurValues.write(w, value));
        assertEquals(value, variant.readLibthrift(ours, p -> LibthriftValues.read(p, value)));
    }

    @Property(tries = 400)
    void skipWalksExactlyOneValue(@ForAll long seed, @ForAll Variant variant) {
        Value value = randomMessage(seed);
        byte[] theirs = variant.writeLibthrift(p -> LibthriftValues.write(p, value));
        byte[] padded = java.util.Arrays.copyOf(theirs, theirs.length + 3);
        ProtocolReader reader = variant.reader(new ArraySource(padded));
        reader.skip(value.type());
        assertEquals(theirs.length, reader.source().offset());
        assertEquals(0, reader.depth());
    }

    @Property(tries = 300)
    void smallWindowsReadAndWriteTheSame(
            @ForAll long seed,
            @ForAll Variant variant,
            @ForAll @IntRange(min = 1, max = 24) int block) {
        Value value = randomMessage(seed);
        byte[] theirs = variant.writeLibthrift(p -> LibthriftValues.write(p, value));

        ChunkedSink sink = new ChunkedSink(new Random(seed), block);
        OurValues.write(variant.writer(sink), value);
        assertArrayEquals(theirs, sink.toByteArray());

        ProtocolReader reader = variant.reader(new ChunkedSource(theirs, new Random(seed), block));
        assertEquals(value, OurValues.read(reader, value));
        assertEquals(0, reader.source().remaining());

        ProtocolReader skipper =
                variant.reader(new ChunkedSource(theirs, new Random(~seed), block));
        skipper.skip(value.type());
        assertEquals(0, skipper.source().remaining());
    }

    @Property(tries = 300)
    void messageHeadersMatch(
            @ForAll long seed,
            @ForAll Variant variant,
            @ForAll @IntRange(min = 1, max = 4) int type,
            @ForAll int seqid)
            throws TException {
        String name = Value.randomString(new Random(seed));
        byte[] theirs =
                variant.writeLibthrift(
                        p -> {
                            p.writeMessageBegin(new TMessage(name, (byte) type, seqid));
                            p.writeMessageEnd();
                        });
        byte[] ours = variant.writeOurs(w -> w.writeMessageBegin(name, (byte) type, seqid));
        assertArrayEquals(theirs, ours);

        assertEquals(
                new ThriftMessage(name, (byte) type, seqid),
                variant.readerOver(theirs).readMessageBegin());
        TMessage read = variant.readLibthrift(ours, p -> p.readMessageBegin());
        assertEquals(new TMessage(name, (byte) type, seqid), read);
    }
}
