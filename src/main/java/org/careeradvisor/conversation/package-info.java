/**
 * Conversations, their messages and their retention; depends on no other module. Other modules read what they need
 * through its API ({@code ConversationMemory}, {@code AnswerLog}) and purge their own rows on its events.
 */
@ApplicationModule(allowedDependencies = {})
package org.careeradvisor.conversation;

import org.springframework.modulith.ApplicationModule;
