package dev.zerothrift.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Java-first service: an interface whose abstract methods are the functions, every parameter
 * carrying {@link ThriftField}; {@code void} methods return nothing, {@link ThriftMethod} marks
 * oneway ones. It may extend one other {@code @ThriftService} interface, its base service. Declared
 * exceptions are not supported (a compile error): describe such a service in IDL.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ThriftService {
    /** The Thrift name; empty for the Java simple name. */
    String name() default "";
}
