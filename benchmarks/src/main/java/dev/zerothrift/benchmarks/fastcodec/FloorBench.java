package dev.zerothrift.benchmarks.fastcodec;

import dev.zerothrift.benchmarks.fastcodec.gen.Batch;
import dev.zerothrift.benchmarks.fastcodec.gen.Request;
import dev.zerothrift.benchmarks.fastcodec.gen.Status;
import dev.zerothrift.benchmarks.fastcodec.gen.User;
import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Protocol;
import dev.zerothrift.benchmarks.workload.Values;
import dev.zerothrift.benchmarks.workload.Workload;
import dev.zerothrift.runtime.io.ArraySource;
import dev.zerothrift.runtime.protocol.BinaryReader;
import dev.zerothrift.runtime.protocol.Utf8;
import dev.zerothrift.runtime.protocol.WireType;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The least work any encoder or decoder of the fast codecs' objects must do, to put beside {@code
 * CodecBench}'s rows: what a speed-up over libthrift can be at most on each workload.
 *
 * <ul>
 *   <li>{@code encodeFloor}: visits every value of the built message once (the same object graph
 *       {@code CodecBench.encode} writes) and copies its bytes into a reused array: primitives with
 *       one big-endian put, strings with a Latin-1 bulk copy (exact for the workloads' ASCII
 *       strings), the payload with {@code System.arraycopy}. No field headers, no lengths, no
 *       length pass: any encoder does at least this. {@code encodeFloorCounted} adds the length
 *       pass the fast codecs' design asks for (every size summed before the first byte is written).
 *   <li>{@code decodeFloor}: builds the same objects a fast-codec decode returns (the generated
 *       POJOs, {@code String}s, sized {@code ArrayList}s and {@code LinkedHashMap}s, primitive
 *       arrays, the payload as a buffer over the input as libthrift returns it) from the received
 *       bytes, with every offset found at setup, so nothing is parsed or checked; then reads every
 *       field as {@code CodecBench.decode} does. Any decoder to these objects does at least this.
 *   <li>{@code decodeFloorLatin1}: the same, strings made by a scan for bytes above 0x7f and the
 *       Latin-1 constructor {@code String(byte[], int hibyte, int, int)} instead of {@code new
 *       String(bytes, off, len, UTF_8)}, to see which the JDK makes faster.
 * </ul>
 *
 * Workloads of {@code Request}s only (request-1k, batch-20k, batch-6m), binary protocol (the floor
 * does not depend on the protocol). Run it in the same JMH invocation as {@code CodecBench} so the
 * numbers are side by side: {@code 'CodecBench.(encode|decode)|FloorBench'}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {
            "-Xms1g",
            "-Xmx1g",
            "-XX:+AlwaysPreTouch",
            "-XX:+UseTransparentHugePages",
            "--add-modules=jdk.incubator.vector"
        })
public class FloorBench {
    private static final VarHandle LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle SHORT =
            MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);

    /** A workload of requests, its built message and its received bytes with their offsets. */
    @State(Scope.Benchmark)
    public static class Input {
        @Param({"request-1k", "batch-20k", "batch-6m"})
        public String workload;

        byte[] wire;
        int[] plan;
        List<Request> requests;
        boolean batch;
        byte[] out;

        @Setup
        public void setup() {
            Fixture fixture = Fixture.of(Workload.of(workload), Protocol.BINARY);
            if (!(fixture.value() instanceof Values.Request)
                    && !(fixture.value() instanceof Values.Batch)) {
                throw new IllegalArgumentException(
                        "FloorBench measures workloads of requests only, not " + workload);
            }
            wire = fixture.wire();
            plan = Plan.of(wire);
            batch = fixture.value() instanceof Values.Batch;
            requests =
                    batch
                            ? Convert.batch((Values.Batch) fixture.value()).getRequests()
                            : List.of(Convert.request((Values.Request) fixture.value()));
            out = new byte[wire.length];
            // The floors build exactly what the fast codec decodes, and copy no fewer bytes.
            Object expected =
                    batch
                            ? Batch.fastRead(wire, dev.zerothrift.runtime.protocol.Protocol.BINARY)
                            : Request.fastRead(
                                    wire, dev.zerothrift.runtime.protocol.Protocol.BINARY);
            for (boolean latin1 : new boolean[] {false, true}) {
                Object built = build(this, latin1);
                if (!built.equals(expected)) {
                    throw new IllegalStateException("the decode floor builds another value");
                }
            }
            System.out.println(fixture.describe());
        }
    }

    @Benchmark
    public int encodeFloor(Input in) {
        byte[] out = in.out;
        int p = 0;
        for (Request r : in.requests) {
            p = copy(r, out, p);
        }
        return p;
    }

    /**
     * {@link #encodeFloor} after a length pass as the fast codecs' design asks for: every value's
     * encoded size summed first (strings by {@link Utf8#encodedLength}), then the copy. The least a
     * length-first encoder does.
     */
    @Benchmark
    public int encodeFloorCounted(Input in) {
        long length = 0;
        for (Request r : in.requests) {
            length += size(r);
        }
        if (length > in.out.length) {
            throw new IllegalStateException("more bytes than the message: " + length);
        }
        return encodeFloor(in);
    }

    @Benchmark
    public void decodeFloor(Input in, Blackhole bh) {
        read(build(in, false), bh);
    }

    @Benchmark
    public void decodeFloorLatin1(Input in, Blackhole bh) {
        read(build(in, true), bh);
    }

    private static void read(Object value, Blackhole bh) {
        if (value instanceof Batch b) {
            ReadAll.batch(b, bh);
        } else {
            ReadAll.request((Request) value, bh);
        }
    }

    private static Object build(Input in, boolean latin1) {
        Cursor c = new Cursor(in.wire, in.plan, latin1);
        if (!in.batch) {
            return request(c);
        }
        int n = c.next();
        List<Request> requests = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            requests.add(request(c));
        }
        return new Batch().setRequests(requests);
    }

    // Encode: every value's bytes, nothing else.

    private static int copy(Request r, byte[] out, int p) {
        LONG.set(out, p, r.getRequestId());
        p = copy(r.getMethod(), out, p + 8);
        p = copy(r.getUser(), out, p);
        for (long v : r.getIds()) {
            LONG.set(out, p, v);
            p += 8;
        }
        ByteBuffer payload = r.getPayload();
        int length = payload.remaining();
        System.arraycopy(
                payload.array(), payload.arrayOffset() + payload.position(), out, p, length);
        p += length;
        if (r.getTraceId() != null) {
            p = copy(r.getTraceId(), out, p);
        }
        SHORT.set(out, p, r.getPriority());
        p += 2;
        for (int v : r.getShards()) {
            INT.set(out, p, v);
            p += 4;
        }
        return p;
    }

    private static int copy(User u, byte[] out, int p) {
        LONG.set(out, p, u.getId());
        p = copy(u.getName(), out, p + 8);
        p = copy(u.getEmail(), out, p);
        INT.set(out, p, u.getAge());
        out[p + 4] = (byte) (u.isActive() ? 1 : 0);
        LONG.set(out, p + 5, Double.doubleToLongBits(u.getScore()));
        INT.set(out, p + 13, u.getStatus().value());
        p += 17;
        for (String tag : u.getTags()) {
            p = copy(tag, out, p);
        }
        for (Map.Entry<String, String> e : u.getAttrs().entrySet()) {
            p = copy(e.getKey(), out, p);
            p = copy(e.getValue(), out, p);
        }
        return p;
    }

    private static int size(Request r) {
        int n = 8 + Utf8.encodedLength(r.getMethod()) + size(r.getUser());
        n += 8 * r.getIds().length + r.getPayload().remaining();
        if (r.getTraceId() != null) {
            n += Utf8.encodedLength(r.getTraceId());
        }
        return n + 2 + 4 * r.getShards().length;
    }

    private static int size(User u) {
        int n = 8 + Utf8.encodedLength(u.getName()) + Utf8.encodedLength(u.getEmail()) + 17;
        for (String tag : u.getTags()) {
            n += Utf8.encodedLength(tag);
        }
        for (Map.Entry<String, String> e : u.getAttrs().entrySet()) {
            n += Utf8.encodedLength(e.getKey()) + Utf8.encodedLength(e.getValue());
        }
        return n;
    }

    /** A Latin-1 bulk copy: the bytes of an ASCII string, as fast as the JDK copies them. */
    @SuppressWarnings("deprecation")
    private static int copy(String s, byte[] out, int p) {
        int n = s.length();
        s.getBytes(0, n, out, p);
        return p + n;
    }

    // Decode: the objects, from offsets found at setup.

    private static Request request(Cursor c) {
        Request r = new Request();
        r.setRequestId(c.i64());
        r.setMethod(c.string());
        r.setUser(user(c));
        r.setIds(c.i64s());
        r.setPayload(c.binary());
        r.setTraceId(c.string());
        r.setPriority(c.i16());
        r.setShards(c.i32s());
        return r;
    }

    private static User user(Cursor c) {
        User u = new User();
        u.setId(c.i64());
        u.setName(c.string());
        u.setEmail(c.string());
        u.setAge(c.i32());
        u.setActive(c.bool());
        u.setScore(Double.longBitsToDouble(c.i64()));
        u.setStatus(Status.findByValue(c.i32()));
        int tags = c.next();
        List<String> list = new ArrayList<>(tags);
        for (int i = 0; i < tags; i++) {
            list.add(c.string());
        }
        u.setTags(list);
        int attrs = c.next();
        Map<String, String> map = LinkedHashMap.newLinkedHashMap(attrs);
        for (int i = 0; i < attrs; i++) {
            map.put(c.string(), c.string());
        }
        u.setAttrs(map);
        return u;
    }

    /** Walks the plan: each call takes the next value's offset (and length or count). */
    private static final class Cursor {
        private final byte[] wire;
        private final int[] plan;
        private final boolean latin1;
        private int k;

        Cursor(byte[] wire, int[] plan, boolean latin1) {
            this.wire = wire;
            this.plan = plan;
            this.latin1 = latin1;
        }

        int next() {
            return plan[k++];
        }

        long i64() {
            return (long) LONG.get(wire, next());
        }

        int i32() {
            return (int) INT.get(wire, next());
        }

        short i16() {
            return (short) SHORT.get(wire, next());
        }

        boolean bool() {
            return wire[next()] == 1;
        }

        String string() {
            int offset = next();
            int length = next();
            return latin1 ? latin1(wire, offset, length) : utf8(wire, offset, length);
        }

        ByteBuffer binary() {
            int offset = next();
            return ByteBuffer.wrap(wire, offset, next());
        }

        long[] i64s() {
            int count = next();
            int offset = next();
            long[] values = new long[count];
            for (int i = 0; i < count; i++) {
                values[i] = (long) LONG.get(wire, offset + 8 * i);
            }
            return values;
        }

        int[] i32s() {
            int count = next();
            int offset = next();
            int[] values = new int[count];
            for (int i = 0; i < count; i++) {
                values[i] = (int) INT.get(wire, offset + 4 * i);
            }
            return values;
        }

        private static String utf8(byte[] bytes, int offset, int length) {
            return new String(bytes, offset, length, StandardCharsets.UTF_8);
        }

        @SuppressWarnings("deprecation")
        private static String latin1(byte[] bytes, int offset, int length) {
            int bits = 0;
            for (int i = offset; i < offset + length; i++) {
                bits |= bytes[i];
            }
            return bits >= 0
                    ? new String(bytes, 0, offset, length)
                    : new String(bytes, offset, length, StandardCharsets.UTF_8);
        }
    }

    /**
     * The offsets of every value of a binary message, in wire order: a scalar's offset; a string's
     * offset and length; a list of fixed-size elements' count and first offset; another list's or a
     * map's count, then its elements'. Made at setup with the runtime's reader.
     */
    static final class Plan {
        private int[] entries = new int[256];
        private int size;
        private final BinaryReader reader;
        private final ArraySource source;

        private Plan(byte[] wire) {
            source = new ArraySource(wire);
            reader = new BinaryReader(source);
        }

        static int[] of(byte[] wire) {
            Plan plan = new Plan(wire);
            plan.struct();
            return Arrays.copyOf(plan.entries, plan.size);
        }

        private void add(int value) {
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
            }
            entries[size++] = value;
        }

        private void struct() {
            reader.readStructBegin();
            for (byte type = reader.readFieldBegin();
                    type != WireType.STOP;
                    type = reader.readFieldBegin()) {
                value(type);
            }
            reader.readStructEnd();
        }

        private void value(byte type) {
            switch (type) {
                case WireType.STRUCT -> struct();
                case WireType.STRING -> {
                    int length = reader.readBinaryLength();
                    add((int) source.offset());
                    add(length);
                    reader.skipBytes(length);
                }
                case WireType.LIST, WireType.SET -> {
                    int count = reader.readListBegin();
                    byte element = reader.elementType();
                    add(count);
                    if (element == WireType.I64 || element == WireType.I32) {
                        add((int) source.offset());
                        reader.skipBytes((long) count * (element == WireType.I64 ? 8 : 4));
                    } else {
                        for (int i = 0; i < count; i++) {
                            value(element);
                        }
                    }
                    reader.readListEnd();
                }
                case WireType.MAP -> {
                    int count = reader.readMapBegin();
                    byte key = reader.keyType();
                    byte value = reader.valueType();
                    add(count);
                    for (int i = 0; i < count; i++) {
                        value(key);
                        value(value);
                    }
                    reader.readMapEnd();
                }
                default -> {
                    add((int) source.offset());
                    reader.skip(type);
                }
            }
        }
    }
}
