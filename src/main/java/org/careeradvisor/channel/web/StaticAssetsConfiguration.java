package org.careeradvisor.channel.web;

import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The widget and page assets, twice: at their plain names ({@code /widget.js}, the URL sites embed;
 * {@code /widget.css}, which the widget loads) with a five-minute cache, and content-versioned under
 * {@code /assets/} ({@code /assets/widget-<hash>.js}, which the chat page uses) cached for a year as immutable.
 * The stylesheet stays on its plain name so that a cached script never points at a stylesheet version that is gone.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssetsConfiguration implements WebMvcConfigurer {

    static final String VERSIONED = "/assets/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(VERSIONED + "**")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(
                        CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        registry.addResourceHandler("/widget.js", "/widget.css", "/page.css")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic());
    }
}
