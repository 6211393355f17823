/**
 * Sample datasets: the canonical one built from a citizens' ombudsman group's report on the Gunma
 * Prefectural Office, and generated random ones for round-trip tests.
 */
@ParametersAreNonnullByDefault
package org.civicwatch.samples;

import javax.annotation.ParametersAreNonnullByDefault;
