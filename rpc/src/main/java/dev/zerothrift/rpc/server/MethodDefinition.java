package dev.zerothrift.rpc.server;

/**
 * One method of a service.
 *
 * @param name the method name, as in the IDL.
 * @param oneway whether the method is {@code oneway} (called with ONEWAY messages, never replied
 *     to).
 * @param handler what handles its calls.
 */
public record MethodDefinition(String name, boolean oneway, MethodHandler handler) {
    public MethodDefinition {
        if (name == null || name.isEmpty() || name.indexOf(':') >= 0) {
            throw new IllegalArgumentException("not a valid method name: " + name);
        }
        if (handler == null) {
            throw new NullPointerException("handler");
        }
    }
}
