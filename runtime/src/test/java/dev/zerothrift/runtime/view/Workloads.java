package dev.zerothrift.runtime.view;

import static dev.zerothrift.runtime.view.Requiredness.DEFAULT;
import static dev.zerothrift.runtime.view.Requiredness.OPTIONAL;

import dev.zerothrift.runtime.view.Model.Bin;
import dev.zerothrift.runtime.view.Model.Dbl;
import dev.zerothrift.runtime.view.Model.Pair;
import dev.zerothrift.runtime.view.Model.Struct;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The types of {@code shared/bench/workloads.thrift} as descriptors, written by hand as a generated
 * view class would hold them, and values of them.
 */
final class Workloads {
    private Workloads() {}

    static final StructDescriptor ANO =
            StructDescriptor.of(
                    "Ano",
                    StructDescriptor.Kind.STRUCT,
                    List.of(new FieldDescriptor(1, "Num", TypeDescriptor.I64, DEFAULT)));

    static final StructDescriptor MY_TEST =
            StructDescriptor.of(
                    "MyTest",
                    StructDescriptor.Kind.STRUCT,
                    List.of(
                            new FieldDescriptor(1, "Num", TypeDescriptor.I64, DEFAULT),
                            new FieldDescriptor(2, "Ano", TypeDescriptor.struct(ANO), DEFAULT),
                            new FieldDescriptor(
                                    3,
                                    "Nums",
                                    TypeDescriptor.listOf(TypeDescriptor.I64),
                                    DEFAULT)));

    static final EnumDescriptor STATUS =
            new EnumDescriptor(
                    "Status",
                    List.of(
                            new EnumDescriptor.Member("ACTIVE", 1),
                            new EnumDescriptor.Member("SUSPENDED", 2),
                            new EnumDescriptor.Member("DELETED", 3)));

    static final StructDescriptor USER =
            StructDescriptor.of(
                    "User",
                    StructDescriptor.Kind.STRUCT,
                    List.of(
                            new FieldDescriptor(1, "id", TypeDescriptor.I64, DEFAULT),
                            new FieldDescriptor(2, "name", TypeDescriptor.STRING, DEFAULT),
                            new FieldDescriptor(3, "email", TypeDescriptor.STRING, DEFAULT),
                            new FieldDescriptor(4, "age", TypeDescriptor.I32, DEFAULT),
                            new FieldDescriptor(5, "active", TypeDescriptor.BOOL, DEFAULT),
                            new FieldDescriptor(6, "score", TypeDescriptor.DOUBLE, DEFAULT),
                            new FieldDescriptor(
                                    7, "status", TypeDescriptor.enumOf(STATUS), DEFAULT),
                            new FieldDescriptor(
                                    8,
                                    "tags",
                                    TypeDescriptor.listOf(TypeDescriptor.STRING),
                                    DEFAULT),
                            new FieldDescriptor(
                                    9,
                                    "attrs",
                                    TypeDescriptor.mapOf(
                                            TypeDescriptor.STRING, TypeDescriptor.STRING),
                                    DEFAULT)));

    static final StructDescriptor REQUEST =
            StructDescriptor.of(
                    "Request",
                    StructDescriptor.Kind.STRUCT,
                    List.of(
                            new FieldDescriptor(1, "requestId", TypeDescriptor.I64, DEFAULT),
                            new FieldDescriptor(2, "method", TypeDescriptor.STRING, DEFAULT),
                            new FieldDescriptor(3, "user", TypeDescriptor.struct(USER), DEFAULT),
                            new FieldDescriptor(
                                    4, "ids", TypeDescriptor.listOf(TypeDescriptor.I64), DEFAULT),
                            new FieldDescriptor(5, "payload", TypeDescriptor.BINARY, DEFAULT),
                            new FieldDescriptor(6, "traceId", TypeDescriptor.STRING, OPTIONAL),
                            new FieldDescriptor(7, "priority", TypeDescriptor.I16, DEFAULT),
                            new FieldDescriptor(
                                    8,
                                    "shards",
                                    TypeDescriptor.listOf(TypeDescriptor.I32),
                                    DEFAULT)));

    static final StructDescriptor BATCH =
            StructDescriptor.of(
                    "Batch",
                    StructDescriptor.Kind.STRUCT,
                    List.of(
                            new FieldDescriptor(
                                    1,
                                    "requests",
                                    TypeDescriptor.listOf(TypeDescriptor.struct(REQUEST)),
                                    DEFAULT)));

    static final StructDescriptor WIDE = wide();

    static final StructDescriptor LISTS =
            StructDescriptor.of(
                    "Lists",
                    StructDescriptor.Kind.STRUCT,
                    List.of(
                            new FieldDescriptor(
                                    1, "longs", TypeDescriptor.listOf(TypeDescriptor.I64), DEFAULT),
                            new FieldDescriptor(
                                    2, "ints", TypeDescriptor.listOf(TypeDescriptor.I32), DEFAULT),
                            new FieldDescriptor(
                                    3,
                                    "doubles",
                                    TypeDescriptor.listOf(TypeDescriptor.DOUBLE),
                                    DEFAULT)));

    private static StructDescriptor wide() {
        List<FieldDescriptor> fields = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            TypeDescriptor t =
                    switch (i % 5) {
                        case 1 -> TypeDescriptor.I64;
                        case 2 -> TypeDescriptor.STRING;
                        case 3 -> TypeDescriptor.I32;
                        case 4 -> TypeDescriptor.DOUBLE;
                        default -> TypeDescriptor.listOf(TypeDescriptor.I64);
                    };
            fields.add(new FieldDescriptor(i, "f" + i, t, DEFAULT));
        }
        return StructDescriptor.of("Wide", StructDescriptor.Kind.STRUCT, fields);
    }

    static Struct user(Random random) {
        List<Object> tags = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            tags.add(Model.randomString(random));
        }
        List<Object> attrs = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            attrs.add(new Pair("k" + i, Model.randomString(random)));
        }
        return new Struct(USER)
                .with(0, random.nextLong())
                .with(1, Model.randomString(random))
                .with(2, "user" + random.nextInt(1000) + "@example.com")
                .with(3, random.nextInt(120))
                .with(4, random.nextBoolean())
                .with(5, new Dbl(random.nextDouble()))
                .with(6, 1 + random.nextInt(3))
                .with(7, tags)
                .with(8, attrs);
    }

    static Struct request(Random random) {
        List<Object> ids = new ArrayList<>();
        for (int i = random.nextInt(20); i > 0; i--) {
            ids.add(random.nextLong());
        }
        List<Object> shards = new ArrayList<>();
        for (int i = random.nextInt(20); i > 0; i--) {
            shards.add(random.nextInt());
        }
        Struct r =
                new Struct(REQUEST)
                        .with(0, random.nextLong())
                        .with(1, "echo")
                        .with(2, user(random))
                        .with(3, ids)
                        .with(4, new Bin(Model.randomBytes(random)))
                        .with(6, (short) random.nextInt(100))
                        .with(7, shards);
        if (random.nextBoolean()) {
            r.with(5, "trace-" + random.nextInt());
        }
        return r;
    }

    static Struct batch(Random random) {
        List<Object> requests = new ArrayList<>();
        for (int i = random.nextInt(8); i > 0; i--) {
            requests.add(request(random));
        }
        return new Struct(BATCH).with(0, requests);
    }

    static Struct myTest(Random random, int count) {
        List<Object> nums = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nums.add(random.nextLong());
        }
        return new Struct(MY_TEST)
                .with(0, random.nextLong())
                .with(1, new Struct(ANO).with(0, random.nextLong()))
                .with(2, nums);
    }

    static Struct wideValue(Random random) {
        Struct w = new Struct(WIDE);
        for (int slot = 0; slot < 50; slot++) {
            w.with(slot, Model.randomValue(random, WIDE.field(slot).type()));
        }
        return w;
    }

    static Struct lists(Random random, int count) {
        List<Object> longs = new ArrayList<>();
        List<Object> ints = new ArrayList<>();
        List<Object> doubles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            longs.add(random.nextLong());
            ints.add(random.nextInt());
            doubles.add(new Dbl(random.nextDouble()));
        }
        return new Struct(LISTS).with(0, longs).with(1, ints).with(2, doubles);
    }
}
