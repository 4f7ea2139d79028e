package org.careeradvisor.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTests {

    @Test
    void anIpv4AddressIsItsOwnClient() {
        assertThat(ClientAddress.key("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.key("203.0.113.8")).isNotEqualTo(ClientAddress.key("203.0.113.7"));
    }

    @Test
    void everyIpv6AddressOfOneSlash64IsOneClientWhateverItsSpelling() {
        String first = ClientAddress.key("2001:db8:1234:5678::1");
        assertThat(ClientAddress.key("2001:db8:1234:5678:ffff:ffff:ffff:fffe")).isEqualTo(first);
        assertThat(ClientAddress.key("2001:0db8:1234:5678:0:0:0:abcd")).isEqualTo(first);
        assertThat(ClientAddress.key("[2001:db8:1234:5678::2]")).isEqualTo(first);
        assertThat(ClientAddress.key("2001:db8:1234:5679::1"))
                .as("the next /64 is another client")
                .isNotEqualTo(first);
    }

    @Test
    void anIpv4MappedAddressCountsAsItsIpv4Address() {
        assertThat(ClientAddress.key("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }
}
