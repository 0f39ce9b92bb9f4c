package dev.zerothrift.rpc.testing;

import dev.zerothrift.rpc.ApplicationException;
import dev.zerothrift.rpc.StructWriter;
import dev.zerothrift.rpc.client.ResponseReader;
import dev.zerothrift.rpc.server.ServerCall;
import dev.zerothrift.rpc.server.ServiceDefinition;
import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.protocol.ProtocolReader;
import dev.zerothrift.runtime.protocol.ProtocolWriter;
import dev.zerothrift.runtime.protocol.WireType;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A test service written the way generated service code will be: args and result structs read and
 * written with the protocol calls, one {@link dev.zerothrift.rpc.server.MethodHandler} per method.
 *
 * <pre>
 *   service Echo {
 *     string echo(1: required string text)
 *     i32 add(1: i32 a, 2: i32 b)
 *     string fail(1: string why) throws (1: Oops oops)
 *     string boom()                                // the handler throws: INTERNAL_ERROR
 *     i64 delay(1: i32 millis, 2: i64 token)       // replies with token after millis, async
 *     string async(1: string text) throws (1: Oops oops)  // upper case, from a future
 *     oneway void notify(1: string text)
 *   }
 * </pre>
 */
public final class EchoService {
    public static final String NAME = "Echo";
    public static final String ECHO = "echo";
    public static final String ADD = "add";
    public static final String FAIL = "fail";
    public static final String BOOM = "boom";
    public static final String DELAY = "delay";
    public static final String NOTIFY = "notify";
    public static final String ASYNC = "async";

    /** What {@code notify} received. */
    public final BlockingQueue<String> notified = new LinkedBlockingQueue<>();

    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(
                    r -> {
                        Thread t = new Thread(r, "echo-timer");
                        t.setDaemon(true);
                        return t;
                    });

    /** The service, named {@code name}. */
    public ServiceDefinition definition(String name) {
        return ServiceDefinition.builder(name)
                .method(
                        ECHO,
                        call -> {
                            String text = readStringArg(call.args());
                            if (text == null) { // a required field, checked as generated code will
                                throw new ProtocolException(
                                        ProtocolException.Kind.MISSING_REQUIRED,
                                        -1,
                                        "required field text is missing");
                            }
                            call.reply(out -> writeStringResult(out, text));
                        })
                .method(
                        ADD,
                        call -> {
                            int[] ab = readTwoInts(call.args());
                            call.reply(out -> writeI32Result(out, ab[0] + ab[1]));
                        })
                .method(
                        FAIL,
                        call -> {
                            String why = readStringArg(call.args());
                            call.reply(out -> writeOopsResult(out, why));
                        })
                .method(
                        BOOM,
                        call -> {
                            throw new IllegalStateException("boom");
                        })
                .method(DELAY, this::delay)
                .method(
                        ASYNC,
                        call -> {
                            String text = readStringArg(call.args());
                            call.replyWhen(
                                    CompletableFuture.supplyAsync(
                                            () -> {
                                                if (text.startsWith("oops")) {
                                                    throw new CompletionException(new Oops(text));
                                                }
                                                if (text.startsWith("bug")) {
                                                    throw new IllegalStateException(text);
                                                }
                                                return text.toUpperCase(java.util.Locale.ROOT);
                                            },
                                            timer),
                                    (value, error) ->
                                            error == null
                                                    ? out -> writeStringResult(out, value)
                                                    : error instanceof Oops o
                                                            ? out ->
                                                                    writeOopsResult(
                                                                            out, o.getMessage())
                                                            : null);
                        })
                .oneway(
                        NOTIFY,
                        call -> {
                            notified.add(readStringArg(call.args()));
                            call.reply(out -> {});
                        })
                .build();
    }

    private void delay(ServerCall call) {
        ProtocolReader in = call.args();
        int millis = 0;
        long token = 0;
        in.readStructBegin();
        for (byte t; (t = in.readFieldBegin()) != WireType.STOP; ) {
            if (in.fieldId() == 1 && t == WireType.I32) {
                millis = in.readI32();
            } else if (in.fieldId() == 2 && t == WireType.I64) {
                token = in.readI64();
            } else {
                in.skip(t);
            }
        }
        in.readStructEnd();
        call.releaseRequest(); // decoded: the request's bytes can go back now
        long result = token;
        if (millis <= 0) {
            call.reply(out -> writeI64Result(out, result));
            return;
        }
        timer.schedule(
                () -> call.reply(out -> writeI64Result(out, result)),
                millis,
                TimeUnit.MILLISECONDS);
    }

    public void stop() {
        timer.shutdownNow();
    }

    // ---------------------------------------------------------------- server side

    public static String readStringArg(ProtocolReader in) {
        String text = null;
        in.readStructBegin();
        for (byte t; (t = in.readFieldBegin()) != WireType.STOP; ) {
            if (in.fieldId() == 1 && t == WireType.STRING) {
                text = in.readString();
            } else {
                in.skip(t);
            }
        }
        in.readStructEnd();
        return text;
    }

    public static int[] readTwoInts(ProtocolReader in) {
        int[] ab = new int[2];
        in.readStructBegin();
        for (byte t; (t = in.readFieldBegin()) != WireType.STOP; ) {
            if ((in.fieldId() == 1 || in.fieldId() == 2) && t == WireType.I32) {
                ab[in.fieldId() - 1] = in.readI32();
            } else {
                in.skip(t);
            }
        }
        in.readStructEnd();
        return ab;
    }

    static void writeStringResult(ProtocolWriter out, String value) {
        out.writeStructBegin();
        if (value != null) {
            out.writeFieldBegin(WireType.STRING, 0);
            out.writeString(value);
            out.writeFieldEnd();
        }
        out.writeFieldStop();
        out.writeStructEnd();
    }

    static void writeI32Result(ProtocolWriter out, int value) {
        out.writeStructBegin();
        out.writeFieldBegin(WireType.I32, 0);
        out.writeI32(value);
        out.writeFieldEnd();
        out.writeFieldStop();
        out.writeStructEnd();
    }

    static void writeI64Result(ProtocolWriter out, long value) {
        out.writeStructBegin();
        out.writeFieldBegin(WireType.I64, 0);
        out.writeI64(value);
        out.writeFieldEnd();
        out.writeFieldStop();
        out.writeStructEnd();
    }

    static void writeOopsResult(ProtocolWriter out, String why) {
        out.writeStructBegin();
        out.writeFieldBegin(WireType.STRUCT, 1);
        out.writeStructBegin();
        out.writeFieldBegin(WireType.STRING, 1);
        out.writeString(why);
        out.writeFieldEnd();
        out.writeFieldStop();
        out.writeStructEnd();
        out.writeFieldEnd();
        out.writeFieldStop();
        out.writeStructEnd();
    }

    // ---------------------------------------------------------------- client side

    public static StructWriter stringArgs(String text) {
        return out -> {
            out.writeStructBegin();
            out.writeFieldBegin(WireType.STRING, 1);
            out.writeString(text);
            out.writeFieldEnd();
            out.writeFieldStop();
            out.writeStructEnd();
        };
    }

    public static StructWriter intArgs(int a, int b) {
        return out -> {
            out.writeStructBegin();
            out.writeFieldBegin(WireType.I32, 1);
            out.writeI32(a);
            out.writeFieldEnd();
            out.writeFieldBegin(WireType.I32, 2);
            out.writeI32(b);
            out.writeFieldEnd();
            out.writeFieldStop();
            out.writeStructEnd();
        };
    }

    public static StructWriter delayArgs(int millis, long token) {
        return out -> {
            out.writeStructBegin();
            out.writeFieldBegin(WireType.I32, 1);
            out.writeI32(millis);
            out.writeFieldEnd();
            out.writeFieldBegin(WireType.I64, 2);
            out.writeI64(token);
            out.writeFieldEnd();
            out.writeFieldStop();
            out.writeStructEnd();
        };
    }

    public static final StructWriter NO_ARGS =
            out -> {
                out.writeStructBegin();
                out.writeFieldStop();
                out.writeStructEnd();
            };

    /** Reads a result struct whose field 0 is a string and field 1 an {@link Oops}. */
    public static final ResponseReader<String> STRING_RESULT =
            reply -> {
                ProtocolReader in = reply.result();
                String success = null;
                Oops oops = null;
                in.readStructBegin();
                for (byte t; (t = in.readFieldBegin()) != WireType.STOP; ) {
                    if (in.fieldId() == 0 && t == WireType.STRING) {
                        success = in.readString();
                    } else if (in.fieldId() == 1 && t == WireType.STRUCT) {
                        oops = new Oops(readStringArg(in));
                    } else {
                        in.skip(t);
                    }
                }
                in.readStructEnd();
                if (success != null) {
                    return success;
                }
                if (oops != null) {
                    throw oops;
                }
                throw new ApplicationException(
                        ApplicationException.Type.MISSING_RESULT,
                        reply.method() + " failed: unknown result");
            };

    public static final ResponseReader<Integer> I32_RESULT =
            reply -> (int) readNumber(reply.result());

    public static final ResponseReader<Long> I64_RESULT = reply -> readNumber(reply.result());

    private static long readNumber(ProtocolReader in) {
        Long value = null;
        in.readStructBegin();
        for (byte t; (t = in.readFieldBegin()) != WireType.STOP; ) {
            if (in.fieldId() == 0 && t == WireType.I32) {
                value = (long) in.readI32();
            } else if (in.fieldId() == 0 && t == WireType.I64) {
                value = in.readI64();
            } else {
                in.skip(t);
            }
        }
        in.readStructEnd();
        if (value == null) {
            throw new ApplicationException(
                    ApplicationException.Type.MISSING_RESULT, "unknown result");
        }
        return value;
    }
}
