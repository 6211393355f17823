/**
 * The canonical sample dataset, built from a citizens' ombudsman group's report on the Gunma Prefectural
 * Office. Generated random datasets for tests are in the testkit module ({@code org.civicwatch.testkit}).
 */
@ParametersAreNonnullByDefault
package org.civicwatch.samples;

import javax.annotation.ParametersAreNonnullByDefault;
