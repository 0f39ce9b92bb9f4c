package dev.zerothrift.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Java-first enum. Each constant's value is its {@link ThriftEnumValue}, or one more than the
 * previous constant's (the first: 0), as implicit values in IDL.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ThriftEnum {
    /** The Thrift name; empty for the Java simple name. */
    String name() default "";
}
