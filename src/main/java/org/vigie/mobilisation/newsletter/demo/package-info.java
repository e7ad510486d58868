/**
 * The newsletter's demo content: fictitious subscribers and a draft issue per language.
 */
package org.vigie.mobilisation.newsletter.demo;
