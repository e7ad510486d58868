/**
 * Vigie's root package: each direct sub-package is one application module.
 */
package org.vigie;
