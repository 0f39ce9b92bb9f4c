"""A small ThriftTest client on Debian's python3-thrift and code from Debian's `thrift --gen py`.

    test_client.py --gen DIR --port N --protocol binary|compact --transport buffered|framed

Calls a representative set of ThriftTest and SecondService methods and checks each answer as
Apache's cross-language clients do; prints one line per check and exits non-zero on the first
mismatch.
"""
import argparse
import sys
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gen", required=True, help="directory holding the generated ThriftTest package")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--protocol", choices=["binary", "compact"], default="binary")
    parser.add_argument("--transport", choices=["buffered", "framed"], default="buffered")
    args = parser.parse_args()
    sys.path.insert(0, args.gen)

    from thrift.protocol import TBinaryProtocol, TCompactProtocol, TMultiplexedProtocol
    from thrift.transport import TSocket, TTransport
    from thrift.Thrift import TApplicationException
    from ThriftTest import SecondService, ThriftTest
    from ThriftTest.ttypes import Insanity, Numberz, Xception, Xception2, Xtruct, Xtruct2

    socket = TSocket.TSocket(args.host, args.port)
    socket.setTimeout(10000)
    transport = (TTransport.TFramedTransport(socket) if args.transport == "framed"
                 else TTransport.TBufferedTransport(socket))
    protocol = (TBinaryProtocol.TBinaryProtocol(transport) if args.protocol == "binary"
                else TCompactProtocol.TCompactProtocol(transport))
    client = ThriftTest.Client(protocol)
    multiplexed = ThriftTest.Client(TMultiplexedProtocol.TMultiplexedProtocol(protocol, "ThriftTest"))
    second = SecondService.Client(TMultiplexedProtocol.TMultiplexedProtocol(protocol, "SecondService"))
    transport.open()

    checks = 0

    def check(what, got, expected):
        nonlocal checks
        if got != expected:
            print("FAIL %s: got %r, expected %r" % (what, got, expected))
            sys.exit(1)
        checks += 1
        print("ok %s" % what)

    check("testVoid", client.testVoid(), None)
    check("testString", client.testString("Hello ✓ wörld"), "Hello ✓ wörld")
    check("testString empty", client.testString(""), "")
    check("testBool", client.testBool(True), True)
    check("testByte", client.testByte(-1), -1)
    check("testI32", client.testI32(-2147483648), -2147483648)
    check("testI64", client.testI64(-34359738368), -34359738368)
    check("testDouble", client.testDouble(-5.2098523), -5.2098523)
    check("testBinary", client.testBinary(bytes(range(256))), bytes(range(256)))
    xtruct = Xtruct(string_thing="Zero", byte_thing=1, i32_thing=-3, i64_thing=-5)
    check("testStruct", client.testStruct(xtruct), xtruct)
    nest = Xtruct2(byte_thing=1, struct_thing=xtruct, i32_thing=5)
    check("testNest", client.testNest(nest), nest)
    check("testMap", client.testMap({0: -10, 1: -9, 4: -6}), {0: -10, 1: -9, 4: -6})
    check("testStringMap", client.testStringMap({"a": "2", "b": "blah"}), {"a": "2", "b": "blah"})
    check("testSet", client.testSet({-2, -1, 0, 1, 2}), {-2, -1, 0, 1, 2})
    check("testList", client.testList([-2, -1, 0, 1, 2]), [-2, -1, 0, 1, 2])
    check("testEnum", client.testEnum(Numberz.FIVE), Numberz.FIVE)
    check("testTypedef", client.testTypedef(309858235082523), 309858235082523)
    check("testMapMap", client.testMapMap(1),
          {-4: {-4: -4, -3: -3, -2: -2, -1: -1}, 4: {1: 1, 2: 2, 3: 3, 4: 4}})
    argument = Insanity(userMap={Numberz.FIVE: 5, Numberz.EIGHT: 8}, xtructs=[xtruct])
    check("testInsanity", client.testInsanity(argument),
          {1: {Numberz.TWO: argument, Numberz.THREE: argument}, 2: {Numberz.SIX: Insanity()}})
    check("testMulti", client.testMulti(1, 2, 3, {1: "x"}, Numberz.ONE, 6),
          Xtruct(string_thing="Hello2", byte_thing=1, i32_thing=2, i64_thing=3))

    try:
        client.testException("Xception")
        check("testException Xception", "returned", "raised")
    except Xception as e:
        check("testException Xception", (e.errorCode, e.message), (1001, "Xception"))
    try:
        client.testException("TException")
        check("testException TException", "returned", "raised")
    except TApplicationException as e:
        check("testException TException", e.type, TApplicationException.INTERNAL_ERROR)
    check("testException Success", client.testException("Success"), None)
    try:
        client.testMultiException("Xception", "ignored")
        check("testMultiException Xception", "returned", "raised")
    except Xception as e:
        check("testMultiException Xception", (e.errorCode, e.message), (1001, "This is an Xception"))
    try:
        client.testMultiException("Xception2", "ignored")
        check("testMultiException Xception2", "returned", "raised")
    except Xception2 as e:
        check("testMultiException Xception2", (e.errorCode, e.struct_thing.string_thing),
              (2002, "This is an Xception2"))
    # Only string_thing: a Java server writes the unset default-requiredness i8/i32/i64 as 0,
    # as libthrift does, where Python leaves them None.
    check("testMultiException other", client.testMultiException("Other", "test 5").string_thing,
          "test 5")

    start = time.time()
    client.testOneway(1)
    check("testOneway returns at once", time.time() - start < 0.5, True)
    check("after testOneway", client.testI32(42), 42)

    check("multiplexed ThriftTest:testString", multiplexed.testString("mux"), "mux")
    check("SecondService:secondtestString", second.secondtestString("foo"), 'testString("foo")')

    transport.close()
    print("%d checks passed over %s/%s" % (checks, args.transport, args.protocol))


if __name__ == "__main__":
    main()
