/**
 * Loading, parsing and splitting role documents into the typed role model; the core every other module builds on,
 * depending on none of them.
 */
@ApplicationModule(allowedDependencies = {})
package org.careeradvisor.knowledge;

import org.springframework.modulith.ApplicationModule;
