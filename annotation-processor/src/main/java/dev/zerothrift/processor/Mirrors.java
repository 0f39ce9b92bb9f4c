package dev.zerothrift.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Reads our annotations from elements through their mirrors, by qualified name, with the
 * annotation's defaults filled in.
 */
final class Mirrors {
    private final Elements elements;

    Mirrors(Elements elements) {
        this.elements = elements;
    }

    Elements elements() {
        return elements;
    }

    /** The annotation named {@code qualifiedName} on {@code element}, if present. */
    static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** The value of {@code name} (its default when not written). */
    AnnotationValue value(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
                elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue();
            }
        }
        throw new IllegalArgumentException(
                "no element " + name + " in " + mirror.getAnnotationType());
    }

    /** The value as written, for pinning a diagnostic on it; empty when it was defaulted. */
    static Optional<AnnotationValue> written(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
                mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    String string(AnnotationMirror mirror, String name) {
        return (String) value(mirror, name).getValue();
    }

    boolean bool(AnnotationMirror mirror, String name) {
        return (Boolean) value(mirror, name).getValue();
    }

    int integer(AnnotationMirror mirror, String name) {
        return ((Number) value(mirror, name).getValue()).intValue();
    }

    /** The simple name of an enum constant value. */
    String enumConstant(AnnotationMirror mirror, String name) {
        return ((VariableElement) value(mirror, name).getValue()).getSimpleName().toString();
    }

    List<String> strings(AnnotationMirror mirror, String name) {
        List<String> strings = new ArrayList<>();
        Object value = value(mirror, name).getValue();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                strings.add((String) ((AnnotationValue) item).getValue());
            }
        } else {
            strings.add((String) value);
        }
        return strings;
    }
}
