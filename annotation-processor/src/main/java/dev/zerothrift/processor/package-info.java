/**
 * The {@code javax.annotation.processing} front end of the generator ({@link
 * dev.zerothrift.processor.ZerothriftProcessor}, registered with AutoService): {@code @ThriftIdl}
 * generates code for IDL files during {@code javac}, and Java-first types ({@code @ThriftStruct},
 * {@code @ThriftEnum}, {@code @ThriftService}) are turned into the same {@code Schema} model an IDL
 * file gives, so both get the same generated code.
 *
 * <p>The annotations live in the runtime module (release 25) while this module is release 17, so
 * they are read through {@code javax.lang.model} mirrors by qualified name ({@link
 * dev.zerothrift.processor.AnnotationNames}), never as classes.
 */
package dev.zerothrift.processor;
