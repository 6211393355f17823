/**
 * Not API: the Jackson set-up, tree reading and writing, and schema generation shared by the JSON
 * importer and exporter. May change without notice.
 */
@ParametersAreNonnullByDefault
package org.civicwatch.importers.json.internal;

import javax.annotation.ParametersAreNonnullByDefault;
