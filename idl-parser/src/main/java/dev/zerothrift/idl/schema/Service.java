package dev.zerothrift.idl.schema;

import dev.zerothrift.idl.Location;

import java.util.List;
import java.util.Optional;

/** A {@code service}; {@code base} is the service it {@code extends}, already resolved. */
public record Service(
        String name,
        String program,
        Optional<Service> base,
        List<Function> functions,
        String doc,
        Annotations annotations,
        Location location)
        implements Definition {
    /**
     * A function.
     *
     * @param returnType empty for {@code void}.
     * @param params the arguments, as fields of the implicit {@code name_args} struct.
     * @param exceptions the {@code throws} clause, as fields whose types are exceptions.
     */
    public record Function(
            String name,
            boolean oneway,
            Optional<ThriftType> returnType,
            List<Field> params,
            List<Field> exceptions,
            String doc,
            Annotations annotations,
            Location location) {
        public Function {
            params = List.copyOf(params);
            exceptions = List.copyOf(exceptions);
        }
    }

    public Service {
        functions = List.copyOf(functions);
    }

    /** This service's functions followed by those inherited, nearest first. */
    public List<Function> allFunctions() {
        var all = new java.util.ArrayList<>(functions);
        base.ifPresent(b -> all.addAll(b.allFunctions()));
        return all;
    }
}
