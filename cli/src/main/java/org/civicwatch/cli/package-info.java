/**
 * The {@code civicwatch} command: {@code convert}, {@code validate}, {@code formats},
 * {@code plugins check}, {@code stats} and {@code completion}, built on the {@link org.civicwatch.CivicWatch}
 * facade, the {@link org.civicwatch.FormatRegistry} and the plugin SPI only, so that any format plugin on
 * the class path or module path works in it as the built-in ones do.
 *
 * <p>{@link org.civicwatch.cli.Main} is the entry point; the exit codes are in {@link org.civicwatch.cli.ExitCode}.
 */
@ParametersAreNonnullByDefault
package org.civicwatch.cli;

import javax.annotation.ParametersAreNonnullByDefault;
