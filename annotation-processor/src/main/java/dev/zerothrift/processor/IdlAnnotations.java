package dev.zerothrift.processor;

import dev.zerothrift.codegen.GeneratorOptions;
import dev.zerothrift.codegen.ThriftGenerator;
import dev.zerothrift.idl.Diagnostic;
import dev.zerothrift.idl.LoadResult;
import dev.zerothrift.idl.SchemaLoader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Handles one {@code @ThriftIdl}: finds the files, loads them, and generates their code; every
 * problem (a file not found, an error in the IDL) is reported on the annotation.
 */
final class IdlAnnotations {
    private final Mirrors mirrors;
    private final Messager messager;
    private final Filer filer;
    private final IdlFiles files;
    private final Map<String, String> written;

    IdlAnnotations(
            Mirrors mirrors,
            Messager messager,
            Filer filer,
            IdlFiles files,
            Map<String, String> written) {
        this.mirrors = mirrors;
        this.messager = messager;
        this.filer = filer;
        this.files = files;
        this.written = written;
    }

    void generate(Element element, AnnotationMirror mirror) throws IOException {
        AnnotationValue pathsValue =
                Mirrors.written(mirror, "value").orElse(mirrors.value(mirror, "value"));
        List<Path> found = new ArrayList<>();
        Set<Path> roots = new LinkedHashSet<>();
        boolean missing = false;
        for (String resource : mirrors.strings(mirror, "value")) {
            Optional<Path> path = files.find(resource);
            if (path.isPresent()) {
                found.add(path.get());
                roots.add(IdlFiles.rootOf(path.get(), resource));
            } else {
                missing = true;
                messager.printMessage(
                        Kind.ERROR,
                        "IDL file not found on the source path, class output or class path: "
                                + resource,
                        element,
                        mirror,
                        pathsValue);
            }
        }
        if (missing) {
            return;
        }
        // Includes resolve from the including file's directory, then from the roots the named
        // files were found under (as the Maven plugin puts the source directory on the path).
        LoadResult result =
                SchemaLoader.builder().includePath(List.copyOf(roots)).build().load(found);
        for (Diagnostic d : result.diagnostics()) {
            messager.printMessage(
                    d.severity() == Diagnostic.Severity.ERROR ? Kind.ERROR : Kind.WARNING,
                    d.headline(),
                    element,
                    mirror,
                    pathsValue);
        }
        if (result.hasErrors()) {
            return;
        }
        new ThriftGenerator(options(mirror))
                .generate(
                        result.schema().orElseThrow(),
                        new FilerOutput(filer, messager, written, element));
    }

    private GeneratorOptions options(AnnotationMirror mirror) {
        return RpcOnClasspath.adjust(
                OptionsFromAnnotation.read(
                        mirrors, mirror, mirrors.bool(mirror, "generateIncluded")),
                mirrors.elements());
    }
}
