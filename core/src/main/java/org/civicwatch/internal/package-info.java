/**
 * Implementation details of civicwatch core. Not API: anything here may change without notice.
 */
@ParametersAreNonnullByDefault
package org.civicwatch.internal;

import javax.annotation.ParametersAreNonnullByDefault;
