package org.careeradvisor.channel.web;

/** The web chat as a channel: the name its conversations, answers and feedback are recorded under. */
final class WebChannel {

    static final String NAME = "web";

    private WebChannel() {}
}
