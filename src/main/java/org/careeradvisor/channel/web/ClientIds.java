package org.careeradvisor.channel.web;

/**
 * The form a conversation or message id sent by a client must have to be looked at at all (whether the server issued
 * it is decided later); the constants serve as bean-validation constraints.
 */
final class ClientIds {

    static final String FORM = "[A-Za-z0-9_-]{1,64}";
    static final String FORM_MESSAGE = "must be 1-64 characters of letters, digits, '_' or '-'";

    private ClientIds() {}
}
