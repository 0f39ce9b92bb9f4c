package dev.zerothrift.idl;

/**
 * One problem found in the IDL.
 *
 * @param severity whether it stops the schema from loading.
 * @param location where it is.
 * @param message what is wrong, naming the value concerned (no location, no trailing period).
 * @param sourceLine the text of the line at {@code location}, or empty when unknown.
 */
public record Diagnostic(Severity severity, Location location, String message, String sourceLine) {
    /** Whether a diagnostic stops the schema from loading. */
    public enum Severity {
        ERROR,
        WARNING;

        String label() {
            return this == ERROR ? "error" : "warning";
        }
    }

    /** {@code file:line:col: error: message}, without the source line. */
    public String headline() {
        return location + ": " + severity.label() + ": " + message;
    }

    /** The headline, then the source line and a caret under the column (when the line is known). */
    public String format() {
        if (sourceLine.isEmpty()) {
            return headline() + "\n";
        }
        StringBuilder caret = new StringBuilder();
        for (int i = 0; i < location.column() - 1 && i < sourceLine.length(); i++) {
            caret.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
        }
        return headline() + "\n" + sourceLine + "\n" + caret + "^\n";
    }
}
