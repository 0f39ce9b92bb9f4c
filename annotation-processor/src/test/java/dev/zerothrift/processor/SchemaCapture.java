package dev.zerothrift.processor;

import dev.zerothrift.codegen.GeneratorOptions;
import dev.zerothrift.idl.schema.Schema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** A test processor that keeps the schema {@link JavaFirstSchema} builds in the first round. */
final class SchemaCapture extends AbstractProcessor {
    Optional<Schema> schema = Optional.empty();
    Map<Path, GeneratorOptions> options = Map.of();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.processingOver() || schema.isPresent()) {
            return false;
        }
        List<TypeElement> types = new ArrayList<>();
        for (String name :
                List.of(AnnotationNames.STRUCT, AnnotationNames.ENUM, AnnotationNames.SERVICE)) {
            TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
            for (Element e : round.getElementsAnnotatedWith(annotation)) {
                types.add((TypeElement) e);
            }
        }
        types.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
        JavaFirstSchema.Result result =
                new JavaFirstSchema(
                                new Mirrors(processingEnv.getElementUtils()),
                                processingEnv.getMessager(),
                                processingEnv.getElementUtils(),
                                processingEnv.getTypeUtils())
                        .build(types);
        schema = result.schema();
        options = result.options();
        return false;
    }
}
