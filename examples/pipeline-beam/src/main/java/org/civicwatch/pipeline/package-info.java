/**
 * The civicwatch conversion as an Apache Beam pipeline: many inputs read in parallel, split where their
 * format allows, records merged by key and written as sharded JSON Lines with a summary.
 */
@ParametersAreNonnullByDefault
package org.civicwatch.pipeline;

import javax.annotation.ParametersAreNonnullByDefault;
