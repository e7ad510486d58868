/**
 * Statements' public pages: the statement with its list of signatories and the signing
 * form, and the withdrawal page a signature's link opens.
 */
package org.vigie.mobilisation.statements.web;
