package org.careeradvisor.conversation;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * Published once each time retention runs, after the conversations inactive since {@code cutoff} were erased, in the
 * same transaction: packages that keep data of their own on the conversations' schedule purge it on hearing this.
 *
 * @param now    when retention ran
 * @param cutoff conversations last active before this were erased
 * @param erased how many conversations were erased
 */
@NamedInterface("events")
public record ConversationsExpired(Instant now, Instant cutoff, int erased) {}
