/**
 * The {@code views} implementation of the benchmarks: zerothrift's generated typed views ({@code
 * RequestView}, ...) read the received bytes in place, and their writers ({@code
 * RequestView.Writer}) build messages straight into a buffer chain. The view classes are those the
 * generator writes beside the fast-codec POJOs of {@code dev.zerothrift.benchmarks.fastcodec.gen}
 * (the generator's default artifacts include views).
 */
package dev.zerothrift.benchmarks.views;
