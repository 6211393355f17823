/** Examples of embedding civicwatch, and the sample conversion. */
@ParametersAreNonnullByDefault
package org.civicwatch.examples;

import javax.annotation.ParametersAreNonnullByDefault;
