/**
 * Not API, and used by nothing outside this jar: reading JSON text as the importers need it (UTF-8
 * decoding, lines of bounded length, a value read with the position of each member). What both JSON
 * directions share is public API of {@code org.civicwatch.json} (artifact {@code civicwatch-json}).
 */
@ParametersAreNonnullByDefault
package org.civicwatch.importers.json.internal;

import javax.annotation.ParametersAreNonnullByDefault;
