package org.careeradvisor.channel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one list of link hosts every channel renders answers with. */
@Configuration(proxyBeanMethods = false)
class LinkConfiguration {

    @Bean
    LinkPolicy linkPolicy(LinkProperties properties) {
        return new LinkPolicy(properties);
    }
}
