/**
 * Embedding, indexes and hybrid search over the role documents; depends on the knowledge only.
 */
@ApplicationModule(allowedDependencies = "knowledge")
package org.careeradvisor.retrieval;

import org.springframework.modulith.ApplicationModule;
