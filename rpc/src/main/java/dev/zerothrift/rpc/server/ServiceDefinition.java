package dev.zerothrift.rpc.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service as the server dispatches it: a name (what multiplexed clients put before the colon in
 * {@code Service:method}) and a table of methods. Generated service code builds one from a handler
 * implementation; {@link Builder#inherit} adds the methods of the service it extends.
 */
public final class ServiceDefinition {
    private final String name;
    private final Map<String, MethodDefinition> methods;

    private ServiceDefinition(String name, Map<String, MethodDefinition> methods) {
        this.name = name;
        this.methods = Collections.unmodifiableMap(new LinkedHashMap<>(methods));
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    /** The method called {@code method}, or null. */
    public MethodDefinition method(String method) {
        return methods.get(method);
    }

    /** Every method, in the order they were added. */
    public Map<String, MethodDefinition> methods() {
        return methods;
    }

    @Override
    public String toString() {
        return "service " + name + " " + methods.keySet();
    }

    /** Builds a {@link ServiceDefinition}. */
    public static final class Builder {
        private final String name;
        private final Map<String, MethodDefinition> methods = new LinkedHashMap<>();

        private Builder(String name) {
            if (name == null || name.isEmpty() || name.indexOf(':') >= 0) {
                throw new IllegalArgumentException("not a valid service name: " + name);
            }
            this.name = name;
        }

        /** Adds a two-way method. */
        public Builder method(String method, MethodHandler handler) {
            return add(new MethodDefinition(method, false, handler));
        }

        /** Adds a oneway method. */
        public Builder oneway(String method, MethodHandler handler) {
            return add(new MethodDefinition(method, true, handler));
        }

        /** Adds a method; a method of the same name added earlier is an error. */
        public Builder add(MethodDefinition method) {
            if (methods.putIfAbsent(method.name(), method) != null) {
                throw new IllegalArgumentException(
                        "service " + name + " already has a method " + method.name());
            }
            return this;
        }

        /**
         * Adds the methods of {@code parent} (the service this one {@code extends}) that this one
         * does not define itself.
         */
        public Builder inherit(ServiceDefinition parent) {
            for (MethodDefinition method : parent.methods.values()) {
                methods.putIfAbsent(method.name(), method);
            }
            return this;
        }

        public ServiceDefinition build() {
            return new ServiceDefinition(name, methods);
        }
    }
}
