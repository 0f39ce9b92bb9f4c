package dev.zerothrift.idl.internal;

import dev.zerothrift.idl.schema.ConstValue;
import dev.zerothrift.idl.schema.Field;
import dev.zerothrift.idl.schema.Requiredness;
import dev.zerothrift.idl.schema.ThriftType;
import dev.zerothrift.idl.syntax.FieldElement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links one field list (a struct's fields, a function's parameters or its throws) as the Apache
 * compiler does: a missing id, or a non-positive one without {@code allowNegativeFieldIds}, gets
 * the next implicit id counting down from -1 (with a warning); ids and names must be unique; union
 * members are optional; {@code optional} is ignored on parameters.
 */
final class FieldLinker {
    private final Linker linker;
    private final ConstTyper typer;
    private final ErrorCollector errors;
    private final boolean allowNegativeFieldIds;

    FieldLinker(
            Linker linker, ConstTyper typer, ErrorCollector errors, boolean allowNegativeFieldIds) {
        this.linker = linker;
        this.typer = typer;
        this.errors = errors;
        this.allowNegativeFieldIds = allowNegativeFieldIds;
    }

    /** Where a field list is: each has its own rules. */
    enum Kind {
        STRUCT,
        UNION,
        EXCEPTION,
        ARGS,
        THROWS
    }

    List<Field> fields(List<FieldElement> elements, Kind list) {
        List<Field> fields = new ArrayList<>();
        Map<Integer, String> ids = new HashMap<>();
        Set<String> names = new HashSet<>();
        int next = -1; // Apache's y_field_val: implicit ids count down from -1
        for (FieldElement f : elements) {
            int id;
            boolean implicit;
            if (f.id() == null) {
                id = next--;
                implicit = true;
                errors.warning(
                        f.location(),
                        "no field id for %s: Apache assigns %d, which may conflict or break"
                                + " compatibility when fields change",
                        f.name(),
                        id);
            } else if (f.id() <= 0 && !allowNegativeFieldIds) {
                id = next--;
                implicit = true;
                errors.warning(
                        f.idLocation(),
                        "field id must be positive: %d (Apache assigns %s the id %d)",
                        f.id(),
                        f.name(),
                        id);
            } else if (f.id() < Short.MIN_VALUE || f.id() > Short.MAX_VALUE) {
                errors.error(f.idLocation(), "field id out of range: %d", f.id());
                continue;
            } else {
                id = (int) (long) f.id();
                implicit = false;
                if (id <= 0) {
                    next = id - 1;
                }
            }
            if (id < Short.MIN_VALUE) {
                errors.error(f.location(), "field id out of range: %d", id);
                continue;
            }
            String previous = ids.putIfAbsent(id, f.name());
            if (previous != null) {
                errors.error(
                        f.idLocation() != null ? f.idLocation() : f.location(),
                        "duplicate field id: %d (%s and %s)",
                        id,
                        previous,
                        f.name());
                continue;
            }
            if (!names.add(f.name())) {
                errors.error(f.location(), "duplicate field name: %s", f.name());
                continue;
            }
            Requiredness requiredness =
                    switch (f.requiredness()) {
                        case "required" -> Requiredness.REQUIRED;
                        case "optional" -> Requiredness.OPTIONAL;
                        default -> Requiredness.DEFAULT;
                    };
            if (list == Kind.UNION) {
                if (requiredness == Requiredness.REQUIRED) {
                    errors.error(f.location(), "union field cannot be required: %s", f.name());
                }
                requiredness = Requiredness.OPTIONAL; // as Apache: union members are optional
            } else if (list == Kind.ARGS && requiredness == Requiredness.OPTIONAL) {
                errors.warning(f.location(), "optional is ignored in argument lists: %s", f.name());
                requiredness = Requiredness.DEFAULT;
            }
            ThriftType type = linker.fieldType(f);
            if (type == null) {
                continue;
            }
            Optional<ConstValue> defaultValue = Optional.empty();
            if (f.defaultValue() != null) {
                ConstValue value = typer.value(f.defaultValue(), type, f.name());
                if (value == null) {
                    continue;
                }
                defaultValue = Optional.of(value);
            }
            fields.add(
                    new Field(
                            id,
                            implicit,
                            f.name(),
                            requiredness,
                            type,
                            defaultValue,
                            f.doc(),
                            Linker.annotations(f.annotations()),
                            f.location()));
        }
        return fields;
    }
}
