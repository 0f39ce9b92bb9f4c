package dev.zerothrift.processor;

import dev.zerothrift.codegen.GeneratorOptions;
import dev.zerothrift.codegen.GeneratorOptions.Artifact;

import java.util.EnumSet;

import javax.lang.model.util.Elements;

/**
 * Service code needs the rpc module: a compilation without it on its classpath gets no service code
 * (rather than generated files that do not compile), whatever the options ask for.
 */
final class RpcOnClasspath {
    private static final String RPC_CLIENT = "dev.zerothrift.rpc.client.RpcClient";

    private RpcOnClasspath() {}

    static GeneratorOptions adjust(GeneratorOptions options, Elements elements) {
        if (!options.generates(Artifact.SERVICES) || elements.getTypeElement(RPC_CLIENT) != null) {
            return options;
        }
        EnumSet<Artifact> artifacts = EnumSet.noneOf(Artifact.class);
        artifacts.addAll(options.artifacts());
        artifacts.remove(Artifact.SERVICES);
        return options.withArtifacts(artifacts);
    }
}
