package dev.zerothrift.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the Thrift program that a package's Java-first types form (optional: without it the program
 * is named after the package's last segment and its code goes to the subpackage {@code thrift}).
 *
 * <pre>{@code
 * @ThriftProgram(name = "shapes", javaPackage = "com.example.shapes.wire")
 * package com.example.shapes;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface ThriftProgram {
    /**
     * The program name (what an IDL file's base name would be); empty for the package's last part.
     */
    String name() default "";

    /**
     * The package of the generated code (the program's {@code namespace java}); empty for the
     * annotated package plus {@code .thrift}. It must differ from the annotated package, where the
     * hand-written types already have the names the generated ones take.
     */
    String javaPackage() default "";

    /** Generate zero-copy views and builders. */
    boolean views() default true;

    /** Generate POJOs with fast codecs. */
    boolean fastCodecs() default true;

    /** Generate service interfaces, clients and dispatchers. */
    boolean services() default true;

    /**
     * The order fast codecs write fields in ({@code IDL}: byte-identical to libthrift for the
     * equivalent IDL).
     */
    ThriftIdl.FieldOrder fieldOrder() default ThriftIdl.FieldOrder.FIXED_FIRST;
}
