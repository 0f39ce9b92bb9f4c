package dev.zerothrift.codegen;

import dev.zerothrift.idl.schema.Service;
import dev.zerothrift.idl.schema.Service.Function;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Java names of a service's functions. A function's name is used as is for the handlers'
 * methods and the blocking client's, and with {@link #ASYNC} and {@link #VIEW} for the client's
 * other styles, so an IDL name is moved aside (with trailing underscores) when it, or one of its
 * companions, would be a method of {@code Object} ({@code hashCode}, {@code wait}, ...) or a name
 * an earlier function already has ({@code x} and {@code xAsync} both declared).
 *
 * <p>Handlers and clients of a service extend its base's, so the names are allocated over the whole
 * {@code extends} chain, from the root down: a base's own generation, which sees only its own
 * chain, allocates the same names for its functions.
 */
final class ServiceNames {
    static final String ASYNC = "Async";
    static final String VIEW = "View";

    private ServiceNames() {}

    /** The Java names of {@code service}'s own functions, in declaration order. */
    static List<String> of(Service service) {
        Deque<Service> chain = new ArrayDeque<>();
        for (Service s = service; s != null; s = s.base().orElse(null)) {
            chain.addFirst(s);
        }
        Set<String> taken = new HashSet<>(JavaNames.OBJECT_METHODS);
        List<String> names = new ArrayList<>();
        for (Service s : chain) {
            names = new ArrayList<>();
            for (Function function : s.functions()) {
                String name = JavaNames.identifier(function.name());
                while (taken.contains(name)
                        || taken.contains(name + ASYNC)
                        || taken.contains(name + VIEW)) {
                    name = name + "_";
                }
                taken.add(name);
                taken.add(name + ASYNC);
                taken.add(name + VIEW);
                names.add(name);
            }
        }
        return names;
    }
}
