/**
 * The dialect plugin interface: {@link dev.retort.spi.DialectProvider}, found through
 * {@link java.util.ServiceLoader} by {@link dev.retort.spi.DialectRegistry}, the {@link dev.retort.spi.Dialect}
 * it makes, and the {@link dev.retort.spi.Capability} flags generic code decides by. Imports {@code config},
 * {@code dialect}, {@code autogen}, {@code ops}, {@code schema} and {@code error}; never a dialect package.
 */
package dev.retort.spi;
