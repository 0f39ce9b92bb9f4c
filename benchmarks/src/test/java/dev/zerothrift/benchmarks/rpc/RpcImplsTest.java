package dev.zerothrift.benchmarks.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Protocol;
import dev.zerothrift.benchmarks.workload.Workload;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Each RPC implementation echoes both workloads, from one caller and from several at once. */
class RpcImplsTest {
    @Test
    void ourImplementationsAreBuilt() {
        assertTrue(RpcImpls.available().containsAll(List.of("views", "pojo")));
        if (!RpcImpls.available().contains("libthrift")) {
            System.err.println(
                    "RpcImplsTest: libthrift left out: no thrift compiler at build time");
        }
        assumeTrue(System.getenv("ZEROTHRIFT_REQUIRE_TOOLS") != null);
        assertTrue(RpcImpls.available().contains("libthrift"), "libthrift is required");
    }

    @Test
    void unknownNamesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> RpcImpls.create("fastcodec", 1));
    }

    @ParameterizedTest
    @CsvSource({
        "views, request-1k, 1",
        "views, batch-20k, 1",
        "views, request-1k, 4",
        "views, batch-20k, 4",
        "pojo, request-1k, 1",
        "pojo, batch-20k, 1",
        "pojo, request-1k, 4",
        "pojo, batch-20k, 4",
        "views-blocking, request-1k, 4",
        "views-shared, batch-20k, 1",
        "pojo-blocking, batch-20k, 4",
        "pojo-shared, request-1k, 1",
        "views-spin, request-1k, 1",
        "pojo-spin, batch-20k, 1",
        "libthrift, request-1k, 4",
        "libthrift, batch-20k, 4"
    })
    void echoesTheWorkload(String impl, String workload, int callers) throws Exception {
        assumeTrue(
                !impl.equals("libthrift") || RpcImpls.available().contains(impl),
                impl + " is not built");
        RpcImpl rpc = RpcImpls.create(impl, callers);
        rpc.start(Fixture.of(Workload.of(workload), Protocol.BINARY));
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Object>> replies = new ArrayList<>();
            for (int t = 0; t < callers; t++) {
                replies.add(
                        threads.submit(
                                () -> {
                                    try (RpcImpl.Caller caller = rpc.caller()) {
                                        caller.check();
                                        Object first = caller.echo();
                                        for (int i = 0; i < 20; i++) {
                                            assertEquals(first, caller.echo());
                                        }
                                        caller.check();
                                        return first;
                                    }
                                }));
            }
            Object first = replies.get(0).get();
            assertNotNull(first);
            for (Future<Object> reply : replies) {
                assertEquals(first, reply.get(), "every caller reads the same echo");
            }
        } finally {
            threads.shutdownNow();
            rpc.stop();
        }
    }
}
