package dev.zerothrift.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Optional details of a {@link ThriftService} function. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ThriftMethod {
    /** The Thrift name; empty for the Java name. */
    String name() default "";

    /** A oneway function: no reply (it must return {@code void}). */
    boolean oneway() default false;
}
