package dev.zerothrift.samples.thrifttest;

import thrift.test.SecondService;
import thrift.test.ThriftTest;
import thrift.test.Xception;
import thrift.test.Xception2;
import thrift.test.XtructView;

/**
 * {@link ReferenceHandler}'s answers on the view path: every args struct is read through its view
 * over the received frame and every result written with the result writer into the reply's chain.
 * Scalars, strings, binaries and {@code testStruct} are echoed field by field; the containers and
 * nested structs of the other methods are converted from their views ({@code toPojo}) and written
 * with their fast codecs, and the fixed answers come from the {@code ReferenceHandler}.
 */
public final class ViewReferenceHandler
        implements ThriftTest.ViewHandler, SecondService.ViewHandler {
    private final ReferenceHandler reference = new ReferenceHandler();

    @Override
    public void testVoid(ThriftTest.testVoid_argsView args, ThriftTest.testVoid_reply reply) {
        reply.success();
    }

    @Override
    public void testString(ThriftTest.testString_argsView args, ThriftTest.testString_reply reply) {
        reply.success(args.thing());
    }

    @Override
    public void testBool(ThriftTest.testBool_argsView args, ThriftTest.testBool_reply reply) {
        reply.success(args.thing());
    }

    @Override
    public void testByte(ThriftTest.testByte_argsView args, ThriftTest.testByte_reply reply) {
        reply.success(args.thing());
    }

    @Override
    public void testI32(ThriftTest.testI32_argsView args, ThriftTest.testI32_reply reply) {
        reply.success(args.thing());
    }

    @Override
    public void testI64(ThriftTest.testI64_argsView args, ThriftTest.testI64_reply reply) {
        reply.success(args.thing());
    }

    @Override
    public void testDouble(ThriftTest.testDouble_argsView args, ThriftTest.testDouble_reply reply) {
        reply.success(args.thing());
    }

    @Override
    public void testBinary(ThriftTest.testBinary_argsView args, ThriftTest.testBinary_reply reply) {
        reply.success(args.thingBytes());
    }

    @Override
    public void testUuid(ThriftTest.testUuid_argsView args, ThriftTest.testUuid_reply reply) {
        reply.success(args.thing());
    }

    @Override
    public void testStruct(ThriftTest.testStruct_argsView args, ThriftTest.testStruct_reply reply) {
        XtructView thing = args.thing();
        reply.send(
                result -> {
                    var echo = result.beginSuccess();
                    if (thing.hasString_thing()) {
                        echo.string_thing(thing.string_thing());
                    }
                    if (thing.hasByte_thing()) {
                        echo.byte_thing(thing.byte_thing());
                    }
                    if (thing.hasI32_thing()) {
                        echo.i32_thing(thing.i32_thing());
                    }
                    if (thing.hasI64_thing()) {
                        echo.i64_thing(thing.i64_thing());
                    }
                    echo.end();
                });
    }

    @Override
    public void testNest(ThriftTest.testNest_argsView args, ThriftTest.testNest_reply reply) {
        reply.success(args.thing().toPojo());
    }

    @Override
    public void testMap(ThriftTest.testMap_argsView args, ThriftTest.testMap_reply reply) {
        reply.success(args.toPojo().getThing());
    }

    @Override
    public void testStringMap(
            ThriftTest.testStringMap_argsView args, ThriftTest.testStringMap_reply reply) {
        reply.success(args.toPojo().getThing());
    }

    @Override
    public void testSet(ThriftTest.testSet_argsView args, ThriftTest.testSet_reply reply) {
        reply.success(args.toPojo().getThing());
    }

    @Override
    public void testList(ThriftTest.testList_argsView args, ThriftTest.testList_reply reply) {
        reply.success(args.toPojo().getThing());
    }

    @Override
    public void testEnum(ThriftTest.testEnum_argsView args, ThriftTest.testEnum_reply reply) {
        reply.success(args.thing());
    }

    @Override
    public void testTypedef(
            ThriftTest.testTypedef_argsView args, ThriftTest.testTypedef_reply reply) {
        reply.success(args.thing());
    }

    @Override
    public void testMapMap(ThriftTest.testMapMap_argsView args, ThriftTest.testMapMap_reply reply) {
        reply.success(reference.testMapMap(args.hello()));
    }

    @Override
    public void testInsanity(
            ThriftTest.testInsanity_argsView args, ThriftTest.testInsanity_reply reply) {
        reply.success(reference.testInsanity(args.argument().toPojo()));
    }

    @Override
    public void testMulti(ThriftTest.testMulti_argsView args, ThriftTest.testMulti_reply reply) {
        reply.success(
                reference.testMulti(
                        args.arg0(), args.arg1(), args.arg2(), null, null, args.arg5()));
    }

    @Override
    public void testException(
            ThriftTest.testException_argsView args, ThriftTest.testException_reply reply)
            throws Xception {
        reference.testException(args.arg());
        reply.success();
    }

    @Override
    public void testMultiException(
            ThriftTest.testMultiException_argsView args, ThriftTest.testMultiException_reply reply)
            throws Xception, Xception2 {
        reply.success(reference.testMultiException(args.arg0(), args.arg1()));
    }

    @Override
    public void testOneway(ThriftTest.testOneway_argsView args) {
        reference.testOneway(args.secondsToSleep());
    }

    @Override
    public void secondtestString(
            SecondService.secondtestString_argsView args,
            SecondService.secondtestString_reply reply) {
        reply.success(reference.secondtestString(args.thing()));
    }
}
