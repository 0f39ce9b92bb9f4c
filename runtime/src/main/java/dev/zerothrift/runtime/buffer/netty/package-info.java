/**
 * Adapters between chains and Netty {@code ByteBuf}s (netty-buffer is an optional dependency of the
 * runtime: only code that uses this package needs it).
 */
package dev.zerothrift.runtime.buffer.netty;
