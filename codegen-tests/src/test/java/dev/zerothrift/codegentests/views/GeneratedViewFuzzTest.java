package dev.zerothrift.codegentests.views;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.zerothrift.codegentests.Workloads;
import dev.zerothrift.codegentests.features.Choice;
import dev.zerothrift.codegentests.features.ChoiceView;
import dev.zerothrift.codegentests.features.Nested;
import dev.zerothrift.codegentests.features.NestedView;
import dev.zerothrift.codegentests.features.Presence;
import dev.zerothrift.codegentests.features.PresenceView;
import dev.zerothrift.codegentests.features.V2View;
import dev.zerothrift.codegentests.idl.BatchView;
import dev.zerothrift.codegentests.idl.ListsView;
import dev.zerothrift.codegentests.idl.MyTestView;
import dev.zerothrift.codegentests.idl.RequestView;
import dev.zerothrift.codegentests.idl.UserView;
import dev.zerothrift.codegentests.idl.WideView;
import dev.zerothrift.runtime.codec.FastCodec;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.view.ListView;
import dev.zerothrift.runtime.view.MapView;
import dev.zerothrift.runtime.view.StructView;

import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A Jazzer fuzz test of generated views: {@code wrap} over the fuzzed bytes, then every getter of
 * the generated class (found by reflection: each public method without parameters that reads, and
 * each {@code xAt(i)} for every {@code i} below {@code xSize()}), through nested views, and {@code
 * toPojo}. {@code wrap} may only throw {@link ProtocolException}; once it returned, no getter may
 * throw anything, and {@code toPojo} only a {@link ProtocolException} (for what a POJO cannot
 * hold). Without {@code JAZZER_FUZZ} the fuzz test runs over its saved inputs only; {@link
 * #mutatedMessages} runs the same check over a few thousand mutations of valid messages of every
 * type, so the build covers it either way. To fuzz longer:
 *
 * <pre>
 *   JAZZER_FUZZ=1 mvn -pl codegen-tests test -Dtest='GeneratedViewFuzzTest#wrapAndRead'
 * </pre>
 */
class GeneratedViewFuzzTest {
    private static final List<Function<Protocol, StructView>> TYPES =
            List.of(
                    RequestView::new,
                    UserView::new,
                    BatchView::new,
                    MyTestView::new,
                    WideView::new,
                    ListsView::new,
                    NestedView::new,
                    PresenceView::new,
                    ChoiceView::new,
                    V2View::new);

    /** The first byte picks the type and the protocol; the rest is the message. */
    @FuzzTest(maxDuration = "2m")
    void wrapAndRead(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        Function<Protocol, StructView> type = TYPES.get((input[0] & 0x7f) % TYPES.size());
        Protocol protocol = (input[0] & 0x80) != 0 ? Protocol.COMPACT : Protocol.BINARY;
        drive(type.apply(protocol), Arrays.copyOfRange(input, 1, input.length));
    }

    @Test
    void mutatedMessages() throws Exception {
        Random random = new Random(20261201);
        List<byte[]> valid = new ArrayList<>();
        for (Protocol protocol : Protocol.values()) {
            valid.add(tagged(0, protocol, FastCodec.toByteArray(Workloads.request(200), protocol)));
            Nested nested = new Nested().setChild(new Nested().setId(new java.util.UUID(1, 2)));
            nested.setChoices(List.of(new Choice().setText("x"), new Choice().setNumber(3)));
            nested.setDeep(Map.of("k", List.of(java.util.Set.of(1L, 2L))));
            valid.add(tagged(6, protocol, FastCodec.toByteArray(nested, protocol)));
            Presence presence = new Presence().setId(1).setName("n").setCount(4).setNote("x");
            valid.add(tagged(7, protocol, FastCodec.toByteArray(presence, protocol)));
            valid.add(
                    tagged(
                            8,
                            protocol,
                            FastCodec.toByteArray(new Choice().setPresence(presence), protocol)));
        }
        for (byte[] message : valid) {
            wrapAndRead(message);
            for (int i = 0; i < 500; i++) {
                wrapAndRead(mutate(message, random));
            }
        }
    }

    private static byte[] tagged(int type, Protocol protocol, byte[] message) {
        byte[] input = new byte[message.length + 1];
        input[0] = (byte) (type | (protocol == Protocol.COMPACT ? 0x80 : 0));
        System.arraycopy(message, 0, input, 1, message.length);
        return input;
    }

    private static byte[] mutate(byte[] message, Random random) {
        byte[] m = message.clone();
        switch (random.nextInt(4)) {
            case 0 -> m = Arrays.copyOf(m, 1 + random.nextInt(m.length)); // truncated
            case 1 -> {
                for (int k = random.nextInt(4); k >= 0; k--) {
                    int at = 1 + random.nextInt(m.length - 1);
                    m[at] = (byte) random.nextInt();
                }
            }
            case 2 -> m[1 + random.nextInt(m.length - 1)] = (byte) 0x7f; // a huge length or count
            default -> {
                int at = 1 + random.nextInt(m.length - 1);
                m[at] ^= (byte) (1 << random.nextInt(8));
            }
        }
        return m;
    }

    private static void drive(StructView view, byte[] body) throws Exception {
        try {
            try {
                view.wrap(body, 0, body.length);
            } catch (ProtocolException e) {
                assertTrue(e.offset() >= 0 && e.offset() <= body.length, e.getMessage());
                return;
            }
            readAll(view, 0);
        } finally {
            view.close();
        }
    }

    /** Calls every getter of the generated view {@code view}, into its nested views. */
    private static void readAll(Object view, int depth) throws Exception {
        if (depth > 8) {
            return;
        }
        for (Method m : getters(view.getClass())) {
            Object result;
            if (m.getName().equals("toPojo")) {
                toPojo(m, view);
            } else if (m.getParameterCount() == 0) {
                result = call(m, view);
                follow(result, depth);
            } else {
                Method size = sizeOf(view.getClass(), m.getName());
                int n = (int) call(size, view);
                for (int i = 0; i < n; i++) {
                    follow(call(m, view, i), depth);
                }
            }
        }
    }

    private static void follow(Object result, int depth) throws Exception {
        if (result instanceof StructView nested && result.getClass() != StructView.class) {
            readAll(nested, depth + 1);
        } else if (result instanceof ListView list) {
            list.size();
        } else if (result instanceof MapView map) {
            map.size();
        }
    }

    /**
     * {@code toPojo} decodes with the POJO's fast codec, which refuses what a POJO cannot hold (an
     * enum value the IDL does not declare inside a container, invalid UTF-8): with a {@link
     * ProtocolException}, and nothing else.
     */
    private static void toPojo(Method m, Object view) throws Exception {
        try {
            m.invoke(view);
        } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof ProtocolException)) {
                throw new AssertionError("toPojo threw " + e.getCause(), e.getCause());
            }
        }
    }

    private static Object call(Method m, Object target, Object... args) throws Exception {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new AssertionError(
                    m.getDeclaringClass().getSimpleName()
                            + "."
                            + m.getName()
                            + " threw after a successful wrap: "
                            + cause,
                    cause);
        }
    }

    private static final Map<Class<?>, List<Method>> GETTERS = new ConcurrentHashMap<>();

    /** The reading methods a generated view declares, in a fixed order. */
    private static List<Method> getters(Class<?> c) {
        return GETTERS.computeIfAbsent(
                c,
                k -> {
                    List<Method> out = new ArrayList<>();
                    for (Method m : k.getDeclaredMethods()) {
                        if (!Modifier.isPublic(m.getModifiers())
                                || Modifier.isStatic(m.getModifiers())
                                || m.getReturnType() == void.class
                                || m.getName().startsWith("wrap")
                                || m.getName().startsWith("set")) {
                            continue;
                        }
                        Class<?>[] p = m.getParameterTypes();
                        boolean readsAll = p.length == 0;
                        boolean readsOne =
                                p.length == 1
                                        && p[0] == int.class
                                        && m.getName().endsWith("At")
                                        && !m.getName().endsWith("RemoveAt")
                                        && !m.getName().endsWith("ReplaceAt");
                        if (readsAll || readsOne) {
                            out.add(m);
                        }
                    }
                    out.sort(Comparator.comparing(Method::getName));
                    return out;
                });
    }

    /** {@code xSize()} for {@code xAt}, {@code xKeyAt} or {@code xValueAt}. */
    private static Method sizeOf(Class<?> c, String at) throws NoSuchMethodException {
        String base = at.substring(0, at.length() - 2);
        if (base.endsWith("Key")) {
            base = base.substring(0, base.length() - 3);
        } else if (base.endsWith("Value")) {
            base = base.substring(0, base.length() - 5);
        }
        return c.getMethod(base + "Size");
    }
}
