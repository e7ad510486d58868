package org.vigie.advocacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.vigie.ModulesTest;

/**
 * Advocacy's tests run in the modules' shared application context ({@link ModulesTest}):
 * the whole site over real HTTP with its demo content, a test clock, GreenMail's SMTP
 * port.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ModulesTest
public @interface AdvocacyTest {

}
