package dev.zerothrift.rpc.server;

import java.util.Map;

/**
 * The services one server dispatches to: by name for multiplexed calls ({@code Service:method}),
 * and a default service for bare method names.
 */
record ServiceRegistry(Map<String, ServiceDefinition> services, ServiceDefinition defaultService) {
    ServiceRegistry {
        services = Map.copyOf(services);
    }
}
