/**
 * The pure revision graph: heads, bases, branch and merge points, target resolution and the plans that walk
 * it. No files and no database. Imports only {@code error}.
 */
package dev.retort.revision;
