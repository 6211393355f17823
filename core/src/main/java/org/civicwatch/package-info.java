/**
 * civicwatch: datasets of citizen watchdog groups (incidents, surveillance sightings, filings, news),
 * read and written through format plugins.
 *
 * <p>{@link org.civicwatch.CivicWatch} is the one-line facade; {@link org.civicwatch.FormatRegistry}
 * finds the installed formats and reads, writes and converts through them; {@link org.civicwatch.KnownFormats}
 * is the table of formats civicwatch knows of and the modules that add them. The model is in
 * {@code org.civicwatch.model}, the plugin SPI in {@code org.civicwatch.spi}.
 */
@ParametersAreNonnullByDefault
package org.civicwatch;

import javax.annotation.ParametersAreNonnullByDefault;
