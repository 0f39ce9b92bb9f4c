package dev.zerothrift.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates the code of IDL files while {@code javac} compiles the annotated package or type.
 *
 * <pre>{@code
 * @ThriftIdl("com/example/orders.thrift")
 * package com.example.orders;
 * }</pre>
 *
 * <p>Each path is looked up as a resource relative to the root of the source path, then of the
 * class output, then of the class path (so IDL shipped in a dependency's jar works too). Includes
 * are resolved from the including file's directory, then from the root the named files were found
 * under. A file that cannot be found, or IDL with errors, is a compile error on this annotation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface ThriftIdl {
    /** The IDL files, as resource paths ({@code com/example/orders.thrift}). */
    String[] value();

    /** Generate zero-copy views and builders. */
    boolean views() default true;

    /** Generate POJOs with fast codecs. */
    boolean fastCodecs() default true;

    /** Generate service interfaces, clients and dispatchers. */
    boolean services() default true;

    /** Also generate code for the programs the files include. */
    boolean generateIncluded() default false;

    /** The order fast codecs write fields in. */
    FieldOrder fieldOrder() default FieldOrder.FIXED_FIRST;

    /** The order of fields on the wire. */
    enum FieldOrder {
        /** Fixed-size fields first, then the others, each group in IDL order (fastest). */
        FIXED_FIRST,
        /** IDL order: byte-identical to what libthrift writes. */
        IDL
    }
}
