package dev.zerothrift.cli.json;

/**
 * Input that breaks the JSON form or the bytes it describes: what was wrong, at which JSON path
 * ({@code $.user.tags[2]}), and for bytes at which offset (-1 for JSON input).
 */
public final class JsonError extends Exception {
    private final String path;
    private final long offset;

    public JsonError(String path, long offset, String message) {
        super(message);
        this.path = path;
        this.offset = offset;
    }

    public String path() {
        return path;
    }

    /** Byte offset in the message, or -1. */
    public long offset() {
        return offset;
    }

    /** The one line the tool prints: {@code $.path: message at byte N}. */
    public String line() {
        String message = getMessage();
        boolean placed = offset < 0 || message.contains("at byte " + offset);
        return path + ": " + message + (placed ? "" : " at byte " + offset);
    }
}
