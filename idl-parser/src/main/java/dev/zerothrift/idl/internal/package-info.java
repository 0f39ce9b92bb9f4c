/**
 * The parser (ANTLR grammar {@code Thrift.g4} and {@link
 * dev.zerothrift.idl.internal.SyntaxBuilder}, the only users of ANTLR types) and the linker. Not an
 * API: use {@link dev.zerothrift.idl.SchemaLoader}.
 */
package dev.zerothrift.idl.internal;
