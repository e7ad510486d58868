package org.vigie.mobilisation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.vigie.ModulesTest;

/**
 * Mobilisation's tests run in the modules' shared application context
 * ({@link ModulesTest}): the whole site over real HTTP, a test clock, GreenMail's SMTP
 * port for confirmation emails. Between showing a form and sending it, advance the test
 * clock a few seconds (forms refuse what comes back faster than a person fills it in).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ModulesTest
public @interface MobilisationTest {

}
