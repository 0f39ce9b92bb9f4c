package dev.zerothrift.codegen;

/**
 * The schema cannot be turned into Java that compiles; the message says what to change in the IDL.
 */
public final class GeneratorException extends RuntimeException {
    public GeneratorException(String message) {
        super(message);
    }
}
