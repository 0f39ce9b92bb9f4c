package dev.zerothrift.rpc.testing;

import dev.zerothrift.rpc.server.ServiceDefinition;
import dev.zerothrift.runtime.protocol.WireType;

import java.util.Arrays;

/**
 * {@code service Blob { binary blob(1: i32 size, 2: i32 fill) }}: replies with {@code size} bytes
 * of {@code fill}, for tests of large replies and back-pressure.
 */
public final class BlobService {
    private BlobService() {}

    public static ServiceDefinition definition() {
        return ServiceDefinition.builder("Blob")
                .method(
                        "blob",
                        call -> {
                            int[] args = EchoService.readTwoInts(call.args());
                            byte[] bytes = new byte[args[0]];
                            Arrays.fill(bytes, (byte) args[1]);
                            call.reply(
                                    out -> {
                                        out.writeStructBegin();
                                        out.writeFieldBegin(WireType.STRING, 0);
                                        out.writeBinary(bytes);
                                        out.writeFieldEnd();
                                        out.writeFieldStop();
                                        out.writeStructEnd();
                                    });
                        })
                .build();
    }
}
