/**
 * Ratings of answers, in a table of its own whose rows go with their messages; depends on the conversations only.
 */
@ApplicationModule(allowedDependencies = "conversation")
package org.careeradvisor.feedback;

import org.springframework.modulith.ApplicationModule;
