/**
 * Identity: who may do what. For now the web security rules shared by every page: public
 * pages open to all, the back-office closed, and the security headers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.vigie.identity;
