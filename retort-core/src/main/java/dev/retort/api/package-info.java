/**
 * The top of the library: the {@link dev.retort.api.Retort} facade applications and the command line call,
 * and its result records. Imports every package but the dialects, which it reaches through the registry.
 */
package dev.retort.api;
