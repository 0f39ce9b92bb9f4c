package dev.zerothrift.benchmarks.workload;

import dev.zerothrift.benchmarks.workload.Values.Ano;
import dev.zerothrift.benchmarks.workload.Values.Batch;
import dev.zerothrift.benchmarks.workload.Values.Lists;
import dev.zerothrift.benchmarks.workload.Values.MyTest;
import dev.zerothrift.benchmarks.workload.Values.Request;
import dev.zerothrift.benchmarks.workload.Values.Status;
import dev.zerothrift.benchmarks.workload.Values.User;
import dev.zerothrift.benchmarks.workload.Values.Wide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws workload values as WORKLOADS.md describes them: integers over their full range, doubles in
 * [0, 1), ASCII strings of letters and digits (names, methods and emails 8–24 characters; tags,
 * attribute keys 4–12; attribute values 8–24), a 32-character hex traceId, random payload bytes.
 * request-1k has a 480-byte payload and is exactly 1,024 bytes ({@link #requestOfSize}); blob-1m is
 * the same request with a 1 MiB payload. A batch has the request count of WORKLOADS.md and its
 * exact size: its payloads are about 256 bytes each, the difference between 256-byte payloads and
 * the fixed size spread over them a byte at a time (our string draws average a few bytes off the
 * generator WORKLOADS.md was measured with: payloads are 253–254 bytes in batch-20k, 260–261 in
 * batch-6m).
 */
final class Generator {
    private static final String ALNUM =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String HEX = "0123456789abcdef";

    /** A batch's field header, list header and stop byte, in the binary protocol. */
    private static final int BATCH_OVERHEAD = 3 + 5 + 1;

    private final Random random;

    Generator(long seed) {
        random = new Random(seed);
    }

    MyTest myTest(int count) {
        return new MyTest(random.nextLong(), new Ano(random.nextLong()), longs(count));
    }

    /**
     * The first request drawn that is exactly {@code size} bytes in the binary protocol with a
     * payload of {@code payloadLength} bytes: string lengths are drawn as for every request, and
     * draws whose total misses are discarded (a few dozen), so both numbers of WORKLOADS.md hold.
     */
    Request requestOfSize(int size, int payloadLength) {
        Request r = request(new byte[0]);
        while (binarySize(r) + payloadLength != size) {
            r = request(new byte[0]);
        }
        return withPayload(r, payload(payloadLength));
    }

    /** {@code r} with another payload. */
    static Request withPayload(Request r, byte[] payload) {
        return new Request(
                r.requestId(),
                r.method(),
                r.user(),
                r.ids(),
                payload,
                r.traceId(),
                r.priority(),
                r.shards());
    }

    /** {@code count} requests whose payloads make the batch exactly {@code size} bytes. */
    Batch batch(int count, int size) {
        List<Request> bare = new ArrayList<>(count);
        long rest = size - BATCH_OVERHEAD;
        for (int i = 0; i < count; i++) {
            Request r = request(new byte[0]);
            bare.add(r);
            rest -= binarySize(r);
        }
        long base = rest / count;
        long extra = rest % count;
        if (base < 0) {
            throw new IllegalStateException("batch of " + count + " cannot be " + size + " bytes");
        }
        List<Request> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(withPayload(bare.get(i), payload((int) (base + (i < extra ? 1 : 0)))));
        }
        return new Batch(List.copyOf(requests));
    }

    Wide wide(int listLength, int stringLength) {
        int n = Wide.GROUPS;
        long[] i64s = new long[n];
        String[] strings = new String[n];
        int[] i32s = new int[n];
        double[] doubles = new double[n];
        long[][] lists = new long[n][];
        for (int k = 0; k < n; k++) {
            i64s[k] = random.nextLong();
            strings[k] = ascii(stringLength, stringLength);
            i32s[k] = random.nextInt();
            doubles[k] = random.nextDouble();
            lists[k] = longs(listLength);
        }
        return new Wide(i64s, strings, i32s, doubles, lists);
    }

    Lists lists(int count) {
        long[] longs = longs(count);
        int[] ints = new int[count];
        for (int i = 0; i < count; i++) {
            ints[i] = random.nextInt();
        }
        double[] doubles = new double[count];
        for (int i = 0; i < count; i++) {
            doubles[i] = random.nextDouble();
        }
        return new Lists(longs, ints, doubles);
    }

    private Request request(byte[] payload) {
        long requestId = random.nextLong();
        String method = ascii(8, 24);
        User user = user();
        long[] ids = longs(16);
        String traceId = hex(32);
        short priority = (short) random.nextInt();
        int[] shards = new int[8];
        for (int i = 0; i < shards.length; i++) {
            shards[i] = random.nextInt();
        }
        return new Request(requestId, method, user, ids, payload, traceId, priority, shards);
    }

    private User user() {
        long id = random.nextLong();
        String name = ascii(8, 24);
        String email = ascii(8, 24);
        int age = random.nextInt();
        boolean active = random.nextBoolean();
        double score = random.nextDouble();
        Status status = Status.values()[random.nextInt(Status.values().length)];
        List<String> tags = new ArrayList<>(4);
        for (int i = 0; i < 4; i++) {
            tags.add(ascii(4, 12));
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        while (attrs.size() < 4) {
            attrs.put(ascii(4, 12), ascii(8, 24));
        }
        return new User(
                id,
                name,
                email,
                age,
                active,
                score,
                status,
                List.copyOf(tags),
                java.util.Collections.unmodifiableMap(attrs));
    }

    private static int binarySize(Request r) {
        return Wire.encode(r, Protocol.BINARY).length;
    }

    /** {@code length} random bytes. */
    byte[] payload(int length) {
        if (length < 0) {
            throw new IllegalStateException("negative payload length: " + length);
        }
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private long[] longs(int count) {
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = random.nextLong();
        }
        return values;
    }

    private String ascii(int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return sb.toString();
    }

    private String hex(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(HEX.charAt(random.nextInt(HEX.length())));
        }
        return sb.toString();
    }
}
