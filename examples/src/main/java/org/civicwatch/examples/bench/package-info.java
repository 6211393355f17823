/**
 * The end-to-end format benchmark: write and read throughput of every installed format that round-trips,
 * reading of a generated blog archive page, and peak heap while reading a large file (also under a small
 * {@code -Xmx} in a child JVM, to show that reading streams). Run it with {@code examples/bench/run.sh}.
 */
@ParametersAreNonnullByDefault
package org.civicwatch.examples.bench;

import javax.annotation.ParametersAreNonnullByDefault;
