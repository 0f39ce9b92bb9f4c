package dev.zerothrift.benchmarks.rpc;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The RPC implementations by name, found by fixed class names (as {@link
 * dev.zerothrift.benchmarks.Impls} finds the codecs): {@code libthrift} is built only with the
 * {@code libthrift} profile. {@code main} prints the names present, comma-separated, for {@code
 * benchmarks/run}'s {@code -p impl=}.
 */
public final class RpcImpls {
    private static final Map<String, String> CLASSES = new LinkedHashMap<>();

    static {
        CLASSES.put("views", "dev.zerothrift.benchmarks.rpc.ViewsRpc");
        CLASSES.put("pojo", "dev.zerothrift.benchmarks.rpc.PojoRpc");
        CLASSES.put("libthrift", "dev.zerothrift.benchmarks.libthrift.LibthriftRpc");
    }

    private RpcImpls() {}

    /** The names whose classes are on the classpath, in report order. */
    public static List<String> available() {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, String> e : CLASSES.entrySet()) {
            try {
                Class.forName(e.getValue(), false, RpcImpls.class.getClassLoader());
                names.add(e.getKey());
            } catch (ClassNotFoundException absent) {
                // not built: left out
            }
        }
        return names;
    }

    /** A new, unstarted instance of the implementation {@code name}. */
    public static RpcImpl create(String name) {
        String className = CLASSES.get(name);
        if (className == null) {
            throw new IllegalArgumentException(
                    "no RPC implementation " + name + " (known: " + CLASSES.keySet() + ")");
        }
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
