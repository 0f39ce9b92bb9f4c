package dev.zerothrift.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put by the generator on every struct, union, exception and enum class it writes: which Thrift
 * definition the class is. Users do not write it.
 *
 * <p>It lets a later compilation know a class from a class file alone (the annotation processor
 * resolving a generated type named by a Java-first field, tools reflecting over a jar) without
 * guessing from names or packages. Kept at run time for the tools.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ThriftGenerated {
    /** The program (IDL file base name, or a Java-first program's name) that defines the type. */
    String program();

    /** The definition's name in its program (not the Java name, which may be escaped). */
    String name();

    /** What kind of definition it is. */
    Kind kind();

    /** The kinds of definitions that become classes. */
    enum Kind {
        STRUCT,
        UNION,
        EXCEPTION,
        ENUM
    }
}
