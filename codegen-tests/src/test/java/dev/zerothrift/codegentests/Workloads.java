package dev.zerothrift.codegentests;

import dev.zerothrift.codegentests.idl.Request;
import dev.zerothrift.codegentests.idl.Status;
import dev.zerothrift.codegentests.idl.User;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Values of the workload types for tests (the view tests too). */
public final class Workloads {
    private Workloads() {}

    public static User user() {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("region", "eu-west");
        attrs.put("tier", "gold ✓");
        return new User()
                .setId(42)
                .setName("Ada Lovelace")
                .setEmail("ada@example.com")
                .setAge(36)
                .setActive(true)
                .setScore(99.5)
                .setStatus(Status.ACTIVE)
                .setTags(new java.util.ArrayList<>(List.of("a", "bé", "😀")))
                .setAttrs(attrs);
    }

    public static Request request(int payloadBytes) {
        byte[] payload = new byte[payloadBytes];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (i * 31);
        }
        return new Request()
                .setRequestId(-7_000_000_000L)
                .setMethod("echo")
                .setUser(user())
                .setIds(new long[] {1, -2, Long.MAX_VALUE, Long.MIN_VALUE})
                .setPayload(ByteBuffer.wrap(payload))
                .setTraceId("trace-1")
                .setPriority((short) -3)
                .setShards(new int[] {0, 1, 1 << 20, -1});
    }
}
