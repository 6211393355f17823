/**
 * For the tests of format plugins, taken in test scope: {@link org.civicwatch.testkit.Conformance}, the
 * check every importer and exporter should pass, and {@link org.civicwatch.testkit.RandomDatasets}, generated
 * datasets full of awkward values for round-trip tests.
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>org.civicwatch</groupId>
 *   <artifactId>civicwatch-testkit</artifactId>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 */
@ParametersAreNonnullByDefault
package org.civicwatch.testkit;

import javax.annotation.ParametersAreNonnullByDefault;
