package org.vigie.identity.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Turns on Spring's method security: the services that change content, media and staff
 * check the signed-in person's permissions themselves ({@code @PreAuthorize}), besides
 * the back-office's address rules, so a new screen or a forgotten rule cannot skip them.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurity {

}
