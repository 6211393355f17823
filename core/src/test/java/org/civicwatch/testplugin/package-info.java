/** A format plugin defined only in tests, with broken and conflicting providers beside it. */
@ParametersAreNonnullByDefault
package org.civicwatch.testplugin;

import javax.annotation.ParametersAreNonnullByDefault;
