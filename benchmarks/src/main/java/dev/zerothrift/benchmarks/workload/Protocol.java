package dev.zerothrift.benchmarks.workload;

/** The Thrift protocols measured, by their {@code @Param} names. */
public enum Protocol {
    BINARY("binary"),
    COMPACT("compact");

    private final String id;

    Protocol(String id) {
        this.id = id;
    }

    /** The name used in {@code @Param protocol} and in reports. */
    public String id() {
        return id;
    }

    /** The runtime's protocol of the same name, which the codecs and views are made with. */
    public dev.zerothrift.runtime.protocol.Protocol runtime() {
        return this == BINARY
                ? dev.zerothrift.runtime.protocol.Protocol.BINARY
                : dev.zerothrift.runtime.protocol.Protocol.COMPACT;
    }

    /** Returns the protocol named {@code id}. */
    public static Protocol of(String id) {
        for (Protocol p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("not a protocol: " + id);
    }
}
