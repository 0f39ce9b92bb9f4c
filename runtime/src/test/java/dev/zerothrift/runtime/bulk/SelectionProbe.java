package dev.zerothrift.runtime.bulk;

/** Prints what {@link BulkCodecs} chose in this JVM: {@code selected=<name> vector=<present>}. */
public final class SelectionProbe {
    private SelectionProbe() {}

    public static void main(String[] args) {
        System.out.println(
                "selected="
                        + BulkCodecs.selected().name()
                        + " vector="
                        + BulkCodecs.vector().isPresent());
    }
}
