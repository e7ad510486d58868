/**
 * What every PDF of the learning module shares: the typeface its printed cards and
 * certificates are drawn in.
 */
package org.vigie.learning.pdf;
