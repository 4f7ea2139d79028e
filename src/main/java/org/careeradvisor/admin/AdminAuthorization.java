package org.careeradvisor.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks the admin bearer token in constant time. */
class AdminAuthorization {

    private final AdminProperties properties;

    AdminAuthorization(AdminProperties properties) {
        this.properties = properties;
    }

    boolean enabled() {
        return properties.enabled();
    }

    /** @param authorization the request's Authorization header, possibly null */
    boolean allows(String authorization) {
        if (!enabled() || authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, properties.token().getBytes(StandardCharsets.UTF_8));
    }
}
