package org.careeradvisor.channel.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The client that per-address limits count: an IPv4 address as it is, an IPv6 address by its /64 network, since one
 * subscriber is given a whole /64 and could otherwise take a fresh address (and a fresh allowance) for each request.
 * The address is the connection's, or the forwarded one only when {@code server.forward-headers-strategy} trusts the
 * proxy.
 */
final class ClientAddress {

    private static final int NETWORK_BYTES = 8;

    private ClientAddress() {}

    static String of(HttpServletRequest request) {
        return key(request.getRemoteAddr());
    }

    static String key(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        try {
            // A literal (it has a ':'), so nothing is looked up.
            InetAddress parsed = InetAddress.getByName(address);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress();
            }
            byte[] bytes = parsed.getAddress();
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < NETWORK_BYTES; i += 2) {
                network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                        .append(':');
            }
            return network.append(":/64").toString();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
