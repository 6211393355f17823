/**
 * Examples of embedding civicwatch: programs as an embedder writes them ({@link
 * org.civicwatch.examples.CamerasPerFloor}, {@link org.civicwatch.examples.MergeDatasets}, {@link
 * org.civicwatch.examples.FilingsByOutcome}, {@link org.civicwatch.examples.EmbeddingExample}), and the
 * sample conversion.
 */
@ParametersAreNonnullByDefault
package org.civicwatch.examples;

import javax.annotation.ParametersAreNonnullByDefault;
