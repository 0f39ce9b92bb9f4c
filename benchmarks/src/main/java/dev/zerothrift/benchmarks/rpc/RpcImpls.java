package dev.zerothrift.benchmarks.rpc;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The RPC implementations by name: {@code views} and {@code pojo} (each caller with a blocking
 * client of its own), {@code views-shared} and {@code pojo-shared} (all callers on one multiplexed
 * connection; not in the default run), and {@code libthrift}, found by its fixed class name (as
 * {@link dev.zerothrift.benchmarks.Impls} finds the codecs): it is built only with the {@code
 * libthrift} profile. {@code main} prints the default names present, comma-separated, for {@code
 * benchmarks/run}'s {@code -p impl=}.
 */
public final class RpcImpls {
    private static final Map<String, Supplier<RpcImpl>> OURS = new LinkedHashMap<>();
    private static final String LIBTHRIFT = "libthrift";
    private static final String LIBTHRIFT_CLASS =
            "dev.zerothrift.benchmarks.libthrift.LibthriftRpc";

    static {
        OURS.put("views", () -> new ViewsRpc(ClientMode.BLOCKING));
        OURS.put("pojo", () -> new PojoRpc(ClientMode.BLOCKING));
        OURS.put("views-shared", () -> new ViewsRpc(ClientMode.SHARED));
        OURS.put("pojo-shared", () -> new PojoRpc(ClientMode.SHARED));
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

    /** A new, unstarted instance of the implementation {@code name}. */
    public static RpcImpl create(String name) {
        Supplier<RpcImpl> ours = OURS.get(name);
        if (ours != null) {
            return ours.get();
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
