/**
 * An example third-party format plugin: a Markdown exporter written only against the SPI and the field
 * catalog, registered in this module's {@code META-INF/services}.
 */
@ParametersAreNonnullByDefault
package org.civicwatch.examples.plugin;

import javax.annotation.ParametersAreNonnullByDefault;
