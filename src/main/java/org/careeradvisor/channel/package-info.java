/**
 * The channels people reach the advisor through: the web API and widget ({@code channel.web}) and Telegram
 * ({@code channel.telegram}). They parse, ask the advisor through its {@code AdvisorApi} (the advisor's "api" named
 * interface: that type and the types its methods take and return) and render; they never reach the advisor's
 * internals, retrieval, knowledge, conversations, feedback or admin themselves. Telegram hears the conversations'
 * retention event to purge its own inbox; both render the sections an answer cites and the web chat replays a conversation (the conversation's
 * {@code Source} and {@code StoredMessage}).
 */
@ApplicationModule(allowedDependencies = {"advisor :: api", "conversation :: events", "conversation :: messages"})
package org.careeradvisor.channel;

import org.springframework.modulith.ApplicationModule;
