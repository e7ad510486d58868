/**
 * The demo statement against the detention of children and its fictitious signatories.
 */
package org.vigie.mobilisation.statements.demo;
