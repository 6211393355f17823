package org.civicwatch.exporters.json;

/**
 * What the document writer is told by the options it was opened with, read once by
 * {@link JsonExporter}'s {@code open}.
 *
 * @param pretty whether to indent ({@link JsonExporter#PRETTY})
 */
record WriteSettings(boolean pretty) {
}
