package dev.zerothrift.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of a Java-first struct (on an interface method or record component) or a parameter of a
 * Java-first service method.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface ThriftField {
    /** The field id, 1 to 32767, unique within its struct or parameter list. */
    short id();

    /** Required, optional, or neither (Thrift's default requiredness). */
    Requiredness requiredness() default Requiredness.DEFAULT;

    /** The Thrift name; empty for the Java name. */
    String name() default "";

    /** Thrift's three requirednesses. */
    enum Requiredness {
        REQUIRED,
        OPTIONAL,
        DEFAULT
    }
}
