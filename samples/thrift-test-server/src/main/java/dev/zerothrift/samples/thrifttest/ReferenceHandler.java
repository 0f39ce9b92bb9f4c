package dev.zerothrift.samples.thrifttest;

import thrift.test.Insanity;
import thrift.test.Numberz;
import thrift.test.SecondService;
import thrift.test.ThriftTest;
import thrift.test.Xception;
import thrift.test.Xception2;
import thrift.test.Xtruct;
import thrift.test.Xtruct2;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code ThriftTest} and {@code SecondService} answering as Apache's reference test handler does:
 * every {@code testX} echoes its argument, {@code testMapMap}, {@code testInsanity} and {@code
 * testMulti} build the fixed values the cross-language clients check, {@code testException} and
 * {@code testMultiException} throw according to their first argument, and {@code testOneway}
 * sleeps.
 */
public final class ReferenceHandler implements ThriftTest.Handler, SecondService.Handler {
    @Override
    public void testVoid() {}

    @Override
    public String testString(String thing) {
        return thing;
    }

    @Override
    public boolean testBool(boolean thing) {
        return thing;
    }

    @Override
    public byte testByte(byte thing) {
        return thing;
    }

    @Override
    public int testI32(int thing) {
        return thing;
    }

    @Override
    public long testI64(long thing) {
        return thing;
    }

    @Override
    public double testDouble(double thing) {
        return thing;
    }

    @Override
    public ByteBuffer testBinary(ByteBuffer thing) {
        return thing;
    }

    @Override
    public UUID testUuid(UUID thing) {
        return thing;
    }

    @Override
    public Xtruct testStruct(Xtruct thing) {
        return thing;
    }

    @Override
    public Xtruct2 testNest(Xtruct2 thing) {
        return thing;
    }

    @Override
    public Map<Integer, Integer> testMap(Map<Integer, Integer> thing) {
        return thing;
    }

    @Override
    public Map<String, String> testStringMap(Map<String, String> thing) {
        return thing;
    }

    @Override
    public Set<Integer> testSet(Set<Integer> thing) {
        return thing;
    }

    @Override
    public int[] testList(int[] thing) {
        return thing;
    }

    @Override
    public Numberz testEnum(Numberz thing) {
        return thing;
    }

    @Override
    public long testTypedef(long thing) {
        return thing;
    }

    /**
     * {@code {-4 => {-4 => -4, ..., -1 => -1}, 4 => {1 => 1, ..., 4 => 4}}}, whatever {@code
     * hello}.
     */
    @Override
    public Map<Integer, Map<Integer, Integer>> testMapMap(int hello) {
        Map<Integer, Integer> negative = new LinkedHashMap<>();
        Map<Integer, Integer> positive = new LinkedHashMap<>();
        for (int i = 1; i <= 4; i++) {
            negative.put(-i, -i);
            positive.put(i, i);
        }
        Map<Integer, Map<Integer, Integer>> result = new LinkedHashMap<>();
        result.put(-4, negative);
        result.put(4, positive);
        return result;
    }

    /** {@code {1 => {TWO => argument, THREE => argument}, 2 => {SIX => empty Insanity}}}. */
    @Override
    public Map<Long, Map<Numberz, Insanity>> testInsanity(Insanity argument) {
        Map<Numberz, Insanity> first = new LinkedHashMap<>();
        first.put(Numberz.TWO, argument);
        first.put(Numberz.THREE, argument);
        Map<Numberz, Insanity> second = new LinkedHashMap<>();
        second.put(Numberz.SIX, new Insanity());
        Map<Long, Map<Numberz, Insanity>> result = new LinkedHashMap<>();
        result.put(1L, first);
        result.put(2L, second);
        return result;
    }

    /** {@code Xtruct("Hello2", arg0, arg1, arg2)}. */
    @Override
    public Xtruct testMulti(
            byte arg0, int arg1, long arg2, Map<Short, String> arg3, Numberz arg4, long arg5) {
        return new Xtruct()
                .setString_thing("Hello2")
                .setByte_thing(arg0)
                .setI32_thing(arg1)
                .setI64_thing(arg2);
    }

    /**
     * {@code "Xception"}: throws {@code Xception(1001, arg)}; {@code "TException"}: fails with an
     * undeclared exception (the client gets {@code INTERNAL_ERROR}); anything else returns.
     */
    @Override
    public void testException(String arg) throws Xception {
        if (arg.equals("Xception")) {
            throw new Xception().setErrorCode(1001).setMessage(arg);
        }
        if (arg.equals("TException")) {
            throw new IllegalStateException("testException(\"TException\")");
        }
    }

    /**
     * {@code "Xception"}: {@code Xception(1001, "This is an Xception")}; {@code "Xception2"}:
     * {@code Xception2(2002, Xtruct("This is an Xception2"))}; else {@code Xtruct(arg1)}.
     */
    @Override
    public Xtruct testMultiException(String arg0, String arg1) throws Xception, Xception2 {
        if (arg0.equals("Xception")) {
            throw new Xception().setErrorCode(1001).setMessage("This is an Xception");
        }
        if (arg0.equals("Xception2")) {
            throw new Xception2()
                    .setErrorCode(2002)
                    .setStruct_thing(new Xtruct().setString_thing("This is an Xception2"));
        }
        return new Xtruct().setString_thing(arg1);
    }

    @Override
    public void testOneway(int secondsToSleep) {
        try {
            Thread.sleep(secondsToSleep * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String secondtestString(String thing) {
        return "testString(\"" + thing + "\")";
    }
}
