package dev.zerothrift.processor;

import dev.zerothrift.codegen.GeneratorOptions;

import java.util.EnumSet;
import java.util.Set;

import javax.lang.model.element.AnnotationMirror;

/**
 * The generator options an annotation asks for: {@code views}, {@code fastCodecs}, {@code services}
 * and {@code fieldOrder}, which {@code @ThriftIdl} and {@code @ThriftProgram} share.
 */
final class OptionsFromAnnotation {
    private OptionsFromAnnotation() {}

    static GeneratorOptions read(
            Mirrors mirrors, AnnotationMirror mirror, boolean includedPrograms) {
        Set<GeneratorOptions.Artifact> artifacts = EnumSet.noneOf(GeneratorOptions.Artifact.class);
        if (mirrors.bool(mirror, "fastCodecs")) {
            artifacts.add(GeneratorOptions.Artifact.FAST_CODECS);
        }
        if (mirrors.bool(mirror, "views")) {
            artifacts.add(GeneratorOptions.Artifact.VIEWS);
        }
        if (mirrors.bool(mirror, "services")) {
            artifacts.add(GeneratorOptions.Artifact.SERVICES);
        }
        return new GeneratorOptions(
                artifacts,
                GeneratorOptions.FieldOrder.valueOf(mirrors.enumConstant(mirror, "fieldOrder")),
                includedPrograms);
    }
}
