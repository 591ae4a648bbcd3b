/**
 * The operations a revision asks for, as immutable records with {@code reverse()}, the {@code Ops} handle that
 * records them, and {@link dev.retort.ops.OperationVisitor} through which dialects render every kind. Imports
 * {@code schema} and {@code error}.
 */
package dev.retort.ops;
