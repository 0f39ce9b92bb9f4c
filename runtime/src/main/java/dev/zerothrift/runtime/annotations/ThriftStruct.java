package dev.zerothrift.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Java-first struct: an interface (whose abstract methods without parameters are the fields) or a
 * record (whose components are), each field carrying {@link ThriftField}. Equivalent to the {@code
 * struct} (or {@code union}, {@code exception}) of the same name and fields in IDL.
 *
 * <pre>{@code
 * @ThriftStruct
 * public interface Point {
 *     @ThriftField(id = 1, requiredness = Requiredness.REQUIRED) int x();
 *     @ThriftField(id = 2) int y();
 *     @ThriftField(id = 3) List<String> labels();
 * }
 * }</pre>
 *
 * <p>Field types: {@code boolean}, {@code byte} (i8), {@code short} (i16), {@code int} (i32),
 * {@code long} (i64), {@code double}, their boxes, {@code String}, {@code byte[]} and {@code
 * java.nio.ByteBuffer} (binary), {@code java.util.UUID}, {@code List}, {@code Set}, {@code Map} of
 * those, and other {@code @ThriftStruct} or {@code @ThriftEnum} types.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ThriftStruct {
    /** The Thrift name; empty for the Java simple name. */
    String name() default "";

    /** Struct, union or exception. */
    Kind kind() default Kind.STRUCT;

    /** What kind of Thrift type it is. */
    enum Kind {
        STRUCT,
        UNION,
        EXCEPTION
    }
}
