package dev.zerothrift.rpc.testing;

/** The declared exception of {@link EchoService#FAIL}: {@code exception Oops { 1: string why }}. */
public final class Oops extends Exception {
    public Oops(String why) {
        super(why);
    }
}
