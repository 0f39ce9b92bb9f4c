package dev.zerothrift.benchmarks.rpc;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The RPC implementations by name. zerothrift's, with the client a real program would use for that
 * many calling threads: {@code views} and {@code pojo} give a lone caller a {@link
 * dev.zerothrift.rpc.client.BlockingRpcClient} of its own (its thread does the I/O) and have many
 * callers share one multiplexed {@link dev.zerothrift.rpc.client.RpcClient}; {@code
 * views-blocking}, {@code pojo-blocking}, {@code views-shared}, {@code pojo-shared}, {@code
 * views-spin} and {@code pojo-spin} use one {@link ClientMode} at every level (not in the default
 * run). {@code libthrift} is found by its fixed class name (as {@link
 * dev.zerothrift.benchmarks.Impls} finds the codecs): it is built only with the {@code libthrift}
 * profile. {@code main} prints the default names present, comma-separated, for {@code
 * benchmarks/run}'s {@code -p impl=}.
 */
public final class RpcImpls {
    private static final Map<String, IntFunction<RpcImpl>> OURS = new LinkedHashMap<>();
    private static final String LIBTHRIFT = "libthrift";
    private static final String LIBTHRIFT_CLASS =
            "dev.zerothrift.benchmarks.libthrift.LibthriftRpc";

    static {
        OURS.put("views", callers -> new ViewsRpc(ClientMode.forCallers(callers)));
        OURS.put("pojo", callers -> new PojoRpc(ClientMode.forCallers(callers)));
        OURS.put("views-blocking", callers -> new ViewsRpc(ClientMode.BLOCKING));
        OURS.put("pojo-blocking", callers -> new PojoRpc(ClientMode.BLOCKING));
        OURS.put("views-shared", callers -> new ViewsRpc(ClientMode.SHARED));
        OURS.put("pojo-shared", callers -> new PojoRpc(ClientMode.SHARED));
        OURS.put("views-spin", callers -> new ViewsRpc(ClientMode.SPINNING));
        OURS.put("pojo-spin", callers -> new PojoRpc(ClientMode.SPINNING));
    }

    private RpcImpls() {}

    /** The names of a default run whose classes are on the classpath, in report order. */
    public static List<String> available() {
        List<String> names = new ArrayList<>(List.of("views", "pojo"));
        try {
            Class.forName(LIBTHRIFT_CLASS, false, RpcImpls.class.getClassLoader());
            names.add(LIBTHRIFT);
        } catch (ClassNotFoundException absent) {
            // not built: left out
        }
        return names;
    }

    /**
     * A new, unstarted instance of the implementation {@code name}, for {@code callers} threads
     * calling at once.
     */
    public static RpcImpl create(String name, int callers) {
        IntFunction<RpcImpl> ours = OURS.get(name);
        if (ours != null) {
            return ours.apply(callers);
        }
        if (!name.equals(LIBTHRIFT)) {
            List<String> known = new ArrayList<>(OURS.keySet());
            known.add(LIBTHRIFT);
            throw new IllegalArgumentException(
                    "no RPC implementation " + name + " (known: " + known + ")");
        }
        String className = LIBTHRIFT_CLASS;
        try {
            return (RpcImpl) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    name
                            + " is not built (libthrift needs the libthrift profile: a thrift"
                            + " compiler at build time)",
                    e);
        } catch (InstantiationException
                | IllegalAccessException
                | NoSuchMethodException
                | InvocationTargetException e) {
            throw new IllegalStateException("cannot create " + className, e);
        }
    }

    public static void main(String[] args) {
        System.out.println(String.join(",", available()));
    }
}
